// "Avant → après": what an edit of the household or of a weight changed, the score (its range
// when weights are free) and each variable's part in it. Pure: the app state keeps the last view
// shown and hands both views here.

import type { ExplorerCell, ScoreBand, TermRange } from '../engine/index.ts';
import { baseIdOf } from './weights.ts';

/** What the page showed for the current household: enough to compare with the next view. */
export interface Shown {
  model: string;
  band: ScoreBand;
  terms: TermRange[];
}

export interface TermChange {
  variable: string;
  /** The term with the file's values (the example weighting), before and after. */
  before: number;
  after: number;
  /** The range of the term over the allowed weights, before and after (equal ends when fixed). */
  beforeRange: [number, number];
  afterRange: [number, number];
  free: boolean;
}

export interface Change {
  before: ScoreBand;
  after: ScoreBand;
  /** The variables whose part changed, largest change first. */
  terms: TermChange[];
}

/** Differences smaller than this are rounding, not an edit. */
const EPS = 1e-9;

export const shownOf = (cell: ExplorerCell): Shown => ({ model: cell.model, band: cell.band, terms: cell.terms });

/** Same household and weights: a refresh that only added a pin, say, changed nothing. */
export function sameView(a: Shown, b: Shown): boolean {
  if (a.model !== b.model) return false;
  const band = (x: ScoreBand) => [x.q05, x.q50, x.q95, x.example];
  if (band(a.band).some((v, i) => Math.abs(v - band(b.band)[i]!) > EPS)) return false;
  return a.terms.length === b.terms.length && a.terms.every((t, i) => !termMoved(t, b.terms[i]));
}

function termMoved(a: TermRange, b: TermRange | undefined): boolean {
  return !b || Math.abs(a.example - b.example) > EPS || Math.abs(a.lo - b.lo) > EPS || Math.abs(a.hi - b.hi) > EPS;
}

/**
 * The change from `before` to `after`, or null when they are not two states of the same model
 * (switching model is not an edit: DMDE model 1 and its edited copy are the same model).
 */
export function changeBetween(before: Shown, after: Shown): Change | null {
  if (baseIdOf(before.model) !== baseIdOf(after.model)) return null;
  const old = new Map(before.terms.map((t) => [t.variable, t]));
  const terms: TermChange[] = [];
  for (const t of after.terms) {
    const b = old.get(t.variable);
    if (!termMoved(t, b)) continue;
    terms.push({
      variable: t.variable,
      before: b?.example ?? 0,
      after: t.example,
      beforeRange: [b?.lo ?? 0, b?.hi ?? 0],
      afterRange: [t.lo, t.hi],
      free: t.free || !!b?.free,
    });
  }
  const size = (t: TermChange) =>
    Math.max(
      Math.abs(t.after - t.before),
      Math.abs(t.afterRange[0] - t.beforeRange[0]),
      Math.abs(t.afterRange[1] - t.beforeRange[1]),
    );
  terms.sort((a, b) => size(b) - size(a));
  return { before: before.band, after: after.band, terms };
}

// "Avant → après": what an edit of the household or of a weight changed, the score (its range
// when weights are free) and each variable's part in it, with the direction of each move whenever
// what is known says it. Pure: the results store keeps the last committed view and hands both here.

import type { ExplorerCell, ScoreBand, TermRange } from '../engine/index.ts';
import { baseIdOf } from './weights.ts';

/** What the page showed for the current household: enough to compare with the next view. */
export interface Shown {
  model: string;
  band: ScoreBand;
  terms: TermRange[];
  /** What was asked (household, model, weights): two views of the same input are not an edit. */
  input: string;
}

/** Up or down whatever the weights, or a move whose direction depends on them. */
export type Move = 'up' | 'down' | 'depends';

export interface TermChange {
  variable: string;
  /** The term with the file's values (the example weighting), before and after. */
  before: number;
  after: number;
  /** The range of the term over the allowed weights, before and after (equal ends when fixed). */
  beforeRange: [number, number];
  afterRange: [number, number];
  free: boolean;
  way: Move;
}

export interface Change {
  before: ScoreBand;
  after: ScoreBand;
  /** The variables whose part changed, largest change first; empty: "rien n'a bougé pour ce modèle". */
  terms: TermChange[];
}

/** Differences smaller than this are rounding, not an edit. */
const EPS = 1e-9;

export const shownOf = (cell: ExplorerCell, input: string): Shown => ({
  model: cell.model,
  band: cell.band,
  terms: cell.terms,
  input,
});

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

const NONE: Pick<TermRange, 'at' | 'x' | 'sign' | 'lo' | 'hi' | 'example' | 'free'> = {
  at: -1,
  x: 0,
  sign: 0,
  lo: 0,
  hi: 0,
  example: 0,
  free: false,
};

/**
 * The direction of a term's move from `b` to `a`. Up (down) when the whole range after lies above
 * (below) the whole range before; when both are fixed, by their difference; else by the sign of
 * Δx × the known direction of each weight the move goes through (a level or bin left counts with
 * −x). A move through a weight of unknown direction, or a change of the weights alone, depends on them.
 */
export function moveOf(b: typeof NONE, a: typeof NONE): Move {
  if (a.lo > b.hi + EPS) return 'up';
  if (a.hi < b.lo - EPS) return 'down';
  if (!a.free && !b.free) return a.example > b.example + EPS ? 'up' : a.example < b.example - EPS ? 'down' : 'depends';
  const parts: [number, number | null][] =
    a.at === b.at
      ? [[a.x - b.x, a.sign ?? b.sign]]
      : [
          [a.x, a.sign],
          [-b.x, b.sign],
        ];
  let up = false;
  let down = false;
  for (const [dx, sign] of parts) {
    if (dx === 0) continue;
    if (sign === null) return 'depends';
    const s = Math.sign(dx) * sign;
    if (s > 0) up = true;
    if (s < 0) down = true;
  }
  return up && !down ? 'up' : down && !up ? 'down' : 'depends';
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
      way: moveOf(b ?? NONE, t),
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

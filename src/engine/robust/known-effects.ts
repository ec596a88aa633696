// The explanation's rows, what is known first: the variables whose term can only raise or only
// lower this household's score (whatever the allowed weights), each with its range of effect, then
// the ones that can do either, together. The range is over the calibrated ensemble when the worker
// gave it for this household and model, else the prior's plausible range (exact). Pure.

import type { TermRange } from './bands.ts';
import type { TermEffects } from '../calibration/effects.ts';

export type Way = 'up' | 'down' | 'either';

export interface EffectRow {
  variable: string;
  way: Way;
  /** The range of effect in log-odds: 5–95 % over the calibrated sets, or the prior's whole range. */
  lo: number;
  hi: number;
  /** The median over the calibrated sets (absent for the prior's range). */
  mid?: number;
  /** The term with the file's values (the example weighting). */
  example: number;
  /** Every weight behind this term is fixed: its effect is one number. */
  fixed: boolean;
}

export interface KnownEffects {
  /** Where the ranges come from: the calibrated ensemble, or the prior's plausible ranges. */
  source: 'calibrated' | 'prior';
  up: EffectRow[];
  down: EffectRow[];
  either: EffectRow[];
  /** The `either` rows' summed effect (calibrated: per set, then 5/50/95 %; prior: sum of the ends). */
  eitherTotal: { lo: number; hi: number; mid?: number } | null;
}

/** What the prior alone says of a term's direction for this household. */
export function wayOf(t: Pick<TermRange, 'lo' | 'hi'>): Way | null {
  if (t.lo >= 0 && t.hi > 0) return 'up';
  if (t.hi <= 0 && t.lo < 0) return 'down';
  if (t.lo < 0 && t.hi > 0) return 'either';
  // lo = hi = 0: the household does not use the variable, or its weight is fixed at 0.
  return null;
}

const size = (r: EffectRow) => Math.max(Math.abs(r.lo), Math.abs(r.hi));

/** Groups `terms` (the explorer's, exact over the prior); `calibrated` when the worker answered for them. */
export function knownEffects(terms: readonly TermRange[], calibrated: TermEffects | null): KnownEffects {
  const byVariable = new Map(calibrated?.terms.map((e) => [e.variable, e]));
  const rows: EffectRow[] = [];
  for (const t of terms) {
    const way = wayOf(t);
    if (!way) continue;
    const e = byVariable.get(t.variable);
    const fixed = !t.free;
    rows.push(
      e && !fixed
        ? { variable: t.variable, way, lo: e.q05, hi: e.q95, mid: e.q50, example: t.example, fixed }
        : { variable: t.variable, way, lo: t.lo, hi: t.hi, example: t.example, fixed },
    );
  }
  const of = (w: Way) => rows.filter((r) => r.way === w).sort((a, b) => size(b) - size(a));
  const either = of('either');
  const u = calibrated?.unknown;
  const sameSet = u && u.variables.length === either.length && either.every((r) => u.variables.includes(r.variable));
  const eitherTotal = !either.length
    ? null
    : sameSet
      ? { lo: u.q05, hi: u.q95, mid: u.q50 }
      : {
          lo: terms.filter((t) => wayOf(t) === 'either').reduce((s, t) => s + t.lo, 0),
          hi: terms.filter((t) => wayOf(t) === 'either').reduce((s, t) => s + t.hi, 0),
        };
  return { source: calibrated ? 'calibrated' : 'prior', up: of('up'), down: of('down'), either, eitherTotal };
}

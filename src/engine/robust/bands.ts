// The score of one household under many weight sets: the band the headline shows instead of a
// single placeholder number.

import { logistic } from '../score.ts';
import type { Constraints } from './constraints.ts';
import { dot } from './design.ts';
import { quantiles90 } from './quantiles.ts';

/** Sampled score quantiles of one household, with what they rest on. */
export interface ScoreBand {
  /** Number of weight sets drawn. */
  n: number;
  q05: number;
  q50: number;
  q95: number;
  /** Score with the file's own values: "un exemple de pondération". */
  example: number;
  /** True when every weight is fixed: the band is one number and `example` is the score. */
  exact: boolean;
}

/**
 * Score quantiles of design vector `x` over `draws` (n × c.size, see sampleWeights). `scratch`
 * (length ≥ n) avoids an allocation when bands are computed in a loop.
 */
export function scoreBand(
  c: Constraints,
  draws: Float64Array,
  x: Float64Array,
  scratch: Float64Array = new Float64Array(draws.length / c.size),
): ScoreBand {
  const n = draws.length / c.size;
  const scores = scratch.length === n ? scratch : scratch.subarray(0, n);
  for (let i = 0; i < n; i++) scores[i] = logistic(dot(x, draws, i * c.size));
  const example = logistic(dot(x, c.value));
  const exact = c.freeSlots.length === 0;
  if (exact) return { n, q05: example, q50: example, q95: example, example, exact };
  return { n, ...quantiles90(scores), example, exact };
}

/** One variable's term in the logit, over every allowed weight set. */
export interface TermRange {
  variable: string;
  /** Smallest and largest term the constraints allow for this household. */
  lo: number;
  hi: number;
  /** The term with the file's values. */
  example: number;
  /** True when some weight this household uses for the variable is free. */
  free: boolean;
  /**
   * The one slot this household uses for the variable (a design vector has at most one non-zero
   * entry per variable: its value, its level or its bin), −1 when none; `x` its value there, and
   * `sign` the sign of that slot's weight whatever the allowed weights (+1, −1, 0 for a weight fixed
   * at 0), null when unknown. "Avant → après" reads a move's direction from Δx × sign.
   */
  at: number;
  x: number;
  sign: number | null;
}

/**
 * The range of each variable's term for design vector `x`: the waterfall's "effect between … and …".
 * Exact (not sampled): a term is linear in its weights, so its extremes sit at the range ends.
 */
export function termRanges(c: Constraints, variables: readonly { id: string }[], x: Float64Array): TermRange[] {
  const out: TermRange[] = variables.map((v) => ({
    variable: v.id,
    lo: 0,
    hi: 0,
    example: 0,
    free: false,
    at: -1,
    x: 0,
    sign: null,
  }));
  for (let k = 1; k < c.size; k++) {
    const u = x[k]!;
    if (u === 0) continue;
    const t = out[c.variable[k]!]!;
    t.at = k;
    t.x = u;
    t.sign = c.free[k] ? c.sign[k] || null : Math.sign(c.base[k]!);
    const a = u * c.lo[k]!;
    const b = u * c.hi[k]!;
    t.lo += Math.min(a, b);
    t.hi += Math.max(a, b);
    t.example += u * c.value[k]!;
    if (c.free[k]) t.free = true;
  }
  return out;
}

/**
 * The free terms a household uses, summed: the waterfall's collapsed row ("n variables au poids
 * inconnu : effet entre lo et hi"). Exact, since each term moves on its own within its range.
 */
export function freeEffect(terms: readonly TermRange[]): { variables: string[]; lo: number; hi: number } {
  const free = terms.filter((t) => t.free);
  return {
    variables: free.map((t) => t.variable),
    lo: free.reduce((s, t) => s + t.lo, 0),
    hi: free.reduce((s, t) => s + t.hi, 0),
  };
}

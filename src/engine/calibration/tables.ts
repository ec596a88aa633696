// Per weight set, the population's logits at fixed levels of weighted rank, so that a household's
// rank under that set is a lookup: its logit against the table. 1001 levels place a rank to 0.1
// percentile; the cut (the logit of the lowest controlled household) says whether it is controlled.

import { designLogits, type CalibrationDesign } from './design.ts';
import { simulate, type Scratch } from './simulate.ts';

/** Levels of weighted rank 0, 0.001, …, 1. */
export const LEVELS = 1001;

export interface RankTable {
  /** Logit at each level: the lowest logit whose households and those below weigh at least level/(LEVELS−1) of all. */
  table: Float64Array;
  cut: number;
}

/** The rank table and cut of weight set `w` on the design. */
export function rankTable(d: CalibrationDesign, w: ArrayLike<number>, controls: number, s?: Scratch): RankTable {
  const logits = designLogits(d, w);
  const order = Array.from({ length: d.n }, (_, i) => i).sort((a, b) => logits[a]! - logits[b]! || a - b);
  const table = new Float64Array(LEVELS);
  let cum = 0;
  let level = 0;
  for (const i of order) {
    cum += d.weight[i]!;
    // Relative slack: the last level (1) must be reached despite rounding in the sum.
    while (level < LEVELS && cum >= (level / (LEVELS - 1)) * d.total * (1 - 1e-12)) table[level++] = logits[i]!;
  }
  table[0] = logits[order[0]!]!;
  return { table, cut: simulate(d, w, controls, s).cut };
}

/**
 * The weighted share of households with a lower logit than `x` (ties counted half), read from a
 * table: exact to one level (0.1 percentile), linear between levels.
 */
export function rankIn(table: ArrayLike<number>, x: number): number {
  const last = table.length - 1;
  // lo: levels strictly below x; hi: levels at or below x.
  let a = 0;
  let b = table.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (table[mid]! < x) a = mid + 1;
    else b = mid;
  }
  const lo = a;
  b = table.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (table[mid]! <= x) a = mid + 1;
    else b = mid;
  }
  const hi = a;
  if (hi === 0) return 0;
  if (lo > last) return 1;
  // On a plateau (x is the logit of many households): the middle of it.
  if (hi > lo) return Math.min(1, Math.max(0, (lo + hi - 1) / 2 / last));
  const t0 = table[lo - 1]!;
  const t1 = table[lo]!;
  return (lo - 1 + (x - t0) / (t1 - t0)) / last;
}

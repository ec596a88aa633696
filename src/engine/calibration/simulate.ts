// What one weight set does on the synthetic population: its controlled group (the highest logits
// up to `controls` households, cut by cumulative weight; records tied at the cut share the places
// left in proportion to their weights, as selectControlled does) and the four published statistics.

import { logistic } from '../score.ts';
import { designLogits, type CalibrationDesign } from './design.ts';
import type { Statistic } from './targets.ts';

export type Statistics = Record<Statistic, number>;

/**
 * The logistic function read from a table with linear interpolation, for the population sums that
 * every draw makes (100,000 exponentials were 40 % of a draw). Step 1/256 on [−40, 40]: the error
 * is below h²/8 · max|σ''| ≈ 2·10⁻⁷, a million times under the tolerances of the targets; outside,
 * the exact function. The headline and the tables use the exact function.
 */
const STEP = 256;
const SPAN = 40;
const SIGMA = Float64Array.from({ length: 2 * SPAN * STEP + 2 }, (_, j) => logistic(j / STEP - SPAN));
export function fastLogistic(x: number): number {
  const u = (x + SPAN) * STEP;
  if (!(u >= 0 && u < 2 * SPAN * STEP)) return logistic(x);
  const j = u | 0;
  const f = u - j;
  return SIGMA[j]! + f * (SIGMA[j + 1]! - SIGMA[j]!);
}

export interface Simulation extends Statistics {
  /** The logit of the lowest controlled household (the cut). */
  cut: number;
}

/** Buffers reused across draws: nothing is allocated per draw. */
export interface Scratch {
  logits: Float64Array;
  picked: Uint32Array;
  keys: Float64Array;
}

export const scratchFor = (d: CalibrationDesign): Scratch => ({
  logits: new Float64Array(d.n),
  picked: new Uint32Array(d.n),
  keys: new Float64Array(d.n),
});

/**
 * The cut: the highest logit c whose records and those above weigh `controls` or more. A first guess
 * from every 16th record, set low (4× the controlled share), keeps only the few records that can be
 * controlled; a weighted quickselect among them then finds c in a few passes, without a sort.
 */
function cutOf(d: CalibrationDesign, logits: Float64Array, controls: number, s: Scratch): number {
  const { n, weight } = d;
  const want = Math.min(1, (4 * controls) / d.total);
  let guess = -Infinity;
  if (want < 0.5) {
    let m = 0;
    for (let i = 0; i < n; i += 16) s.keys[m++] = logits[i]!;
    const sample = s.keys.subarray(0, m).sort();
    guess = sample[Math.max(0, Math.floor(m * (1 - want)) - 1)] ?? -Infinity;
  }
  let m = 0;
  for (;;) {
    let held = 0;
    m = 0;
    for (let i = 0; i < n; i++)
      if (logits[i]! >= guess) {
        s.picked[m++] = i;
        held += weight[i]!;
      }
    if (held >= controls || guess === -Infinity) break;
    guess = -Infinity;
  }
  const idx = s.picked;
  let above = 0;
  let cut = NaN;
  while (m > 0) {
    const pivot = logits[idx[m >> 1]!]!;
    let higher = 0;
    let tied = 0;
    for (let j = 0; j < m; j++) {
      const l = logits[idx[j]!]!;
      if (l > pivot) higher += weight[idx[j]!]!;
      else if (l === pivot) tied += weight[idx[j]!]!;
    }
    cut = pivot;
    if (above + higher < controls && above + higher + tied >= controls) break;
    const up = above + higher >= controls;
    if (!up) above += higher + tied;
    let kept = 0;
    for (let j = 0; j < m; j++) {
      const l = logits[idx[j]!]!;
      if (up ? l > pivot : l < pivot) idx[kept++] = idx[j]!;
    }
    m = kept;
  }
  return cut;
}

/** The statistics of weight set `w` (length p) on the design, with `controls` households controlled. */
export function simulate(d: CalibrationDesign, w: ArrayLike<number>, controls: number, s = scratchFor(d)): Simulation {
  const logits = designLogits(d, w, s.logits);
  const { weight } = d;
  let base = 0;
  for (let i = 0; i < d.n; i++) base += weight[i]! * fastLogistic(logits[i]!);
  const k = Math.min(controls, d.total);
  const cut = cutOf(d, logits, k, s);
  // Records above the cut count whole; those at it share the places left.
  let over = 0;
  let at = 0;
  for (let i = 0; i < d.n; i++)
    if (logits[i]! > cut) over += weight[i]!;
    else if (logits[i] === cut) at += weight[i]!;
  const share = at > 0 ? Math.min(1, Math.max(0, (k - over) / at)) : 0;
  let taken = 0;
  let single = 0;
  let precarious = 0;
  let hit = 0;
  for (let i = 0; i < d.n; i++) {
    const l = logits[i]!;
    if (l < cut) continue;
    const wi = weight[i]! * (l > cut ? 1 : share);
    taken += wi;
    single += wi * d.singleParent[i]!;
    precarious += wi * d.precarious[i]!;
    hit += wi * fastLogistic(l);
  }
  return {
    singleParent: single / taken,
    precarious: precarious / taken,
    hitRate: hit / taken,
    baseRate: base / d.total,
    cut,
  };
}

// Score(A) − score(B) under sampled weight sets: its quantiles and how often A is above B. Streams
// the draws without storing them, so 10⁵ draws allocate nothing per draw.

import { logistic } from '../score.ts';
import type { Constraints } from './constraints.ts';
import { dot } from './design.ts';
import { quantiles90 } from './quantiles.ts';
import { DEFAULT_SEED } from './sampler.ts';

export interface SampledComparison {
  n: number;
  seed: number;
  /**
   * Share of draws with score(A) > score(B), strictly, decided on the log-odds: probabilities that
   * round to 0 or 1 would call a dominated pair a tie.
   */
  aHigher: number;
  /** Quantiles of score(A) − score(B), in probability (not log-odds). */
  diff: { q05: number; q50: number; q95: number };
}

/**
 * Draws `n` weight sets (seeded) and compares households of design vectors `xa` and `xb`. Draw i
 * is the weight set sampleWeights(c, n, seed) holds in row i; only the terms that differ move.
 */
export function sampleComparison(
  c: Constraints,
  xa: Float64Array,
  xb: Float64Array,
  n: number,
  seed = DEFAULT_SEED,
  scratch = new Float64Array(n),
): SampledComparison {
  // Mulberry32 inlined (same steps as createPrng): the call would cost a third of the loop.
  let state = seed >>> 0;
  // The fixed slots' part of each logit is the same in every draw.
  let fa = 0;
  let fb = 0;
  let fd = 0;
  for (let k = 0; k < c.size; k++)
    if (!c.free[k]) {
      fa += xa[k]! * c.base[k]!;
      fb += xb[k]! * c.base[k]!;
      fd += (xa[k]! - xb[k]!) * c.base[k]!;
    }
  const m = c.freeSlots.length;
  const lo = new Float64Array(m);
  const hi = new Float64Array(m);
  const ua = new Float64Array(m);
  const ub = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const k = c.freeSlots[i]!;
    [lo[i], hi[i], ua[i], ub[i]] = [c.lo[k]!, c.hi[k]!, xa[k]!, xb[k]!];
  }
  const diffs = scratch.length === n ? scratch : scratch.subarray(0, n);
  let higher = 0;
  for (let d = 0; d < n; d++) {
    let la = fa;
    let lb = fb;
    // logit(A) − logit(B) summed term by term: where dominance holds every term has its sign, so the
    // sum does too (two sums subtracted could differ by a rounding).
    let ld = fd;
    // Same arithmetic as drawInto, one number per free slot in slot order.
    for (let i = 0; i < m; i++) {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const u = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      const w = Math.min(hi[i]!, lo[i]! + (hi[i]! - lo[i]!) * u);
      la += ua[i]! * w;
      lb += ub[i]! * w;
      ld += (ua[i]! - ub[i]!) * w;
    }
    diffs[d] = logistic(la) - logistic(lb);
    if (ld > 0) higher++;
  }
  return { n, seed, aHigher: n ? higher / n : NaN, diff: quantiles90(diffs) };
}

/** The same comparison over an existing weight matrix (the explorer's shared draws). */
export function compareOnDraws(
  c: Constraints,
  draws: Float64Array,
  xa: Float64Array,
  xb: Float64Array,
  seed: number,
  scratch = new Float64Array(draws.length / c.size),
): SampledComparison {
  const n = draws.length / c.size;
  const diffs = scratch.length === n ? scratch : scratch.subarray(0, n);
  let higher = 0;
  for (let i = 0; i < n; i++) {
    const at = i * c.size;
    diffs[i] = logistic(dot(xa, draws, at)) - logistic(dot(xb, draws, at));
    let ld = 0;
    for (let k = 0; k < c.size; k++) ld += (xa[k]! - xb[k]!) * draws[at + k]!;
    if (ld > 0) higher++;
  }
  return { n, seed, aHigher: n ? higher / n : NaN, diff: quantiles90(diffs) };
}

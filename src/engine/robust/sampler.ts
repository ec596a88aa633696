// Seeded draws of weight sets within the constraints. The prior is uniform and independent:
// each free weight anywhere in its range with equal chance, fixed weights at their value. It
// says "no value in the range is preferred", not what the CNAF's weights are.

import type { Constraints } from './constraints.ts';

/** Default seed, so that two runs of the same view show the same band. */
export const DEFAULT_SEED = 20260115;

/**
 * Mulberry32: a 32-bit generator, fast and good enough for 10⁶ draws (period 2³²). Returns
 * numbers in [0, 1). The same seed gives the same sequence on every engine.
 */
export function createPrng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes one weight set into `row` (length `c.size`, from `offset`): fixed slots at `c.base`,
 * free slots uniform in [lo, hi]. Draws exactly one number per free slot, in slot order, so that
 * draw i is the same weight set whichever households it scores.
 */
export function drawInto(c: Constraints, rand: () => number, row: Float64Array, offset = 0): void {
  row.set(c.base, offset);
  const free = c.freeSlots;
  for (let i = 0; i < free.length; i++) {
    const k = free[i]!;
    const lo = c.lo[k]!;
    const hi = c.hi[k]!;
    // min(): lo + (hi − lo)·u can round one ulp past hi.
    row[offset + k] = Math.min(hi, lo + (hi - lo) * rand());
  }
}

/** `n` weight sets as one row-major matrix n × c.size. */
export function sampleWeights(c: Constraints, n: number, seed = DEFAULT_SEED): Float64Array {
  const rand = createPrng(seed);
  const out = new Float64Array(n * c.size);
  for (let i = 0; i < n; i++) drawInto(c, rand, out, i * c.size);
  return out;
}

/** True when `row` (from `offset`) respects every constraint. */
export function withinConstraints(c: Constraints, row: Float64Array, offset = 0): boolean {
  for (let k = 0; k < c.size; k++) {
    const w = row[offset + k]!;
    if (!(w >= c.lo[k]! && w <= c.hi[k]!)) return false;
    // A fixed weight is the publisher's: its value stands even against a declared direction.
    if (c.free[k] && ((c.sign[k] === 1 && w < 0) || (c.sign[k] === -1 && w > 0))) return false;
  }
  return true;
}

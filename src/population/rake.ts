// Raking (iterative proportional fitting), as survey calibration does: each margin in turn, the
// weights of every class are scaled so that the class reaches its target; repeat until all margins
// hold at once. Pure and deterministic.

/** A margin: each record's class (0 … k-1) and the weighted total each class must reach. */
export interface Partition {
  id: string;
  classOf: Uint8Array;
  targets: number[];
}

export interface RakeResult {
  weights: Float64Array;
  iterations: number;
  /** Largest |weighted class total / target − 1| over every class, after the last pass. */
  maxRelativeError: number;
}

/** Weighted total of each class of `p`. */
export function classTotals(p: Partition, weights: Float64Array): number[] {
  const totals = new Array<number>(p.targets.length).fill(0);
  for (let i = 0; i < weights.length; i++) totals[p.classOf[i]!]! += weights[i]!;
  return totals;
}

/**
 * Calibrates `initial` weights on `partitions` (all must share the same grand total). Stops when every
 * class is within `tolerance` (relative) or after `maxIterations` passes. A class with a target but no
 * record cannot be reached: it is an error in the candidate pool, reported by throwing.
 */
export function rake(
  initial: Float64Array,
  partitions: Partition[],
  { tolerance = 1e-7, maxIterations = 500 } = {},
): RakeResult {
  const weights = Float64Array.from(initial);
  let error = Infinity;
  let iterations = 0;
  while (iterations < maxIterations && error > tolerance) {
    iterations++;
    for (const p of partitions) {
      const totals = classTotals(p, weights);
      const factors = p.targets.map((t, k) => {
        if (totals[k] === 0 && t > 0) throw new Error(`margin ${p.id}: class ${k} has no candidate`);
        return totals[k] === 0 ? 0 : t / totals[k]!;
      });
      for (let i = 0; i < weights.length; i++) weights[i]! *= factors[p.classOf[i]!]!;
    }
    error = 0;
    for (const p of partitions) {
      const totals = classTotals(p, weights);
      p.targets.forEach((t, k) => (error = Math.max(error, t === 0 ? totals[k]! : Math.abs(totals[k]! / t - 1))));
    }
  }
  return { weights, iterations, maxRelativeError: error };
}

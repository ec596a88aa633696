// Quantiles of sampled values: linear interpolation between order statistics (R's type 7,
// d3.quantile's rule), so that the 50 % of two values is their mean.

/** The q-quantile of `sorted` (ascending). NaN for an empty array. */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const i = Math.floor(h);
  const lo = sorted[i]!;
  return i + 1 < n ? lo + (sorted[i + 1]! - lo) * (h - i) : lo;
}

/** The 5, 50 and 95 % quantiles; sorts `values` in place. */
export function quantiles90(values: Float64Array): { q05: number; q50: number; q95: number } {
  values.sort();
  return { q05: quantileSorted(values, 0.05), q50: quantileSorted(values, 0.5), q95: quantileSorted(values, 0.95) };
}

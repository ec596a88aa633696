// Quantiles of sampled values: linear interpolation between order statistics (R's type 7,
// d3.quantile's rule), so that the 50 % of two values is their mean. Found by selection, not by
// sorting: 10⁵ draws need three order statistics, not a full order.

/** The q-quantile of `sorted` (ascending). NaN for an empty array. */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const i = Math.floor(h);
  const lo = sorted[i]!;
  return i + 1 < n ? lo + (sorted[i + 1]! - lo) * (h - i) : lo;
}

/** Moves the k-th smallest of a[lo..hi] to index k, smaller ones before it, larger after (Hoare's selection). */
function select(a: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    // Median of three as the pivot: sorted or reversed draws stay linear.
    const mid = (lo + hi) >>> 1;
    const [x, y, z] = [a[lo]!, a[mid]!, a[hi]!];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** The q-quantile of `values`, reordering them in place. */
function quantileSelect(values: Float64Array, q: number): number {
  const n = values.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const i = Math.floor(h);
  select(values, i, 0, n - 1);
  const lo = values[i]!;
  if (i + 1 >= n || h === i) return lo;
  // The next order statistic is the smallest of what selection left above index i.
  let next = Infinity;
  for (let j = i + 1; j < n; j++) if (values[j]! < next) next = values[j]!;
  return lo + (next - lo) * (h - i);
}

/** The 5, 50 and 95 % quantiles; reorders `values` in place. */
export function quantiles90(values: Float64Array): { q05: number; q50: number; q95: number } {
  return { q05: quantileSelect(values, 0.05), q50: quantileSelect(values, 0.5), q95: quantileSelect(values, 0.95) };
}

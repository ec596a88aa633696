// Numerical pieces of the ABC-SMC sampler: Gaussian draws, the weighted covariance and its
// Cholesky factor (the Metropolis–Hastings proposal), weighted quantiles, Kish's ESS.

/** A standard normal draw from a uniform stream (Box–Muller; one of the pair is used, so each call takes two numbers). */
export function gaussian(rand: () => number): number {
  const u = 1 - rand();
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** `scale` × the weighted covariance of the rows of `x` (n × m). */
export function kernelCovariance(x: Float64Array, weights: Float64Array, m: number, scale = 2): Float64Array {
  const n = weights.length;
  const mean = new Float64Array(m);
  for (let i = 0; i < n; i++) for (let a = 0; a < m; a++) mean[a] = mean[a]! + weights[i]! * x[i * m + a]!;
  const cov = new Float64Array(m * m);
  for (let i = 0; i < n; i++)
    for (let a = 0; a < m; a++) {
      const da = x[i * m + a]! - mean[a]!;
      for (let b = 0; b <= a; b++) cov[a * m + b] = cov[a * m + b]! + weights[i]! * da * (x[i * m + b]! - mean[b]!);
    }
  for (let a = 0; a < m; a++)
    for (let b = 0; b <= a; b++) {
      cov[a * m + b] = cov[a * m + b]! * scale;
      cov[b * m + a] = cov[a * m + b]!;
    }
  return cov;
}

/**
 * Lower Cholesky factor of a symmetric m × m matrix. `floor[a]` is added to the diagonal first: a
 * weight the particles no longer spread on (all equal) would make the matrix singular.
 */
export function cholesky(a: Float64Array, m: number, floor: Float64Array): Float64Array {
  const l = new Float64Array(m * m);
  for (let i = 0; i < m; i++)
    for (let j = 0; j <= i; j++) {
      let s = a[i * m + j]! + (i === j ? floor[i]! : 0);
      for (let k = 0; k < j; k++) s -= l[i * m + k]! * l[j * m + k]!;
      l[i * m + j] = i === j ? Math.sqrt(Math.max(s, floor[i]!)) : s / l[j * m + j]!;
    }
  return l;
}

/** Kish's effective sample size (Σw)² / Σw². */
export function kishEss(w: ArrayLike<number>): number {
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < w.length; i++) {
    s += w[i]!;
    s2 += w[i]! * w[i]!;
  }
  return s2 > 0 ? (s * s) / s2 : 0;
}

/** Weighted quantiles (the smallest value whose cumulative weight reaches p), for each p. */
export function weightedQuantiles(values: ArrayLike<number>, w: ArrayLike<number>, ps: readonly number[]): number[] {
  const order = Array.from({ length: values.length }, (_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
  let total = 0;
  for (let i = 0; i < w.length; i++) total += w[i]!;
  return ps.map((p) => {
    let c = 0;
    for (const i of order) {
      c += w[i]!;
      if (w[i]! > 0 && c >= p * total * (1 - 1e-12)) return values[i]!;
    }
    return values[order[order.length - 1]!] ?? NaN;
  });
}

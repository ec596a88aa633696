// Numerical pieces of the ABC-SMC sampler: Gaussian draws, the weighted covariance and its
// Cholesky factor, the importance weights of a generation, weighted quantiles, Kish's ESS.

/** A standard normal draw from a uniform stream (Box–Muller; one of the pair is used, so each call takes two numbers). */
export function gaussian(rand: () => number): number {
  const u = 1 - rand();
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** `scale` × the weighted covariance of the rows of `x` (n × m): 2 is the kernel of Beaumont et al. 2009. */
export function kernelCovariance(x: Float64Array, weights: Float64Array, m: number, scale = 2): Float64Array {
  const n = weights.length;
  const mean = new Float64Array(m);
  for (let i = 0; i < n; i++) for (let a = 0; a < m; a++) mean[a] += weights[i]! * x[i * m + a]!;
  const cov = new Float64Array(m * m);
  for (let i = 0; i < n; i++)
    for (let a = 0; a < m; a++) {
      const da = x[i * m + a]! - mean[a]!;
      for (let b = 0; b <= a; b++) cov[a * m + b] += weights[i]! * da * (x[i * m + b]! - mean[b]!);
    }
  for (let a = 0; a < m; a++)
    for (let b = 0; b <= a; b++) {
      cov[a * m + b] *= scale;
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

/** Solves L y = x for every row of `x` (n × m): the rows in the kernel's whitened coordinates. */
export function whiten(l: Float64Array, x: Float64Array, m: number): Float64Array {
  const n = x.length / m;
  const y = new Float64Array(x.length);
  for (let r = 0; r < n; r++)
    for (let i = 0; i < m; i++) {
      let s = x[r * m + i]!;
      for (let k = 0; k < i; k++) s -= l[i * m + k]! * y[r * m + k]!;
      y[r * m + i] = s / l[i * m + i]!;
    }
  return y;
}

/**
 * Importance weights of new particles under a uniform prior: w_i ∝ 1 / Σ_j W_j K(θ_i | θ_j), with K
 * the Gaussian kernel of factor `l` (its constant cancels). Log-sum-exp keeps far particles finite.
 */
export function importanceWeights(
  l: Float64Array,
  m: number,
  next: Float64Array,
  previous: Float64Array,
  previousWeights: Float64Array,
): Float64Array {
  const yn = whiten(l, next, m);
  const yp = whiten(l, previous, m);
  const n = next.length / m;
  const q = previousWeights.length;
  const out = new Float64Array(n);
  const logs = new Float64Array(q);
  for (let i = 0; i < n; i++) {
    let top = -Infinity;
    for (let j = 0; j < q; j++) {
      let d2 = 0;
      for (let a = 0; a < m; a++) {
        const d = yn[i * m + a]! - yp[j * m + a]!;
        d2 += d * d;
      }
      logs[j] = Math.log(previousWeights[j]!) - d2 / 2;
      if (logs[j]! > top) top = logs[j]!;
    }
    let s = 0;
    for (let j = 0; j < q; j++) s += Math.exp(logs[j]! - top);
    out[i] = -(top + Math.log(s));
  }
  // Back from logs, scaled by the largest so that none overflows, then normalised.
  let top = -Infinity;
  for (const v of out) top = Math.max(top, v);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += out[i] = Math.exp(out[i]! - top);
  for (let i = 0; i < n; i++) out[i] = out[i]! / sum;
  return out;
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

/** Index drawn with probability proportional to `cumulative` increments (its last entry is the total). */
export function pick(cumulative: Float64Array, u: number): number {
  const target = u * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

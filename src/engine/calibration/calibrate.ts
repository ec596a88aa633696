// Calibration of a model's unknown weights on published aggregates: ABC-SMC (Toni et al. 2009,
// Beaumont et al. 2009) over the robust views' prior (each free weight uniform in its plausible
// range, fixed weights at their value), with a tolerance schedule that ends at the hard region:
// every target switched on within value ± tolerance. What comes out is a weighted sample of the
// prior restricted to that region, "compatible avec ce qui est publié", never the CNAF's weights.

import type { Constraints } from '../robust/constraints.ts';
import { createPrng, drawInto } from '../robust/sampler.ts';
import type { CalibrationDesign } from './design.ts';
import { scratchFor, simulate, type Statistics } from './simulate.ts';
import {
  cholesky,
  gaussian,
  importanceWeights,
  kernelCovariance,
  kishEss,
  pick,
  weightedQuantiles,
} from './smc.ts';
import type { Statistic, Target } from './targets.ts';

export const DEFAULT_PARTICLES = 300;
export const CALIBRATION_SEED = 20260115;
/** Largest particle count a request may ask (the kernel weights cost particles² per generation). */
export const MAX_PARTICLES = 5000;

export interface CalibrationOptions {
  controls: number;
  targets: readonly Target[];
  /** Weight sets kept per generation (default 300). */
  particles?: number;
  seed?: number;
  /** Each tolerance is the α-quantile of the last generation's distances, never below 1 (default 0.5). */
  alpha?: number;
  /** Weight sets scored at most before giving up (then the closest sets are returned, `met` false). */
  maxSimulations?: number;
  /**
   * Once at the hard region, further generations (each a new weighted sample of the same target)
   * until the ESS reaches this share of the particles (default 0.5), at most `hardGenerations` in all (default 3).
   */
  essShare?: number;
  hardGenerations?: number;
  /** Called every `chunk` scored sets and at each generation. */
  onProgress?: (p: CalibrationProgress) => void;
  /** Checked every `chunk` scored sets: true stops, the result then says `stopped`. */
  shouldStop?: () => boolean;
  /** Awaited every `chunk` sets so that a stop message can arrive (default: a macrotask). */
  pause?: () => Promise<void>;
  chunk?: number;
}

export interface CalibrationProgress {
  generation: number;
  epsilon: number;
  accepted: number;
  particles: number;
  simulations: number;
  maxSimulations: number;
}

export interface Generation {
  /** Tolerance of the generation, in units of each target's tolerance (1: the hard region). */
  epsilon: number;
  simulations: number;
  ess: number;
}

export interface Achieved {
  id: string;
  statistic: Statistic;
  value: number;
  tolerance: number;
  used: boolean;
  /** Weighted 5, 50 and 95 % of the statistic over the ensemble. */
  q05: number;
  q50: number;
  q95: number;
}

export interface Calibration {
  method: 'abc-smc';
  seed: number;
  controls: number;
  /** Every target switched on is met by every weight set returned. */
  met: boolean;
  stopped: boolean;
  /** Weight sets drawn from the prior itself (generation 0). */
  priorDraws: number;
  /** Weight sets scored in all (prior draws and perturbed ones). */
  simulations: number;
  generations: Generation[];
  /** The weight sets, row after row (n × c.size), ordered by distance when not met. */
  weights: Float64Array;
  /** Normalised importance weights (sum 1). */
  importance: Float64Array;
  /** max over used targets of |statistic − value| / tolerance (≤ 1 when met). */
  distance: Float64Array;
  statistics: Statistics[];
  ess: number;
  achieved: Achieved[];
}

/** The normalised distance of statistics to the used targets: ≤ 1 inside the hard region. */
export function distanceTo(targets: readonly Target[], s: Statistics): number {
  let d = 0;
  for (const t of targets) if (t.used) d = Math.max(d, Math.abs(s[t.statistic] - t.value) / t.tolerance);
  return Number.isNaN(d) ? Infinity : d;
}

/** Each target's achieved 5/50/95 % over weighted statistics. */
export function achievedOf(targets: readonly Target[], stats: readonly Statistics[], w: ArrayLike<number>): Achieved[] {
  return targets.map((t) => {
    const [q05, q50, q95] = weightedQuantiles(
      stats.map((s) => s[t.statistic]),
      w,
      [0.05, 0.5, 0.95],
    ) as [number, number, number];
    return { id: t.id, statistic: t.statistic, value: t.value, tolerance: t.tolerance, used: t.used, q05, q50, q95 };
  });
}

const macrotask = () => new Promise<void>((r) => setTimeout(r, 0));

/** Calibrates the free weights of `c` on `design` (see the module comment). Seeded: same options, same bytes. */
export async function calibrate(c: Constraints, design: CalibrationDesign, o: CalibrationOptions): Promise<Calibration> {
  const n = Math.floor(o.particles ?? DEFAULT_PARTICLES);
  if (!(n >= 2 && n <= MAX_PARTICLES)) throw new RangeError(`particles must be within 2–${MAX_PARTICLES}`);
  const seed = o.seed ?? CALIBRATION_SEED;
  const alpha = o.alpha ?? 0.5;
  const maxSims = o.maxSimulations ?? 100 * n;
  const essShare = o.essShare ?? 0.5;
  const hardGenerations = o.hardGenerations ?? 3;
  let atHard = 0;
  let best: [Float64Array, Statistics[], Float64Array, Float64Array] | undefined;
  const chunk = o.chunk ?? 64;
  const pause = o.pause ?? macrotask;
  const rand = createPrng(seed);
  const p = c.size;
  const free = c.freeSlots;
  const m = free.length;
  const scratch = scratchFor(design);
  const row = new Float64Array(p);
  let sims = 0;
  let stopped = false;
  const generations: Generation[] = [];
  const progress = (generation: number, epsilon: number, accepted: number) =>
    o.onProgress?.({ generation, epsilon, accepted, particles: n, simulations: sims, maxSimulations: maxSims });
  const score = (w: Float64Array) => {
    sims++;
    return simulate(design, w, o.controls, scratch);
  };

  // Generation 0: n draws from the prior, all kept (ε = ∞).
  let theta = new Float64Array(n * p);
  let stats: Statistics[] = [];
  let dist = new Float64Array(n);
  let imp = new Float64Array(n).fill(1 / n);
  const priorDraws = n;
  for (let i = 0; i < n; i++) {
    drawInto(c, rand, theta, i * p);
    const s = score(theta.subarray(i * p, (i + 1) * p));
    stats.push(s);
    dist[i] = distanceTo(o.targets, s);
    if ((i + 1) % chunk === 0) {
      progress(0, Infinity, i + 1);
      await pause();
      if (o.shouldStop?.()) return finish(true);
    }
  }
  generations.push({ epsilon: Infinity, simulations: n, ess: n });
  // Lower bound of the kernel's variance per free weight (a thousandth of its range, squared): a
  // kernel flat in one direction would give the particles off that plane weights without bound.
  const floor = Float64Array.from(free, (k) => ((c.hi[k]! - c.lo[k]!) * 1e-3) ** 2);

  for (let t = 1; ; t++) {
    const met = dist.every((d) => d <= 1);
    if (met && (m === 0 || kishEss(imp) >= essShare * n)) break;
    if (met && atHard >= hardGenerations) {
      // Each hard generation is a weighted sample of the same target: keep the one of largest ESS
      // (chosen by its weights alone, never by its statistics).
      [theta, stats, dist, imp] = best!;
      break;
    }
    const sorted = Float64Array.from(dist).sort();
    const eps = Math.max(1, sorted[Math.min(n - 1, Math.floor(alpha * n))]!);
    // The kernel: twice the weighted covariance of the free weights (Beaumont et al. 2009).
    const free0 = new Float64Array(n * m);
    for (let i = 0; i < n; i++) for (let a = 0; a < m; a++) free0[i * m + a] = theta[i * p + free[a]!]!;
    // The kernel's shape from the particles already within the new tolerance (Filippi et al. 2013:
    // the region a proposal must land in, not the whole cloud), their importance weights
    // renormalised; from the whole cloud when those are too few to span the free weights.
    const within = new Float64Array(n);
    for (let i = 0; i < n; i++) within[i] = dist[i]! <= eps ? imp[i]! : 0;
    const wsum = within.reduce((a, b) => a + b, 0);
    for (let i = 0; i < n; i++) within[i] = within[i]! / wsum;
    const shape = kishEss(within) >= 2 * m + 2 ? within : imp;
    const l = cholesky(kernelCovariance(free0, shape, m), m, floor);
    const cumulative = new Float64Array(n);
    for (let i = 0, s = 0; i < n; i++) cumulative[i] = s += imp[i]!;
    const next = new Float64Array(n * p);
    const nextFree = new Float64Array(n * m);
    const nextStats: Statistics[] = [];
    const nextDist = new Float64Array(n);
    const z = new Float64Array(m);
    const started = sims;
    let accepted = 0;
    while (accepted < n) {
      if (sims >= maxSims) return finish(false);
      const j = pick(cumulative, rand());
      for (let a = 0; a < m; a++) z[a] = gaussian(rand);
      row.set(theta.subarray(j * p, (j + 1) * p));
      let inside = true;
      for (let a = 0; a < m; a++) {
        let s = 0;
        for (let b = 0; b <= a; b++) s += l[a * m + b]! * z[b]!;
        const k = free[a]!;
        const v = row[k]! + s;
        // The prior is 0 outside the plausible range: such a proposal is refused unscored.
        if (!(v >= c.lo[k]! && v <= c.hi[k]!)) inside = false;
        row[k] = v;
      }
      if (!inside) continue;
      const s = score(row);
      const d = distanceTo(o.targets, s);
      if (d <= eps) {
        next.set(row, accepted * p);
        for (let a = 0; a < m; a++) nextFree[accepted * m + a] = row[free[a]!]!;
        nextStats.push(s);
        nextDist[accepted++] = d;
      }
      if (sims % chunk === 0) {
        progress(t, eps, accepted);
        await pause();
        if (o.shouldStop?.()) return finish(true);
      }
    }
    const w = importanceWeights(l, m, nextFree, free0, imp);
    theta = next;
    stats = nextStats;
    dist = nextDist;
    imp = w;
    generations.push({ epsilon: eps, simulations: sims - started, ess: kishEss(w) });
    if (eps === 1) {
      atHard++;
      if (!best || kishEss(w) > kishEss(best[3])) best = [theta, stats, dist, imp];
    }
    progress(t, eps, n);
  }
  return finish(false);

  /** The result; when not met, the current particles closest first, flagged. */
  function finish(stop: boolean): Calibration {
    stopped = stop;
    const met = !stopped && dist.every((d) => d <= 1) && stats.length === n;
    // Stopped within generation 0: the draws done, equally weighted.
    if (stats.length < imp.length) imp = new Float64Array(stats.length).fill(1);
    const order = Array.from({ length: stats.length }, (_, i) => i).sort((a, b) => dist[a]! - dist[b]! || a - b);
    const weights = new Float64Array(order.length * p);
    order.forEach((i, r) => weights.set(theta.subarray(i * p, (i + 1) * p), r * p));
    const importance = Float64Array.from(order, (i) => imp[i]!);
    const sum = importance.reduce((a, b) => a + b, 0);
    for (let i = 0; i < importance.length; i++) importance[i] = importance[i]! / sum;
    const st = order.map((i) => stats[i]!);
    return {
      method: 'abc-smc',
      seed,
      controls: o.controls,
      met,
      stopped,
      priorDraws,
      simulations: sims,
      generations,
      weights,
      importance,
      distance: Float64Array.from(order, (i) => dist[i]!),
      statistics: st,
      ess: kishEss(importance),
      achieved: achievedOf(o.targets, st, importance),
    };
  }
}

// Calibration of a model's unknown weights on published aggregates: adaptive ABC-SMC (Del Moral,
// Doucet & Jasra 2012) over the robust views' prior (each free weight uniform in its plausible
// range, fixed weights at their value), with a decreasing tolerance schedule that ends at the hard
// region: every target switched on within value ± tolerance. Each generation reweights the
// particles by the new tolerance, resamples, and moves them by Metropolis–Hastings steps that keep
// the target invariant. What comes out is a sample of the prior restricted to that region,
// "compatible avec ce qui est publié", never the CNAF's weights.

import type { Constraints } from '../robust/constraints.ts';
import { createPrng, drawInto } from '../robust/sampler.ts';
import type { CalibrationDesign } from './design.ts';
import { scratchFor, simulate, type Statistics } from './simulate.ts';
import { cholesky, gaussian, kernelCovariance, kishEss } from './smc.ts';
import {
  achievedOf,
  CALIBRATION_SEED,
  DEFAULT_PARTICLES,
  distanceTo,
  MAX_PARTICLES,
  type Calibration,
  type CalibrationOptions,
  type Generation,
} from './calibrate-types.ts';

// Its options and result, where they were declared before (importers read them from here).
export * from './calibrate-types.ts';

const macrotask = () => new Promise<void>((r) => setTimeout(r, 0));

/** Calibrates the free weights of `c` on `design` (see the module comment). Seeded: same options, same bytes. */
export async function calibrate(
  c: Constraints,
  design: CalibrationDesign,
  o: CalibrationOptions,
): Promise<Calibration> {
  const n = Math.floor(o.particles ?? DEFAULT_PARTICLES);
  if (!(n >= 2 && n <= MAX_PARTICLES)) throw new RangeError(`particles must be within 2–${MAX_PARTICLES}`);
  const seed = o.seed ?? CALIBRATION_SEED;
  const alpha = o.alpha ?? 0.5;
  const maxSims = o.maxSimulations ?? 100 * n;
  const stepsPerGeneration = o.stepsPerGeneration ?? 3;
  const distinctShare = o.distinctShare ?? 0.9;
  const minHardSweeps = o.minHardSweeps ?? 5;
  const maxHardSweeps = o.maxHardSweeps ?? 20;
  const z = new Float64Array(Math.max(1, c.freeSlots.length));
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
  let theta: Float64Array = new Float64Array(n * p);
  let stats: Statistics[] = [];
  let dist: Float64Array = new Float64Array(n);
  let imp: Float64Array = new Float64Array(n).fill(1 / n);
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
  generations.push({ epsilon: Infinity, simulations: n, ess: n, moved: 0 });
  // Lower bound of the kernel's variance per free weight (a thousandth of its range, squared).
  const floor = Float64Array.from(free, (k) => ((c.hi[k]! - c.lo[k]!) * 1e-3) ** 2);
  // Random-walk scale 2.38²/m of the particles' covariance (Roberts, Gelman & Gilks 1997).
  const scale = m > 0 ? 2.38 ** 2 / m : 1;
  let eps = Infinity;
  let hardSweeps = 0;

  // No free weight: every particle is the same weight set, met or not; nothing can move.
  for (let t = 1; m > 0; t++) {
    // Next tolerance: the α-quantile of the living particles' distances, never below 1.
    const living = Array.from(dist).filter((_, i) => imp[i]! > 0);
    living.sort((a, b) => a - b);
    const next = Math.max(1, Math.min(eps, living[Math.min(living.length - 1, Math.floor(alpha * living.length))]!));
    if (eps === 1 && ((hardSweeps >= minHardSweeps && distinct() >= distinctShare * n) || hardSweeps >= maxHardSweeps))
      break;
    // Reweight (the indicator of the new tolerance over the old), then resample when the ESS falls
    // under half, and always on reaching the hard region: every particle kept is then inside it.
    for (let i = 0; i < n; i++) if (dist[i]! > next) imp[i] = 0;
    normalise(imp);
    if (next === 1 || kishEss(imp) < n / 2) resample();
    eps = next;
    // Move every particle by Metropolis–Hastings steps that leave the prior restricted to {d ≤ ε}
    // invariant: uniform prior and symmetric proposal, so a step is accepted when it stays in the
    // plausible ranges and within ε (Del Moral, Doucet & Jasra 2012; Marjoram et al. 2003).
    const started = sims;
    let moved = 0;
    for (let r = 0; r < stepsPerGeneration; r++) {
      const free0 = new Float64Array(n * m);
      for (let i = 0; i < n; i++) for (let a = 0; a < m; a++) free0[i * m + a] = theta[i * p + free[a]!]!;
      const l = cholesky(kernelCovariance(free0, imp, m, scale), m, floor);
      for (let i = 0; i < n; i++) {
        if (imp[i]! === 0) continue;
        if (sims >= maxSims) return finish(false);
        for (let a = 0; a < m; a++) z[a] = gaussian(rand);
        row.set(theta.subarray(i * p, (i + 1) * p));
        let inside = true;
        for (let a = 0; a < m; a++) {
          let v = 0;
          for (let b = 0; b <= a; b++) v += l[a * m + b]! * z[b]!;
          const k = free[a]!;
          row[k] = row[k]! + v;
          // The prior is 0 outside the plausible range: such a step is refused unscored.
          if (!(row[k]! >= c.lo[k]! && row[k]! <= c.hi[k]!)) inside = false;
        }
        if (inside) {
          const st = score(row);
          const d = distanceTo(o.targets, st);
          if (d <= eps) {
            theta.set(row, i * p);
            stats[i] = st;
            dist[i] = d;
            moved++;
          }
          if (sims % chunk === 0) {
            progress(t, eps, moved);
            await pause();
            if (o.shouldStop?.()) return finish(true);
          }
        }
      }
    }
    if (eps === 1) hardSweeps++;
    generations.push({ epsilon: eps, simulations: sims - started, ess: kishEss(imp), moved });
    progress(t, eps, moved);
  }
  return finish(false);

  /** Weights summing to 1. */
  function normalise(w: Float64Array) {
    let sum = 0;
    for (let i = 0; i < w.length; i++) sum += w[i]!;
    for (let i = 0; i < w.length; i++) w[i] = w[i]! / sum;
  }

  /** Systematic resampling: n equally weighted particles, each kept about n·w times. */
  function resample() {
    const u0 = rand() / n;
    const nextTheta = new Float64Array(n * p);
    const nextStats: Statistics[] = [];
    const nextDist = new Float64Array(n);
    let cum = imp[0]!;
    let j = 0;
    for (let i = 0; i < n; i++) {
      const u = u0 + i / n;
      while (u > cum && j < n - 1) cum += imp[++j]!;
      nextTheta.set(theta.subarray(j * p, (j + 1) * p), i * p);
      nextStats.push(stats[j]!);
      nextDist[i] = dist[j]!;
    }
    [theta, stats, dist] = [nextTheta, nextStats, nextDist];
    imp = new Float64Array(n).fill(1 / n);
  }

  /** Distinct weight sets among the particles (resampling copies some; moves make them differ). */
  function distinct(): number {
    const seen = new Set<string>();
    for (let i = 0; i < imp.length; i++) if (imp[i]! > 0) seen.add(theta.subarray(i * p, (i + 1) * p).join(','));
    return seen.size;
  }

  /** The result; when not met, the current particles closest first, flagged. */
  function finish(stop: boolean): Calibration {
    stopped = stop;
    const met = !stopped && dist.every((d) => d <= 1) && stats.length === n;
    // Not met (or stopped within generation 0): the closest sets, equally weighted.
    if (!met) imp = new Float64Array(stats.length).fill(1);
    const count = distinct();
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
      distinct: count,
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

// What a calibration takes and gives (calibrate.ts runs it): its options and progress, the result
// with each target's achieved distribution, and the distance of a weight set's statistics to the
// targets that the tolerance schedule reads.

import type { Statistics } from './simulate.ts';
import { weightedQuantiles } from './smc.ts';
import type { Statistic, Target } from './targets.ts';

export const DEFAULT_PARTICLES = 300;
export const CALIBRATION_SEED = 20260115;
/** Largest particle count a request may ask: the cost grows with it, about ten minutes at 5000. */
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
  /** Metropolis–Hastings steps per particle and generation (default 3). */
  stepsPerGeneration?: number;
  /**
   * At the hard region, at least `minHardSweeps` sweeps of moves (default 5), then more until this
   * share of the particles are distinct weight sets (default 0.9), at most `maxHardSweeps` (default 20).
   */
  distinctShare?: number;
  minHardSweeps?: number;
  maxHardSweeps?: number;
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
  /** Kish ESS of the particles' weights after the generation's reweighting (and resampling). */
  ess: number;
  /** Moves accepted in the generation's Metropolis–Hastings steps. */
  moved: number;
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
  /** Distinct weight sets among those returned (resampling copies, moves make them differ). */
  distinct: number;
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

// One model's shipped ensembles, calibrated and prior, from the population and the targets: what
// scripts/calibrate-build.ts writes and what the worker computes for an imported model. Pure.

import type { Model } from '../types.ts';
import type { Population } from '../population/population.ts';
import { modelConstraints, type Constraints } from '../robust/constraints.ts';
import { sampleWeights } from '../robust/sampler.ts';
import { calibrate, achievedOf, type Calibration, type CalibrationOptions } from './calibrate.ts';
import { calibrationDesign, type CalibrationDesign } from './design.ts';
import type { Ensemble } from './ensemble.ts';
import { scratchFor, simulate } from './simulate.ts';
import { kishEss } from './smc.ts';
import { LEVELS, rankTable } from './tables.ts';
import type { Target } from './targets.ts';

/** An ensemble of `weights` (sets × slots) with its tables on the design. */
export function ensembleOf(
  kind: Ensemble['kind'],
  model: Model,
  c: Constraints,
  d: CalibrationDesign,
  weights: Float64Array,
  importance: Float64Array,
  controls: number,
): Ensemble {
  const sets = importance.length;
  const tables = new Float64Array(sets * LEVELS);
  const cut = new Float64Array(sets);
  const s = scratchFor(d);
  const statistics = [];
  for (let i = 0; i < sets; i++) {
    const w = weights.subarray(i * c.size, (i + 1) * c.size);
    const t = rankTable(d, w, controls, s);
    tables.set(t.table, i * LEVELS);
    cut[i] = t.cut;
    statistics.push(simulate(d, w, controls, s));
  }
  return { kind, model: model.id, slots: c.size, keys: c.keys, sets, weights, importance, cut, tables, statistics };
}

export interface ModelEnsembles {
  calibration: Calibration;
  calibrated: Ensemble;
  prior: Ensemble;
  /** The prior's achieved distributions of every target (what the targets narrow). */
  priorAchieved: ReturnType<typeof achievedOf>;
}

/**
 * Calibrates `model` and draws a prior ensemble of the same size (seed + 1, uniform draws): both
 * with their rank tables. `design` may be passed to reuse one built for the same model.
 */
export async function buildEnsembles(
  model: Model,
  pop: Population,
  targets: readonly Target[],
  controls: number,
  options: Omit<CalibrationOptions, 'controls' | 'targets'> = {},
  design?: CalibrationDesign,
): Promise<ModelEnsembles> {
  const c = modelConstraints(model);
  const d = design ?? calibrationDesign(pop, model, c);
  const calibration = await calibrate(c, d, { ...options, controls, targets });
  const calibrated = ensembleOf('calibrated', model, c, d, calibration.weights, calibration.importance, controls);
  const n = calibration.importance.length;
  const draws = sampleWeights(c, n, (calibration.seed + 1) >>> 0);
  const prior = ensembleOf('prior', model, c, d, draws, new Float64Array(n).fill(1 / n), controls);
  return {
    calibration,
    calibrated,
    prior,
    priorAchieved: achievedOf(targets, prior.statistics, prior.importance),
  };
}

export { kishEss };

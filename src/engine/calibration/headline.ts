// The answer a household gets from an ensemble: under how many of the weight sets it would be among
// the controlled, and its rank band among all households. One dot product and two binary searches
// per set: a few hundred sets answer in well under a millisecond.

import type { Ensemble, EnsembleKind } from './ensemble.ts';
import { weightedQuantiles } from './smc.ts';
import { perSet, type TargetNarrowing } from './narrowing.ts';

export interface Band {
  low: number;
  median: number;
  high: number;
  /** Over the sets of positive importance. */
  min: number;
  max: number;
}

export interface Headline {
  ensemble: EnsembleKind;
  /** Weight sets in the ensemble; `ess` their effective number (Kish), = n for the prior. */
  n: number;
  ess: number;
  /** Share of the weight sets (by importance) under which the household is among the controlled. */
  controlledShare: number;
  /** Share of households with a lower score (ties half), 5 %, median, 95 % over the sets. */
  rank: Band;
  /**
   * The model's probability of what it predicts (the model file's `target`, e.g. an indu of at least
   * 600 €), 5 %, median, 95 % over the same sets: not a probability of being controlled.
   */
  probability: Band;
}

/** The headline of a household of design vector `x` (designVector over the model's slots). */
export function headline(e: Ensemble, x: ArrayLike<number>): Headline {
  // Rank, controlled or not, and probability under each set: the same per-set pass as the narrowing's.
  const p = perSet(e, x);
  let controlled = 0;
  let total = 0;
  let sq = 0;
  for (let s = 0; s < e.sets; s++) {
    const w = e.importance[s]!;
    total += w;
    sq += w * w;
    if (p.controlled[s]) controlled += w;
  }
  const band = (v: Float64Array): Band => {
    const [min, low, median, high, max] = weightedQuantiles(v, e.importance, [0, 0.05, 0.5, 0.95, 1]) as number[];
    return { low: low!, median: median!, high: high!, min: min!, max: max! };
  };
  return {
    ensemble: e.kind,
    n: e.sets,
    ess: sq > 0 ? (total * total) / sq : 0,
    controlledShare: total > 0 ? controlled / total : NaN,
    rank: band(p.rank),
    probability: band(p.probability),
  };
}

/** How much one published figure narrows the answer: measured on the prior's own weight sets. */
export interface TargetKeep {
  id: string;
  /** Share of the prior's weight sets whose statistic meets this target alone (value ± tolerance, after the reading). */
  keeps: number;
}

/** A household's answer over the calibrated and the prior ensembles of a model, side by side. */
export interface HeadlineView {
  /** Over the calibrated ensemble (absent when the model has none for these targets yet: calibrate it). */
  calibrated: Headline | null;
  /** Over the prior ensemble of the same size (absent for a model not calibrated in this worker). */
  prior: Headline | null;
  /** 1 − (calibrated rank band width / prior rank band width): how much the published figures narrow the rank. */
  narrowing: number | null;
  /** `shipped`: the committed ensembles; `worker`: calibrated here on request. */
  source: 'shipped' | 'worker';
  /** Per target (after the reading), the share of prior sets it keeps on its own; empty without a prior. */
  keeps?: TargetKeep[];
  /** Per target, the household's answer with it and without it (narrowing.ts); asked for one household only. */
  byTarget?: TargetNarrowing[];
}

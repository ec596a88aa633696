// What the worker holds for the population views: the loaded population, the rows of each model
// built once, and the three questions (distribution, rank, controlled group) over weight draws.
// The page never holds the population: it asks these through the worker and gets small answers back.

import type { Household } from '../household/household.ts';
import {
  compositionOverDraws,
  ownParameters,
  rankOverDraws,
  type CompositionRanges,
  type DrawOptions,
  type RankRanges,
} from './population-draws.ts';
import { loadPopulation, populationRows, populationScores, type Population, type Threshold } from './population.ts';
import type { Model } from './types.ts';

export interface Histogram {
  /** Bin edges on the score scale [0, 1]: bins + 1 of them. */
  edges: number[];
  /** Weighted households in each bin. */
  households: number[];
}

/** Weighted histogram of scores over `bins` equal bins of [0, 1] (for the distribution chart). */
export function scoreHistogram(scores: ArrayLike<number>, weights: ArrayLike<number>, bins = 50): Histogram {
  const households = new Array<number>(bins).fill(0);
  for (let i = 0; i < scores.length; i++) households[Math.min(bins - 1, Math.floor(scores[i]! * bins))]! += weights[i]!;
  return { edges: Array.from({ length: bins + 1 }, (_, k) => k / bins), households };
}

export interface PopulationSession {
  population: Population;
  /** The population's score distribution under the model's own weights. */
  histogram(model: Model, bins?: number): Histogram;
  /** `draws`: k weight vectors end to end (parameterNames order); absent: the model's own (placeholder) weights. */
  rank(
    model: Model,
    h: Household,
    threshold: Threshold,
    draws?: Float64Array,
    onProgress?: DrawOptions['onProgress'],
  ): RankRanges;
  controlled(
    model: Model,
    threshold: Threshold,
    draws?: Float64Array,
    onProgress?: DrawOptions['onProgress'],
  ): CompositionRanges;
}

/** A session over the population file's bytes (fetched lazily by the worker, from population/foyers.bin). */
export function populationSession(bytes: Uint8Array): PopulationSession {
  const population = loadPopulation(bytes);
  const rows = new WeakMap<Model, Float64Array>();
  const rowsOf = (m: Model) => {
    let r = rows.get(m);
    if (!r) rows.set(m, (r = populationRows(population, m)));
    return r;
  };
  return {
    population,
    histogram: (model, bins) => scoreHistogram(populationScores(population, model), population.weights, bins),
    rank: (model, h, threshold, draws = ownParameters(model), onProgress) =>
      rankOverDraws(population, model, draws, h, threshold, { rows: rowsOf(model), onProgress }),
    controlled: (model, threshold, draws = ownParameters(model), onProgress) =>
      compositionOverDraws(population, model, draws, threshold, { rows: rowsOf(model), onProgress }),
  };
}

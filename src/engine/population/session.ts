// What the worker holds for the population views: the loaded population, the rows of each model
// built once, and the three questions (distribution, rank, controlled group) over weight draws.
// The page never holds the population: it asks these through the worker and gets small answers back.

import type { Household } from '../../household/household.ts';
import {
  compositionDraws,
  compositionOverDraws,
  ownParameters,
  rankDraws,
  type CompositionDraws,
  type RankDraws,
  rankOverDraws,
  type CompositionRanges,
  type DrawOptions,
  type RankRanges,
} from './draws.ts';
import { decodeColumns } from './columns.ts';
import { chunkDraws, type ChunkDraws } from './chunk.ts';
import { loadPopulation, populationRows, populationScores, type Population, type Threshold } from './population.ts';
import type { Model } from '../types.ts';

export interface Histogram {
  /** Bin edges on the score scale [0, 1]: bins + 1 of them. */
  edges: number[];
  /** Weighted households in each bin. */
  households: number[];
}

/** Weighted histogram of scores over `bins` equal bins of [0, top] (for the distribution chart). */
export function scoreHistogram(scores: ArrayLike<number>, weights: ArrayLike<number>, bins = 50, top = 1): Histogram {
  const households = new Array<number>(bins).fill(0);
  for (let i = 0; i < scores.length; i++)
    households[Math.max(0, Math.min(bins - 1, Math.floor((scores[i]! / top) * bins)))]! += weights[i]!;
  return { edges: Array.from({ length: bins + 1 }, (_, k) => (k * top) / bins), households };
}

/**
 * The top of the chart's score axis: the highest score, up to the next 0.05, so that a population
 * scored between 0 and 3 % is not drawn as one bar against an empty [0, 1].
 */
export function scoreTop(scores: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i]! > max) max = scores[i]!;
  return Math.min(1, Math.max(0.05, Math.ceil(max * 20 - 1e-9) / 20));
}

export interface PopulationSession {
  population: Population;
  /** The population's score distribution under the model's own weights, on [0, scoreTop]. */
  histogram(model: Model, bins?: number): Histogram;
  /** Per draw (for answers gathered in chunks): `draws` as in rank. */
  rankDraws(model: Model, h: Household, threshold: Threshold, draws: Float64Array): RankDraws;
  compositionDraws(model: Model, threshold: Threshold, draws: Float64Array): CompositionDraws;
  /** Both per-draw answers in one pass (population-chunk.ts). */
  chunk(model: Model, h: Household, threshold: Threshold, draws: Float64Array): ChunkDraws;
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

/**
 * A session over a population file's bytes: the columns file the worker fetches lazily
 * (population/foyers-colonnes.bin, a few views on one buffer) or the household file (foyers.bin, decoded).
 */
export function populationSession(bytes: Uint8Array): PopulationSession {
  const columns = new TextDecoder().decode(bytes.subarray(0, 8)) === 'CAFCOL01';
  const population = columns ? decodeColumns(bytes) : loadPopulation(bytes);
  const rows = new WeakMap<Model, Float64Array>();
  const rowsOf = (m: Model) => {
    let r = rows.get(m);
    if (!r) rows.set(m, (r = populationRows(population, m)));
    return r;
  };
  return {
    population,
    histogram: (model, bins) => {
      const scores = populationScores(population, model);
      return scoreHistogram(scores, population.weights, bins, scoreTop(scores));
    },
    rankDraws: (model, h, threshold, draws) =>
      rankDraws(population, model, draws, h, threshold, { rows: rowsOf(model) }),
    compositionDraws: (model, threshold, draws) =>
      compositionDraws(population, model, draws, threshold, { rows: rowsOf(model) }),
    chunk: (model, h, threshold, draws) => chunkDraws(population, model, draws, h, threshold, rowsOf(model)),
    rank: (model, h, threshold, draws = ownParameters(model), onProgress) =>
      rankOverDraws(population, model, draws, h, threshold, { rows: rowsOf(model), onProgress }),
    controlled: (model, threshold, draws = ownParameters(model), onProgress) =>
      compositionOverDraws(population, model, draws, threshold, { rows: rowsOf(model), onProgress }),
  };
}

// Ranks and compositions over a set of weight draws. The weights of the CNAF's models are unknown:
// a sampler (the explorer's, landing later) draws weight vectors consistent with what is known, and
// every answer becomes a range. Without a sampler, one draw: the model's own placeholder weights.
//
// A draw is a flat vector in the order of parameterNames(model) (the slots of robust/constraints.ts);
// `draws` holds k of them end to end, as robust/sampler.ts sampleWeights returns them.

import type { Household } from '../../household/household.ts';
import { compileModel } from '../batch.ts';
import {
  composition,
  householdRow,
  percentile,
  populationRows,
  selectControlled,
  wouldBeControlled,
  type Population,
  type Threshold,
} from './population.ts';
import {
  compositionRanges,
  rankRanges,
  type CompositionDraws,
  type CompositionRanges,
  type RankDraws,
  type RankRanges,
} from './ranges.ts';
import { weightsOf } from '../robust/constraints.ts';
import type { Model, SourcedNumber, Variable } from '../types.ts';

// The ranges are computed in population-ranges.ts, which the page runs too; named here for the engine's callers.
export { compositionRanges, rangeOf, rankRanges } from './ranges.ts';
export type { CompositionDraws, CompositionRanges, GroupRanges, Range, RankDraws, RankRanges } from './ranges.ts';

/**
 * Each parameter a draw sets, with the model's own value: the intercept, then each variable's weights
 * in the order of the weight-range slots (robust/constraints.ts), so that the sampler's draws
 * (robust/sampler.ts, sampleWeights) are draws here as they are.
 */
function parameters(model: Model): { name: string; value: number }[] {
  return [
    { name: 'intercept', value: model.intercept.value },
    ...model.variables.flatMap((v) => weightsOf(v).map((w) => ({ name: w.key, value: w.n.value }))),
  ];
}

/** The names of the parameters a draw sets, in the order of a draw's vector. */
export const parameterNames = (model: Model): string[] => parameters(model).map((p) => p.name);

/** The model's own weights as a draw (the placeholder example when no sampler is available). */
export const ownParameters = (model: Model): Float64Array => Float64Array.from(parameters(model), (p) => p.value);

/** `model` with the weights of the draw at `draws[offset]`: each number keeps its provenance, its value replaced. */
export function withParameters(model: Model, draws: Float64Array, offset = 0): Model {
  let k = offset;
  const next = (c: SourcedNumber | undefined): SourcedNumber => ({ ...(c ?? placeholder), value: draws[k++]! });
  const intercept = next(model.intercept);
  // The same order as weightsOf: a categorical level without a coefficient (the reference) takes none.
  const variables = model.variables.map((v): Variable => {
    if (v.type === 'boolean' || (v.type === 'numeric' && v.encoding === 'linear'))
      return { ...v, coefficient: next(v.coefficient) };
    if (v.type === 'categorical')
      return { ...v, levels: v.levels.map((l) => (l.coefficient ? { ...l, coefficient: next(l.coefficient) } : l)) };
    if (v.type === 'numeric') return { ...v, bins: v.bins.map((b) => ({ ...b, coefficient: next(b.coefficient) })) };
    return v;
  });
  return { ...model, intercept, variables };
}
const placeholder: SourcedNumber = { value: 0, status: 'placeholder', source: 'draw' };

/** The number of draws in `draws`; throws when its length is not a multiple of the model's parameters. */
export function drawCount(model: Model, draws: Float64Array): number {
  const p = parameterNames(model).length;
  if (draws.length % p !== 0) throw new RangeError(`draws must hold k × ${p} numbers (parameterNames order)`);
  return draws.length / p;
}

/**
 * Calls `each` with the population's scores under every draw, in order. The rows (populationRows,
 * pass them to reuse them across calls) are built once; each
 * draw compiles its weights and rescores on the batch path into one reused buffer (copy it to keep it).
 * `each` may return false to stop (cancel).
 */
export function forEachDraw(
  pop: Population,
  model: Model,
  draws: Float64Array,
  each: (scores: Float64Array, k: number, drawn: Model) => boolean | void,
  rows: Float64Array = populationRows(pop, model),
): void {
  const p = parameterNames(model).length;
  const scores = new Float64Array(pop.size);
  const k = drawCount(model, draws);
  for (let d = 0; d < k; d++) {
    const drawn = withParameters(model, draws, d * p);
    compileModel(drawn).scoreRows(rows, scores);
    if (each(scores, d, drawn) === false) return;
  }
}

export interface DrawOptions {
  /** The population's rows for the model (populationRows), to reuse them across calls. */
  rows?: Float64Array;
  /** Called after each draw with (done, total); return false to stop (cancel): the ranges cover the draws done. */
  onProgress?: (done: number, total: number) => boolean | void;
}

/** A household's percentile, whether it would be controlled, and its score, under each draw. */
export function rankDraws(
  pop: Population,
  model: Model,
  draws: Float64Array,
  h: Household,
  threshold: Threshold,
  options: DrawOptions = {},
): RankDraws {
  const row = householdRow(model, h);
  const k = drawCount(model, draws);
  const out: RankDraws = { percentile: [], controlled: [], score: [] };
  forEachDraw(
    pop,
    model,
    draws,
    (scores, _k, drawn) => {
      const s = compileModel(drawn).scoreRows(row)[0]!;
      out.score.push(s);
      out.percentile.push(percentile(scores, pop.weights, s));
      out.controlled.push(wouldBeControlled(scores, pop.weights, threshold, s) ? 1 : 0);
      return options.onProgress?.(out.score.length, k);
    },
    options.rows,
  );
  return out;
}

/** A household's percentile and whether it would be controlled, over every draw. */
export function rankOverDraws(
  pop: Population,
  model: Model,
  draws: Float64Array,
  h: Household,
  threshold: Threshold,
  options: DrawOptions = {},
): RankRanges {
  return rankRanges(rankDraws(pop, model, draws, h, threshold, options));
}

/** The controlled group's composition under each draw. */
export function compositionDraws(
  pop: Population,
  model: Model,
  draws: Float64Array,
  threshold: Threshold,
  options: DrawOptions = {},
): CompositionDraws {
  const total = drawCount(model, draws);
  const out: CompositionDraws = { controlled: 0, cutScore: [], runs: [] };
  forEachDraw(
    pop,
    model,
    draws,
    (scores, k) => {
      const sel = selectControlled(scores, pop.weights, threshold);
      out.controlled = sel.controlled;
      out.cutScore.push(sel.cutScore);
      out.runs.push(composition(pop, sel));
      return options.onProgress?.(k + 1, total);
    },
    options.rows,
  );
  return out;
}

/** The controlled group's composition over every draw (over those done, when cancelled). */
export function compositionOverDraws(
  pop: Population,
  model: Model,
  draws: Float64Array,
  threshold: Threshold,
  options: DrawOptions = {},
): CompositionRanges {
  return compositionRanges(compositionDraws(pop, model, draws, threshold, options));
}

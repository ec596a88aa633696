// One pass over weight draws answering both questions of the population view (the household's
// standing and the controlled group's composition), so that each draw scores the population once.
// The page asks for draws a chunk at a time (progress, cancel) and gathers the per-draw answers.

import type { Household } from '../../household/household.ts';
import { compileModel } from '../batch.ts';
import { forEachDraw } from './draws.ts';
import {
  composition,
  householdRow,
  percentile,
  selectControlled,
  wouldBeControlled,
  type Population,
  type Threshold,
} from './population.ts';
import type { ChunkDraws, CompositionDraws, RankDraws } from './ranges.ts';
import type { Model } from '../types.ts';

// Gathering chunks is pure: population-ranges.ts, which the page runs too.
export { chunkRanges, gatherChunks, type ChunkDraws } from './ranges.ts';

/** Both answers under each draw of `draws` (k weight vectors end to end, parameterNames order). */
export function chunkDraws(
  pop: Population,
  model: Model,
  draws: Float64Array,
  h: Household,
  threshold: Threshold,
  rows: Float64Array,
): ChunkDraws {
  const row = householdRow(model, h);
  const rank: RankDraws = { percentile: [], controlled: [], score: [] };
  const groups: CompositionDraws = { controlled: 0, cutScore: [], runs: [] };
  forEachDraw(
    pop,
    model,
    draws,
    (scores, _k, drawn) => {
      const s = compileModel(drawn).scoreRows(row)[0]!;
      rank.score.push(s);
      rank.percentile.push(percentile(scores, pop.weights, s));
      rank.controlled.push(wouldBeControlled(scores, pop.weights, threshold, s) ? 1 : 0);
      const sel = selectControlled(scores, pop.weights, threshold);
      groups.controlled = sel.controlled;
      groups.cutScore.push(sel.cutScore);
      groups.runs.push(composition(pop, sel));
    },
    rows,
  );
  return { rank, composition: groups };
}

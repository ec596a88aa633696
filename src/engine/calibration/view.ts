// What the population view shows that does not depend on the household, computed by the build for a
// shipped model and stored beside its ensembles (scripts/calibrate-build.ts): the controlled group's
// composition under every weight set of each ensemble, and the distribution, the rank table and the
// controlled group under the model's own (placeholder) weights. Opening the view then reads these
// numbers and places the household by lookups: the population's records are not loaded nor scored.

import type { Model } from '../types.ts';
import { compileModel } from '../batch.ts';
import type { Household } from '../../household/household.ts';
import {
  composition,
  householdRow,
  populationScores,
  selectControlled,
  type GroupShare,
  type Population,
} from '../population/population.ts';
import {
  compositionRanges,
  type CompositionDraws,
  type CompositionRanges,
  type RankRanges,
} from '../population/ranges.ts';
import { ownParameters } from '../population/draws.ts';
import { scoreHistogram, scoreTop, type Histogram } from '../population/session.ts';
import { modelConstraints } from '../robust/constraints.ts';
import { ensembleComposition, recordDesign } from './composition.ts';
import type { Ensemble, EnsembleKind } from './ensemble.ts';
import { LEVELS, rankIn } from './tables.ts';

export const VIEW_FORMAT = 'cnaf-population-view/1';

/** The controlled group under each set of an ensemble: `shares[s][g]` is group g's share of it under set s. */
export interface StoredComposition {
  controlled: number;
  cutScore: number[];
  shares: number[][];
}

export interface StoredView {
  format: typeof VIEW_FORMAT;
  records: number;
  total: number;
  month: string;
  controls: number;
  /** The model's own weights the example figures are for (parameterNames order): an edited copy differs. */
  own: number[];
  histogram: Histogram;
  /** Under the own weights: the population's scores at LEVELS levels of weighted rank, and the controlled group. */
  example: { table: number[]; cutScore: number; controlled: number; shares: number[] };
  groups: Pick<GroupShare, 'group' | 'level' | 'population'>[];
  calibrated: StoredComposition;
  prior: StoredComposition;
  /** The population's provenance card (public/population/provenance.json): its margins and its file. */
  card: { margins: unknown[]; file: unknown } | null;
}

/** Six decimals: a share to 10⁻⁶, far below the 0.1 point the view prints. */
const r6 = (x: number) => (Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : x);

/** The scores at LEVELS levels of weighted rank (as tables.ts does for logits). */
function scoreTable(scores: ArrayLike<number>, weights: ArrayLike<number>, total: number): number[] {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]! || a - b);
  const table = new Array<number>(LEVELS).fill(0);
  let cum = 0;
  let level = 0;
  for (const i of order) {
    cum += weights[i]!;
    while (level < LEVELS && cum >= (level / (LEVELS - 1)) * total * (1 - 1e-12)) table[level++] = scores[i]!;
  }
  table[0] = scores[order[0]!]!;
  return table;
}

function stored(pop: Population, model: Model, e: Ensemble, design: ReturnType<typeof recordDesign>) {
  const d = ensembleComposition(pop, model, modelConstraints(model), e, design);
  return {
    controlled: d.controlled,
    cutScore: d.cutScore,
    shares: d.runs.map((run) => run.map((g) => r6(g.controlled))),
  };
}

/** The stored view of `model` on `pop` with its two ensembles (at the ensembles' threshold, `controls`). */
export function buildView(
  pop: Population,
  model: Model,
  ensembles: { calibrated: Ensemble; prior: Ensemble },
  controls: number,
  card: StoredView['card'] = null,
): StoredView {
  const scores = populationScores(pop, model);
  const sel = selectControlled(scores, pop.weights, { count: controls });
  const example = composition(pop, sel);
  const design = recordDesign(pop, model, modelConstraints(model));
  return {
    format: VIEW_FORMAT,
    records: pop.size,
    total: pop.total,
    month: pop.month,
    controls,
    own: [...ownParameters(model)],
    histogram: scoreHistogram(scores, pop.weights, 40, scoreTop(scores)),
    example: {
      table: scoreTable(scores, pop.weights, pop.total),
      cutScore: sel.cutScore,
      controlled: sel.controlled,
      shares: example.map((g) => r6(g.controlled)),
    },
    groups: example.map(({ group, level, population }) => ({ group, level, population })),
    calibrated: stored(pop, model, ensembles.calibrated, design),
    prior: stored(pop, model, ensembles.prior, design),
    card,
  };
}

/** True when the stored example figures are for this model's own weights (not an edited copy's). */
export function viewFits(v: StoredView, model: Model): boolean {
  const own = ownParameters(model);
  return v.format === VIEW_FORMAT && own.length === v.own.length && own.every((w, j) => w === v.own[j]);
}

const runsOf = (v: StoredView, shares: number[][]): GroupShare[][] =>
  shares.map((run) =>
    v.groups.map((g, j) => ({ ...g, controlled: run[j]!, ratio: g.population > 0 ? run[j]! / g.population : NaN })),
  );

/** The stored composition of one ensemble, as the view's ranges, and the single parents' share per set. */
export function storedComposition(
  v: StoredView,
  kind: EnsembleKind,
): { composition: CompositionRanges; singleParent: number[] } {
  const s = v[kind];
  const draws: CompositionDraws = { controlled: s.controlled, cutScore: s.cutScore, runs: runsOf(v, s.shares) };
  const j = v.groups.findIndex((g) => g.level === 'singleParent');
  return { composition: compositionRanges(draws), singleParent: j < 0 ? [] : s.shares.map((r) => r[j]!) };
}

const one = (x: number) => ({ low: x, median: x, high: x, min: x, max: x });

/**
 * The household under the model's own weights, by lookup: its score (one scoring of one household),
 * its rank against the stored table, controlled when it scores at or above the stored cut.
 */
export function storedExample(
  v: StoredView,
  model: Model,
  h: Household,
): { rank: RankRanges; composition: CompositionRanges } {
  const score = compileModel(model).scoreRows(householdRow(model, h))[0]!;
  const draws: CompositionDraws = {
    controlled: v.example.controlled,
    cutScore: [v.example.cutScore],
    runs: runsOf(v, [v.example.shares]),
  };
  return {
    rank: {
      draws: 1,
      percentile: one(rankIn(v.example.table, score)),
      controlledInShare: score >= v.example.cutScore ? 1 : 0,
      score: one(score),
    },
    composition: compositionRanges(draws),
  };
}

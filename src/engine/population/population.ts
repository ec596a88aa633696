// A weighted population of households (the synthetic France of public/population/): loaded into
// typed arrays, scored for a model on the compiled batch path, and asked where a household stands
// (its percentile) and who fills the controlled group (its composition against the population).
// Pure: runs in Node, the worker and tests. Weight draws (ranges) are in population-draws.ts.

import type { Household } from '../../household/household.ts';
import { compileModel, type CompiledModel } from '../batch.ts';
import { encodeHousehold, FEATURES } from '../features.ts';
import { decodePopulation, householdAt } from './file.ts';
import {
  FAMILY_TYPES,
  FLAG_GROUPS,
  INCOME_BANDS,
  familyTypeOf,
  flagsOf,
  incomeBandOf,
  type FlagGroup,
} from './groups.ts';
import type { FeatureValue, Model } from '../types.ts';

// The default threshold lives with the ranges, which the page runs: named here for the engine's callers.
export { DEFAULT_CONTROLS } from './ranges.ts';

export interface Population {
  month: string;
  size: number;
  weights: Float64Array;
  /** Sum of the weights: the households the records stand for. */
  total: number;
  /** Index in FAMILY_TYPES. */
  familyType: Uint8Array;
  /** 1 when the household is in the group. */
  flags: Record<FlagGroup, Uint8Array>;
  /** Index in INCOME_BANDS. */
  incomeBand: Uint8Array;
  /**
   * Every variable the app derives (features.ts), one column each: booleans 0/1, a level's index in
   * FEATURES, numbers; NaN when not derivable.
   */
  features: Record<string, Float64Array>;
}

/** A feature's value as a number of its column. */
function featureNumber(id: string, v: FeatureValue): number {
  if (v === null) return NaN;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') return FEATURES[id]!.levels?.indexOf(v) ?? -1;
  return v;
}

/** A population of households, each standing for `weights[i]` households (both of the same length). */
export function populationFromHouseholds(households: readonly Household[], weights: ArrayLike<number>): Population {
  if (weights.length !== households.length) throw new RangeError('one weight per household');
  return populationOf(households.length, (i) => households[i]!, weights);
}

/** The population of `size` households given one at a time by `at`, so that they need not all be held at once. */
function populationOf(size: number, at: (i: number) => Household, weights: ArrayLike<number>): Population {
  const features: Record<string, Float64Array> = {};
  for (const id of Object.keys(FEATURES)) features[id] = new Float64Array(size);
  const flags = Object.fromEntries(FLAG_GROUPS.map((g) => [g, new Uint8Array(size)])) as Population['flags'];
  const familyType = new Uint8Array(size);
  const incomeBand = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    const h = at(i);
    const f = encodeHousehold(h);
    for (const id in features) features[id]![i] = featureNumber(id, f[id] ?? null);
    familyType[i] = FAMILY_TYPES.indexOf(familyTypeOf(h));
    incomeBand[i] = INCOME_BANDS.indexOf(incomeBandOf(h));
    const yes = flagsOf(h);
    for (const g of FLAG_GROUPS) flags[g][i] = yes[g] ? 1 : 0;
  }
  const w = Float64Array.from(weights);
  return {
    month: size ? at(0).month : '',
    size,
    weights: w,
    total: w.reduce((a, b) => a + b, 0),
    familyType,
    flags,
    incomeBand,
    features,
  };
}

/**
 * Loads the population file's bytes. The households are decoded one at a time into the feature
 * columns and dropped: the worker keeps only typed arrays.
 */
export function loadPopulation(bytes: Uint8Array): Population {
  const file = decodePopulation(bytes);
  return populationOf(file.header.records, (i) => householdAt(file, i), file.columns.weight!);
}

/** The column of the compiled batch layout (batch.ts) for model variable `j`, from the population's feature columns. */
function modelColumn(model: Model, j: number, pop: Population): (i: number) => number {
  const v = model.variables[j]!;
  const col = pop.features[v.id];
  if (!col || v.type === 'unknown') return () => 0;
  if (v.type === 'categorical') {
    // FEATURES level index → the model's level index; a level the model lacks contributes 0, as in score().
    const map = (FEATURES[v.id]!.levels ?? []).map((id) => v.levels.findIndex((l) => l.id === id));
    return (i) => (Number.isNaN(col[i]!) ? -1 : (map[col[i]!] ?? -1));
  }
  // A value that cannot be derived contributes nothing, as in score().
  return (i) => (Number.isNaN(col[i]!) ? 0 : col[i]!);
}

/** Most cells (records × variables) of one model's rows: 2^25 float64, 256 MB; 335 variables over 100,000 records. */
export const MAX_ROW_CELLS = 2 ** 25;

/** The most variables for the rows to fit MAX_ROW_CELLS (130,000 would make 13 billion cells: no array). */
export const maxVariables = (pop: Population): number => Math.floor(MAX_ROW_CELLS / Math.max(1, pop.size));

/** The population as rows of `model`'s variables, in the compiled batch layout. Built once per model. */
export function populationRows(pop: Population, model: Model): Float64Array {
  const width = model.variables.length;
  const rows = new Float64Array(pop.size * width);
  for (let j = 0; j < width; j++) {
    const get = modelColumn(model, j, pop);
    for (let i = 0, at = j; i < pop.size; i++, at += width) rows[at] = get(i);
  }
  return rows;
}

/** One household as a row of `model`'s variables (the same layout as populationRows). */
export function householdRow(model: Model, h: Household): Float64Array {
  return populationRows(populationFromHouseholds([h], [1]), model);
}

/** Scores every record: `rows` from populationRows(pop, model), `compiled` from compileModel(model). */
export function scorePopulation(compiled: CompiledModel, rows: Float64Array, out?: Float64Array): Float64Array {
  return compiled.scoreRows(rows, out);
}

/** Scores of the whole population under `model`'s own weights. */
export function populationScores(pop: Population, model: Model): Float64Array {
  return scorePopulation(compileModel(model), populationRows(pop, model));
}

/**
 * Where a score stands: the weighted share of the population with a lower score, ties counted half
 * (the mid-rank), in [0, 1]. "More suspect than 93 % of households" is 0.93.
 */
export function percentile(scores: ArrayLike<number>, weights: ArrayLike<number>, score: number): number {
  let below = 0;
  let tied = 0;
  let total = 0;
  for (let i = 0; i < scores.length; i++) {
    const w = weights[i]!;
    total += w;
    if (scores[i]! < score) below += w;
    else if (scores[i] === score) tied += w;
  }
  return total > 0 ? (below + tied / 2) / total : NaN;
}

/** How many households are controlled: a count of households, or a share of the population. */
export type Threshold = { count: number } | { share: number };

/** The controlled count a threshold means for a population of `total` households. */
export const controlledCount = (t: Threshold, total: number): number =>
  Math.min(total, Math.max(0, 'count' in t ? t.count : t.share * total));

export interface Selection {
  /** Share of each record's weight in the controlled group: 1 above the cut, a fraction at it, 0 below. */
  fraction: Float64Array;
  /** The lowest score controlled. */
  cutScore: number;
  /** Weighted count controlled (the threshold, unless the population is smaller). */
  controlled: number;
}

/**
 * The controlled group: the `threshold` highest-scored households. Records tied at the cut share
 * the remaining places in proportion to their weights, so the group does not depend on record order.
 */
export function selectControlled(scores: Float64Array, weights: ArrayLike<number>, threshold: Threshold): Selection {
  const n = scores.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i]!;
  const k = controlledCount(threshold, total);
  // The cut is the highest score c whose records and those above weigh k or more. Quickselect on
  // the score: a pivot among the records left (in random order, so it splits them about in half)
  // is the cut, or the cut lies above it or below it; `above` is the weight of the records already
  // known to be above. A few passes in all, instead of a sort per draw; ties leave with their pivot.
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  let m = n;
  let above = 0;
  let cutScore = NaN;
  while (m > 0) {
    const pivot = scores[idx[m >> 1]!]!;
    let higher = 0;
    let tied = 0;
    for (let j = 0; j < m; j++) {
      const x = scores[idx[j]!]!;
      if (x > pivot) higher += weights[idx[j]!]!;
      else if (x === pivot) tied += weights[idx[j]!]!;
    }
    cutScore = pivot;
    if (above + higher < k && above + higher + tied >= k) break;
    const up = above + higher >= k;
    if (!up) above += higher + tied;
    let kept = 0;
    for (let j = 0; j < m; j++) {
      const x = scores[idx[j]!]!;
      if (up ? x > pivot : x < pivot) idx[kept++] = idx[j]!;
    }
    m = kept;
  }
  let over = 0;
  let at = 0;
  for (let i = 0; i < n; i++)
    if (scores[i]! > cutScore) over += weights[i]!;
    else if (scores[i] === cutScore) at += weights[i]!;
  const share = at > 0 ? Math.min(1, Math.max(0, (k - over) / at)) : 0;
  const fraction = new Float64Array(n);
  for (let i = 0; i < n; i++) fraction[i] = scores[i]! > cutScore ? 1 : scores[i] === cutScore ? share : 0;
  return { fraction, cutScore, controlled: Math.min(k, over + at) };
}

/**
 * Whether a household with `score` would be controlled: fewer than the threshold's count of
 * households score strictly higher (a household tied at the cut counts as controlled).
 */
export function wouldBeControlled(
  scores: ArrayLike<number>,
  weights: ArrayLike<number>,
  threshold: Threshold,
  score: number,
): boolean {
  let total = 0;
  let higher = 0;
  for (let i = 0; i < scores.length; i++) {
    total += weights[i]!;
    if (scores[i]! > score) higher += weights[i]!;
  }
  return higher < controlledCount(threshold, total);
}

export interface GroupShare {
  group: 'familyType' | FlagGroup | 'incomeBand';
  level: string;
  /** Share of the whole population in the group, in [0, 1]. */
  population: number;
  /** Share of the controlled group in it. */
  controlled: number;
  /** controlled / population: above 1, the group is over-represented among the controlled. */
  ratio: number;
}

/** The groups of the composition, in output order, as (column, code): record i is in it when column[i] === code. */
function groupColumns(
  pop: Population,
): { group: GroupShare['group']; level: string; column: Uint8Array; code: number }[] {
  return [
    ...FAMILY_TYPES.map((level, code) => ({ group: 'familyType' as const, level, column: pop.familyType, code })),
    ...FLAG_GROUPS.map((g) => ({ group: g, level: 'yes', column: pop.flags[g], code: 1 })),
    ...INCOME_BANDS.map((level, code) => ({ group: 'incomeBand' as const, level, column: pop.incomeBand, code })),
  ];
}

/** Weighted share of the whole population in each group (the same for every draw: computed once). */
const populationShares = new WeakMap<Population, number[]>();
function sharesOf(pop: Population): number[] {
  let shares = populationShares.get(pop);
  if (!shares) {
    shares = groupColumns(pop).map(({ column, code }) => {
      let w = 0;
      for (let i = 0; i < pop.size; i++) if (column[i] === code) w += pop.weights[i]!;
      return w / pop.total;
    });
    populationShares.set(pop, shares);
  }
  return shares;
}

/** Who fills the controlled group, against the whole population, group by group. */
export function composition(pop: Population, selection: Selection): GroupShare[] {
  const groups = groupColumns(pop);
  const controlled = new Array<number>(groups.length).fill(0);
  const f = selection.fraction;
  let inGroup = 0;
  // Only the controlled records (about 1 % of them) contribute: one pass, then only those.
  for (let i = 0; i < pop.size; i++) {
    if (f[i] === 0) continue;
    const w = pop.weights[i]! * f[i]!;
    inGroup += w;
    for (let g = 0; g < groups.length; g++) if (groups[g]!.column[i] === groups[g]!.code) controlled[g]! += w;
  }
  const shares = sharesOf(pop);
  return groups.map(({ group, level }, g) => {
    const population = shares[g]!;
    const share = inGroup > 0 ? controlled[g]! / inGroup : NaN;
    return { group, level, population, controlled: share, ratio: population > 0 ? share / population : NaN };
  });
}

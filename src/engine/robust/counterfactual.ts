// "What would change it": the fewest changes to changeable household fields that bring the score
// under a control threshold, searched exhaustively over each field's candidate values, one
// change, then two, up to `maxChanges`. Ages, children and past events are never proposed.

import type { Household } from '../../household/household.ts';
import { logistic } from '../score.ts';
import type { Model } from '../types.ts';
import { scoreBand, type ScoreBand } from './bands.ts';
import type { Constraints } from './constraints.ts';
import { designVector, dot } from './design.ts';
import { FeatureCache } from './encode.ts';
import { fieldDistance, householdFields, type FieldValue, type HouseholdField } from './fields.ts';
import { resolveThreshold, type ResolvedThreshold, type Threshold } from './threshold.ts';

/** Which score must go under: the file's example weights, the band's median, or its 95 % (under for 95 % of draws). */
export type Basis = 'example' | 'q50' | 'q95';

export interface Change {
  field: string;
  from: FieldValue;
  to: FieldValue;
}

export interface Counterfactual {
  threshold: ResolvedThreshold;
  basis: Basis;
  /** `already-under`: nothing to change; `found`: `changes` works; `none`: no set of up to `maxChanges` changes does. */
  status: 'already-under' | 'found' | 'none';
  changes: Change[];
  before: ScoreBand;
  /** The band once `changes` are made (status `found`). */
  after?: ScoreBand;
  maxChanges: number;
  /** Fields the search could change, and how many change sets it scored. */
  fields: string[];
  tried: number;
}

export interface CounterfactualOptions {
  threshold: Threshold;
  basis?: Basis;
  maxChanges?: number;
  /** Defaults to the changeable fields of householdFields(h). */
  fields?: HouseholdField[];
  cache?: FeatureCache;
}

/** The smallest set of field changes that brings `h` under the threshold; ties go to the smaller change, then the lower score. */
export function counterfactual(
  model: Model,
  c: Constraints,
  draws: Float64Array,
  h: Household,
  o: CounterfactualOptions,
): Counterfactual {
  const threshold = resolveThreshold(o.threshold);
  const basis = o.basis ?? 'q50';
  const maxChanges = o.maxChanges ?? 2;
  const cache = o.cache ?? new FeatureCache();
  const fields = (o.fields ?? householdFields(h)).filter((f) => f.changeable && f.candidates);
  const x = new Float64Array(c.size);
  const scratch = new Float64Array(draws.length / c.size);
  const band = (hh: Household) => scoreBand(c, draws, designVector(model, c, cache.features(hh), x), scratch);
  const stat = (hh: Household) => {
    if (basis === 'example') return logistic(dot(designVector(model, c, cache.features(hh), x), c.value));
    const b = band(hh);
    return basis === 'q50' ? b.q50 : b.q95;
  };
  const before = band(h);
  const base = { threshold, basis, before, maxChanges, fields: fields.map((f) => f.id) };
  if ((basis === 'example' ? before.example : before[basis]) < threshold.score)
    return { ...base, status: 'already-under', changes: [], tried: 0 };
  const { best, tried } = searchChanges(h, fields, maxChanges, stat, (s) => s < threshold.score);
  return best
    ? { ...base, status: 'found', changes: best.changes, after: band(best.household), tried }
    : { ...base, status: 'none', changes: [], tried };
}

/** The change set a search found: its changes, the changed household and its measure. */
export interface FoundChanges {
  changes: Change[];
  household: Household;
  value: number;
}

/**
 * The one search behind every "what would change it" (the score under a threshold here, the
 * controlled share over an ensemble in calibration/what-if.ts): one change, then two, up to
 * `maxChanges`, over each changeable field's candidate values, exhaustively. The first size with a
 * change set whose `measure` is `reached` wins; among those, the smallest total change
 * (fieldDistance), then the lowest measure. `tried` counts the change sets measured.
 */
export function searchChanges(
  h: Household,
  fields: readonly HouseholdField[],
  maxChanges: number,
  measure: (changed: Household) => number,
  reached: (value: number) => boolean,
): { best?: FoundChanges; tried: number } {
  // Each field's alternatives to its current value.
  const options = fields.map((f) => {
    const now = f.get(h);
    return (f.candidates!(h) as FieldValue[]).filter((v) => v !== now);
  });
  let tried = 0;
  for (let k = 1; k <= Math.min(maxChanges, fields.length); k++) {
    let best: (FoundChanges & { cost: number }) | undefined;
    for (const set of combinations(fields.length, k))
      for (const values of product(set.map((i) => options[i]!))) {
        let hh = h;
        const changes = set.map((i, j) => {
          const f = fields[i]!;
          hh = f.set(hh, values[j]!);
          return { field: f.id, from: f.get(h), to: values[j]! };
        });
        tried++;
        const s = measure(hh);
        if (!reached(s)) continue;
        const cost = set.reduce((sum, i, j) => sum + fieldDistance(fields[i]!, fields[i]!.get(h), values[j]!), 0);
        if (!best || cost < best.cost - 1e-12 || (Math.abs(cost - best.cost) <= 1e-12 && s < best.value))
          best = { changes, cost, value: s, household: hh };
      }
    if (best) return { best: { changes: best.changes, household: best.household, value: best.value }, tried };
  }
  return { tried };
}

/** Every k-subset of 0..n−1, in lexicographic order. */
export function* combinations(n: number, k: number): Generator<number[]> {
  const idx = Array.from({ length: k }, (_, i) => i);
  while (true) {
    yield [...idx];
    let i = k - 1;
    while (i >= 0 && idx[i] === n - k + i) i--;
    if (i < 0) return;
    idx[i]!++;
    for (let j = i + 1; j < k; j++) idx[j] = idx[j - 1]! + 1;
  }
}

/** The Cartesian product of `lists`, first list slowest. */
export function* product<T>(lists: T[][]): Generator<T[]> {
  if (lists.some((l) => l.length === 0)) return;
  const at = lists.map(() => 0);
  while (true) {
    yield at.map((i, j) => lists[j]![i]!);
    let j = lists.length - 1;
    while (j >= 0 && ++at[j]! === lists[j]!.length) at[j--] = 0;
    if (j < 0) return;
  }
}

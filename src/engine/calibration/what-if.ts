// One threshold everywhere (issue 17): a household is controlled under a weight set when its logit
// is at or above that set's cut, the logit of the 166,000th household of the population ranked by
// score. "Controlled or not" over an ensemble is the share of its weight sets (by importance) under
// which that holds. The what-if search looks for the fewest plausible changes that bring this share
// down to a goal stated plainly (under one weight set in two by default).

import type { Household } from '../../household/household.ts';
import type { Model } from '../types.ts';
import type { Constraints } from '../robust/constraints.ts';
import { searchChanges, type Change } from '../robust/counterfactual.ts';
import { designVector } from '../robust/design.ts';
import { FeatureCache } from '../robust/encode.ts';
import { householdFields, type HouseholdField } from '../robust/fields.ts';
import type { Ensemble } from './ensemble.ts';

/** The threshold's published figures: the 166,000 highest scores of 13.8 million households (2024). */
export const CONTROLLED_HOUSEHOLDS = 166_000;
export const SCORED_HOUSEHOLDS = 13_800_000;

/** Share of the ensemble's weight sets (by importance) under which design vector `x` is at or above the cut. */
export function controlledShare(e: Ensemble, x: ArrayLike<number>): number {
  if (x.length !== e.slots) throw new RangeError(`design vector of ${x.length} slots for an ensemble of ${e.slots}`);
  let controlled = 0;
  let total = 0;
  for (let s = 0; s < e.sets; s++) {
    let l = 0;
    for (let k = 0, at = s * e.slots; k < e.slots; k++, at++) l += x[k]! * e.weights[at]!;
    const w = e.importance[s]!;
    total += w;
    if (l >= e.cut[s]!) controlled += w;
  }
  return total > 0 ? controlled / total : NaN;
}

export interface EnsembleWhatIf {
  /**
   * The search stops at a share strictly below `goal` (0.5: under fewer than half the weight sets);
   * a goal of 0 means a share of exactly 0 (controlled under none of them).
   */
  goal: number;
  /** `already-under`: the share is already under the goal; `found`: `changes` bring it under; `none`: nothing up to `maxChanges` does. */
  status: 'already-under' | 'found' | 'none';
  changes: Change[];
  /** The controlled share before, and after `changes` (status `found`). */
  before: number;
  after?: number;
  maxChanges: number;
  fields: string[];
  tried: number;
  /** Weight sets in the ensemble. */
  sets: number;
}

export interface EnsembleWhatIfOptions {
  goal?: number;
  maxChanges?: number;
  fields?: HouseholdField[];
  cache?: FeatureCache;
}

/**
 * The smallest set of changes to changeable fields after which `h` is controlled under fewer than
 * `goal` of the ensemble's weight sets; ties go to the smaller change, then the lower share.
 */
export function ensembleWhatIf(
  model: Model,
  c: Constraints,
  e: Ensemble,
  h: Household,
  o: EnsembleWhatIfOptions = {},
): EnsembleWhatIf {
  const goal = o.goal ?? 0.5;
  const reached = (share: number) => (goal > 0 ? share < goal : share === 0);
  const maxChanges = o.maxChanges ?? 2;
  const cache = o.cache ?? new FeatureCache();
  const fields = (o.fields ?? householdFields(h)).filter((f) => f.changeable && f.candidates);
  const x = new Float64Array(c.size);
  const share = (hh: Household) => controlledShare(e, designVector(model, c, cache.features(hh), x));
  const before = share(h);
  const base = { goal, before, maxChanges, fields: fields.map((f) => f.id), sets: e.sets };
  if (reached(before)) return { ...base, status: 'already-under', changes: [], tried: 0 };
  const { best, tried } = searchChanges(h, fields, maxChanges, share, reached);
  return best
    ? { ...base, status: 'found', changes: best.changes, after: best.value, tried }
    : { ...base, status: 'none', changes: [], tried };
}

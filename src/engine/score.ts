// Scores model variables with a logistic model. For a logistic regression the log-odds
// contribution of each variable is exact (it is the term itself): no approximation, no SHAP.

import type { FoldedRest } from './fold.ts';
import { bannerOf, type Banner } from './provenance.ts';
import { binLabel } from '../formats/model-table-write.ts';
import type { Bin, Features, FeatureValue, Model, SourcedNumber, Status, Variable } from './types.ts';
import { applyImputation } from './impute.ts';

/** Numerically stable logistic function 1 / (1 + e^(−x)). */
export function logistic(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export interface Contribution {
  variable: string;
  /** The level or bin that applied (`true`, a level id, `[500, 1000)`, or the number itself for linear). */
  level: string;
  value: FeatureValue;
  /** Exact log-odds term. */
  logodds: number;
  /** Provenance of the weight used; `unknown` when the variable could not be derived. */
  status: Status;
  source: string;
  /**
   * True when the household gives no value for this variable: counted at its reference (0), its
   * missing bin, or (declared imputation) at the replacement value that `value` then holds.
   */
  missing: boolean;
  /** Probability before and after adding this term, in model order: the waterfall step. */
  before: number;
  after: number;
}

export interface Score {
  model: string;
  intercept: number;
  logit: number;
  score: number;
  /** Probability at the intercept alone: where the waterfall starts. */
  base: number;
  contributions: Contribution[];
  /** The weakest provenance among the numbers used: `published` only if every one is. */
  provenance: Status;
  /** The statement shown with the score (see bannerOf). */
  banner: Banner;
  /** Set when the list was shortened for the page (fold.ts): the contributions left out, summed. */
  rest?: FoldedRest;
}

const RANK: Record<Status, number> = { published: 0, reported: 1, placeholder: 2, unknown: 3 };

/** The least certain of several statuses. */
export function weakest(statuses: Iterable<Status>): Status {
  let w: Status = 'published';
  for (const s of statuses) if (RANK[s] > RANK[w]) w = s;
  return w;
}

interface Term {
  level: string;
  weight: SourcedNumber | null;
  units: number;
}

/** Which weight a value selects. Values are assumed valid (see checkFeatures). */
function term(v: Variable, value: FeatureValue): Term {
  switch (v.type) {
    case 'unknown':
      return { level: '', weight: null, units: 0 };
    case 'boolean':
      return value === true ? { level: '1', weight: v.coefficient, units: 1 } : { level: '0', weight: null, units: 0 };
    case 'categorical': {
      const level = levelOf(v.levels, value);
      return level?.coefficient
        ? { level: level.id, weight: level.coefficient, units: 1 }
        : { level: v.reference, weight: null, units: 0 };
    }
    case 'numeric': {
      if (typeof value !== 'number') {
        const missing = v.encoding === 'bins' ? v.missing : undefined;
        return missing ? { level: 'missing', weight: missing, units: 1 } : { level: '', weight: null, units: 0 };
      }
      if (v.encoding === 'linear') return { level: '*', weight: v.coefficient, units: value };
      const bin = findBin(v.bins, value);
      return bin
        ? { level: binLabel(bin.min, bin.max), weight: bin.coefficient, units: 1 }
        : { level: '', weight: null, units: 0 };
    }
  }
}

/** The level `value` names: its id, or for a number the level written as it (an EBM's 1.0 is "1" or "1.0"). */
export function levelOf<L extends { id: string }>(levels: readonly L[], value: FeatureValue): L | undefined {
  if (typeof value !== 'number') return levels.find((l) => l.id === value);
  return levels.find((l) => l.id.trim() !== '' && Number(l.id) === value);
}

/**
 * The bin holding `value` (`min <= value < max`: a value on a cut point goes up), by bisection
 * since an EBM term has hundreds of bins; bins are contiguous and sorted (the validator's rule).
 */
export function findBin(bins: readonly Bin[], value: number): Bin | undefined {
  if (Number.isNaN(value)) return undefined;
  let lo = 0,
    hi = bins.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const max = bins[mid]!.max;
    if (max !== null && value >= max) lo = mid + 1;
    else hi = mid;
  }
  const b = bins[lo];
  return b && (b.min === null || value >= b.min) && (b.max === null || value < b.max) ? b : undefined;
}

/** The probability alone, without the contributions: for the points of a sweep, on models of any size. */
export function probability(model: Model, raw: Features): number {
  const features = applyImputation(model, raw).features;
  let logit = model.intercept.value;
  for (const v of model.variables) {
    const t = term(v, Object.hasOwn(features, v.id) ? (features[v.id] ?? null) : null);
    if (t.weight) logit += t.weight.value * t.units;
  }
  return logistic(logit);
}

/** Scores `features` with `model`; variables absent from `features` count at their reference level. */
export function score(model: Model, raw: Features): Score {
  const { features, imputed } = applyImputation(model, raw);
  let logit = model.intercept.value;
  const base = logistic(logit);
  let before = base;
  const statuses: Status[] = [model.intercept.status];
  const contributions = model.variables.map((v): Contribution => {
    // Own keys only: a variable named "constructor" must not find Object.prototype.constructor.
    const value = Object.hasOwn(features, v.id) ? (features[v.id] ?? null) : null;
    const t = term(v, value);
    const logodds = t.weight ? t.weight.value * t.units : 0;
    logit += logodds;
    const after = logistic(logit);
    const status = v.type === 'unknown' ? 'unknown' : t.weight ? t.weight.status : referenceStatus(v);
    statuses.push(status);
    const c: Contribution = {
      variable: v.id,
      level: t.level,
      value,
      logodds,
      status,
      source: t.weight?.source ?? v.source,
      missing: (value === null && v.type !== 'unknown') || imputed.has(v.id),
      before,
      after,
    };
    before = after;
    return c;
  });
  return {
    model: model.id,
    intercept: model.intercept.value,
    logit,
    score: logistic(logit),
    base,
    contributions,
    provenance: weakest(statuses),
    banner: bannerOf(weakest(statuses), model.origin),
  };
}

/**
 * A variable at its reference level contributes 0 by construction of the model, but which
 * level is the reference is only as certain as the other weights of that variable.
 */
function referenceStatus(v: Variable): Status {
  switch (v.type) {
    case 'boolean':
      return v.coefficient.status;
    case 'numeric':
      return v.encoding === 'bins'
        ? weakest([...v.bins.map((b) => b.coefficient.status), ...(v.missing ? [v.missing.status] : [])])
        : v.coefficient.status;
    case 'categorical':
      return weakest(v.levels.flatMap((l) => (l.coefficient ? [l.coefficient.status] : [])));
    case 'unknown':
      return 'unknown';
  }
}

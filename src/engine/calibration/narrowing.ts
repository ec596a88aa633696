// How much each published figure narrows a household's answer (issue 17): for each target, the
// headline (share of weight sets under which the household is among the controlled, its rank band)
// with the figure and without it, the other figures as they are switched on.
//
// Only the stored ensembles are read, never the population. The calibrated ensemble is a sample of
// the uniform prior restricted to the region where every target switched on (S) is met; the prior
// ensemble is a sample of the prior. So, for a set of targets T:
// - when T contains S, the calibrated sets that also meet T \ S are a sample of the prior restricted
//   to T (rejection from a restricted sample stays a sample of the more restricted law);
// - otherwise, the prior sets that meet T are one (ABC rejection, Pritchard et al. 1999, with the
//   same hard region). There may be few: below `minSets` no figure is given, only the count.
// Each figure says which ensemble it came from and over how many sets.

import { logistic } from '../score.ts';
import type { Ensemble, EnsembleKind } from './ensemble.ts';
import type { Statistics } from './simulate.ts';
import { weightedQuantiles } from './smc.ts';
import { LEVELS, rankIn } from './tables.ts';
import type { Target } from './targets.ts';

/** Below this many kept sets no figure is given: at 20, a 5–95 % band already rests on a single set at each end. */
export const MIN_SETS = 20;

/** A household's answer over the sets of an ensemble that meet some targets. */
export interface SubsetAnswer {
  /** Target ids the kept sets meet (the set T). */
  targets: string[];
  /** The ensemble the sets were kept from, and how many of its `of` sets were kept. */
  from: EnsembleKind;
  n: number;
  of: number;
  /** The fewest kept sets that give a figure (MIN_SETS unless asked otherwise): the page says it. */
  min: number;
  /** Null when `n` < minSets. Share of kept sets (by importance) under which the household is controlled. */
  controlledShare: number | null;
  /** 5 % and 95 % of the household's rank over the kept sets (share of households with a lower score); null when too few. */
  rank: { low: number; high: number } | null;
}

/** One published figure: the answer with it switched on and without it (the others as they are). */
export interface TargetNarrowing {
  id: string;
  /** Switched on now: `with` is then the current answer's set of targets, `without` one fewer. */
  on: boolean;
  with: SubsetAnswer;
  without: SubsetAnswer;
}

/** Per set of an ensemble, the household's rank and whether it is controlled (one dot product each). */
export interface PerSet {
  e: Ensemble;
  rank: Float64Array;
  controlled: Uint8Array;
  probability: Float64Array;
}

/** The household of design vector `x` under every set of `e`, as headline() reads it. */
export function perSet(e: Ensemble, x: ArrayLike<number>): PerSet {
  if (x.length !== e.slots) throw new RangeError(`design vector of ${x.length} slots for an ensemble of ${e.slots}`);
  const rank = new Float64Array(e.sets);
  const controlled = new Uint8Array(e.sets);
  const probability = new Float64Array(e.sets);
  for (let s = 0; s < e.sets; s++) {
    let l = 0;
    for (let k = 0, at = s * e.slots; k < e.slots; k++, at++) l += x[k]! * e.weights[at]!;
    controlled[s] = l >= e.cut[s]! ? 1 : 0;
    rank[s] = rankIn(e.tables.subarray(s * LEVELS, (s + 1) * LEVELS), l);
    probability[s] = logistic(l);
  }
  return { e, rank, controlled, probability };
}

/** True when a set's statistics meet target t (value ± tolerance, as the calibration checks it). */
export const meets = (st: Statistics, t: Target): boolean => Math.abs(st[t.statistic] - t.value) <= t.tolerance;

/** The answer over the sets of `p` that meet every target of `check`; `ids` names the whole set T. */
export function subsetAnswer(p: PerSet, check: readonly Target[], ids: string[], minSets = MIN_SETS): SubsetAnswer {
  const { e } = p;
  const keep: number[] = [];
  for (let s = 0; s < e.sets; s++) if (check.every((t) => meets(e.statistics[s]!, t))) keep.push(s);
  const base = { targets: ids, from: e.kind, n: keep.length, of: e.sets, min: minSets };
  if (keep.length < minSets || keep.length === 0) return { ...base, controlledShare: null, rank: null };
  const w = Float64Array.from(keep, (s) => e.importance[s]!);
  let total = 0;
  let controlled = 0;
  keep.forEach((s, i) => {
    total += w[i]!;
    if (p.controlled[s]) controlled += w[i]!;
  });
  const [low, high] = weightedQuantiles(
    Float64Array.from(keep, (s) => p.rank[s]!),
    w,
    [0.05, 0.95],
  ) as [number, number];
  return { ...base, controlledShare: total > 0 ? controlled / total : null, rank: { low, high } };
}

/**
 * For every target of finite tolerance, the household's answer with it and without it, the other
 * targets as switched on (`used`). `calibrated` must be the ensemble calibrated on exactly the
 * targets used (with the same reading), or null when there is none: the prior answers alone then.
 */
export function targetNarrowing(
  ensembles: { calibrated: Ensemble | null; prior: Ensemble },
  targets: readonly Target[],
  x: ArrayLike<number>,
  minSets = MIN_SETS,
): TargetNarrowing[] {
  const usable = targets.filter((t) => Number.isFinite(t.tolerance) && t.tolerance > 0);
  const on = usable.filter((t) => t.used);
  const prior = perSet(ensembles.prior, x);
  const calibrated = ensembles.calibrated ? perSet(ensembles.calibrated, x) : null;
  const answer = (set: readonly Target[]): SubsetAnswer => {
    const ids = usable.filter((t) => set.includes(t)).map((t) => t.id);
    // Contains every target used: the calibrated sets, checked only on the targets added.
    if (calibrated && on.every((t) => set.includes(t)))
      return subsetAnswer(
        calibrated,
        set.filter((t) => !on.includes(t)),
        ids,
        minSets,
      );
    return subsetAnswer(prior, set, ids, minSets);
  };
  return usable.map((t) => ({
    id: t.id,
    on: t.used,
    with: answer(t.used ? on : [...on, t]),
    without: answer(on.filter((u) => u !== t)),
  }));
}

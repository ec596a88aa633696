// How much each published figure narrows a household's answer, on small hand-made ensembles whose
// answers are worked out by hand below (one weight slot: the household's logit is the set's weight;
// every rank table runs linearly from 0 to 10, so the rank is the logit / 10).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedEnsembles } from '../../src/engine/calibration/shipped.ts';
import { createApi } from '../../src/worker/api.ts';
import type { Ensemble } from '../../src/engine/calibration/ensemble.ts';
import { MIN_SETS, targetNarrowing } from '../../src/engine/calibration/narrowing.ts';
import type { Statistics } from '../../src/engine/calibration/simulate.ts';
import { LEVELS } from '../../src/engine/calibration/tables.ts';
import type { Target } from '../../src/engine/calibration/targets.ts';

const stats = (singleParent: number, hitRate: number): Statistics => ({
  singleParent,
  hitRate,
  baseRate: 0.142,
  precarious: 0.1,
});

function ensemble(
  kind: Ensemble['kind'],
  weights: number[],
  cut: number,
  statistics: Statistics[],
  importance?: number[],
): Ensemble {
  const n = weights.length;
  const table = Float64Array.from({ length: LEVELS }, (_, j) => j / 100);
  const tables = new Float64Array(n * LEVELS);
  for (let s = 0; s < n; s++) tables.set(table, s * LEVELS);
  return {
    kind,
    model: 'm',
    slots: 1,
    keys: ['x'],
    sets: n,
    weights: Float64Array.from(weights),
    importance: Float64Array.from(importance ?? weights.map(() => 1 / n)),
    cut: new Float64Array(n).fill(cut),
    tables,
    statistics,
  };
}

// Prior: ten sets of logits 0.5 … 9.5 (ranks 0.05 … 0.95), cut 5 (controlled from set 5 on).
// The even sets meet the single-parent share; sets 0–5 meet the hit rate.
const prior = ensemble(
  'prior',
  Array.from({ length: 10 }, (_, s) => s + 0.5),
  5,
  Array.from({ length: 10 }, (_, s) => stats(s % 2 === 0 ? 0.36 : 0.9, s < 6 ? 0.52 : 0.9)),
);
// Calibrated on the single-parent share: four sets of logits 6.5 … 9.5, cut 7, unequal importance;
// the first two meet the hit rate.
const calibrated = ensemble(
  'calibrated',
  [6.5, 7.5, 8.5, 9.5],
  7,
  [stats(0.36, 0.52), stats(0.36, 0.52), stats(0.36, 0.9), stats(0.36, 0.9)],
  [0.1, 0.2, 0.3, 0.4],
);

const target = (id: string, statistic: Target['statistic'], value: number, tolerance: number, used: boolean) => ({
  id,
  statistic,
  value,
  tolerance,
  used,
  reading: '',
});
const targets: Target[] = [
  target('sp', 'singleParent', 0.36, 0.05, true),
  target('hit', 'hitRate', 0.52, 0.1, false),
  target('precarious', 'precarious', 0.67, 0.1, false),
  target('no-tolerance', 'baseRate', 0.142, NaN, false),
];
const x = [1];
const mother = JSON.parse(
  readFileSync(new URL('../cases/calibration/single-mother-900.json', import.meta.url), 'utf8'),
) as unknown;

describe('targetNarrowing', () => {
  it('over the prior alone: the sets that meet each set of targets', () => {
    const [sp, hit, precarious, ...rest] = targetNarrowing({ calibrated: null, prior }, targets, x, 2);
    expect(rest).toEqual([]); // a row without a tolerance is not a target
    // With the single-parent share: sets 0, 2, 4, 6, 8; controlled 6 and 8 (2 of 5); ranks .05 … .85.
    expect(sp).toMatchObject({ id: 'sp', on: true, with: { from: 'prior', n: 5, of: 10, targets: ['sp'] } });
    expect(sp!.with.controlledShare).toBeCloseTo(0.4, 12);
    expect(sp!.with.rank!.low).toBeCloseTo(0.05, 12);
    expect(sp!.with.rank!.high).toBeCloseTo(0.85, 12);
    // Without it: all ten sets, controlled 5 … 9; 5 % is the first set, 95 % the tenth.
    expect(sp!.without).toMatchObject({ from: 'prior', n: 10, targets: [] });
    expect(sp!.without.controlledShare).toBeCloseTo(0.5, 12);
    expect(sp!.without.rank!.low).toBeCloseTo(0.05, 12);
    expect(sp!.without.rank!.high).toBeCloseTo(0.95, 12);
    // The hit rate is off: with it, sets 0, 2, 4 (none controlled, ranks .05–.45); without, the single parents' answer.
    expect(hit).toMatchObject({ on: false, with: { n: 3, targets: ['sp', 'hit'], controlledShare: 0 } });
    expect(hit!.with.rank!.high).toBeCloseTo(0.45, 12);
    expect(hit!.without).toEqual(sp!.with);
    // No set meets the precarious share: no figure, only the count.
    expect(precarious!.with).toMatchObject({ n: 0, controlledShare: null, rank: null });
  });

  it('reads a target switched off from the calibrated sets that also meet it, by importance', () => {
    const [sp, hit] = targetNarrowing({ calibrated, prior }, targets, x, 2);
    // With the single-parent share (on): the calibrated ensemble as it is; controlled 7.5, 8.5, 9.5 = 0.9 of importance.
    expect(sp!.with).toMatchObject({ from: 'calibrated', n: 4, of: 4 });
    expect(sp!.with.controlledShare).toBeCloseTo(0.9, 12);
    expect(sp!.with.rank!.low).toBeCloseTo(0.65, 12);
    expect(sp!.with.rank!.high).toBeCloseTo(0.95, 12);
    // Without it: nothing is on, the prior's ten sets.
    expect(sp!.without).toMatchObject({ from: 'prior', n: 10 });
    // With the hit rate too: calibrated sets 0 and 1 (importance 0.1, 0.2); only 7.5 is controlled: 2/3.
    expect(hit!.with).toMatchObject({ from: 'calibrated', n: 2, of: 4, targets: ['sp', 'hit'] });
    expect(hit!.with.controlledShare).toBeCloseTo(2 / 3, 12);
    expect(hit!.with.rank!.low).toBeCloseTo(0.65, 12);
    expect(hit!.with.rank!.high).toBeCloseTo(0.75, 12);
    expect(hit!.without).toEqual(sp!.with);
  });

  it(`gives no figure over fewer than ${MIN_SETS} sets, only their number`, () => {
    const [sp] = targetNarrowing({ calibrated: null, prior }, targets, x);
    expect(sp!.with).toMatchObject({ n: 5, of: 10, controlledShare: null, rank: null });
    expect(sp!.without).toMatchObject({ n: 10, controlledShare: null, rank: null });
  });

  it('refuses a design vector of another length', () => {
    expect(() => targetNarrowing({ calibrated: null, prior }, targets, [1, 2])).toThrow(RangeError);
  });
});

describe('the worker’s headline call', () => {
  it('gives the page’s household a line per figure, from the ensembles of the targets switched on', async () => {
    const api = createApi();
    const r = await api.calibrationHeadline({ modelId: 'cnaf-2014', household: mother });
    if (!r.ok) throw new Error(JSON.stringify(r));
    const { calibrated, byTarget } = r.value;
    const shipped = (await shippedEnsembles('cnaf-2014'))!;
    const by = new Map(byTarget!.map((t) => [t.id, t]));
    expect([...by.keys()].sort()).toEqual([
      'learning_base_rate',
      'precarious_share_controlled',
      'single_parent_share_controlled',
      'targeted_hit_rate',
    ]);
    // A figure switched on: with it, the headline the page leads with (the shipped calibrated sets).
    const sp = by.get('single_parent_share_controlled')!;
    expect(sp.with).toMatchObject({ from: 'calibrated', n: 300, of: 300 });
    expect(sp.with.controlledShare).toBe(calibrated!.controlledShare);
    expect(sp.with.rank).toEqual({ low: calibrated!.rank.low, high: calibrated!.rank.high });
    // Without it: the prior sets meeting the two others (hit rate 0.52 ± 0.10, base rate 0.142 ± 0.05).
    const others = shipped.prior.statistics.filter(
      (st) => Math.abs(st.hitRate - 0.52) <= 0.1 && Math.abs(st.baseRate - 0.142) <= 0.05,
    ).length;
    expect(sp.without).toMatchObject({ from: 'prior', n: others, of: 300 });
    // The precarious share is off: with it, the calibrated sets that also meet 0.67 ± 0.10.
    const precarious = shipped.calibrated.statistics.filter((st) => Math.abs(st.precarious - 0.67) <= 0.1).length;
    expect(by.get('precarious_share_controlled')).toMatchObject({
      on: false,
      with: { from: 'calibrated', n: precarious },
    });
    // Many households at once (pins, deck) do not carry it.
    const many = await api.calibrationHeadlines({ modelId: 'cnaf-2014', households: [mother, mother] });
    expect(many.ok && many.value.map((v) => v.byTarget)).toEqual([undefined, undefined]);
  });

  it('reads the 36 % as asked: the data-mined reading has no shipped calibrated sets, the prior answers', async () => {
    const api = createApi();
    const r = await api.calibrationHeadline({ modelId: 'cnaf-2014', household: mother, reading: 'datamined' });
    if (!r.ok) throw new Error(JSON.stringify(r));
    const shipped = (await shippedEnsembles('cnaf-2014'))!;
    const sp = r.value.byTarget!.find((t) => t.id === 'single_parent_share_controlled')!;
    // (0.36 − 0.3 × 0.16) / 0.7 = 0.4457…, tolerance 0.05 / 0.7; with the two other figures on.
    const kept = shipped.prior.statistics.filter(
      (st) =>
        Math.abs(st.singleParent - 0.312 / 0.7) <= 0.05 / 0.7 &&
        Math.abs(st.hitRate - 0.52) <= 0.1 &&
        Math.abs(st.baseRate - 0.142) <= 0.05,
    ).length;
    expect(sp.with).toMatchObject({ from: 'prior', n: kept });
  });
});

// One threshold (issue 17): controlled under a weight set = logit at or above that set's cut of the
// 166,000th household; over an ensemble, the share of sets. The what-if search aims that share under
// a stated goal; the batch call answers each household as the single call does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHousehold, shippedModels, type Household } from '../../src/engine/index.ts';
import { headline } from '../../src/engine/calibration/headline.ts';
import { householdDesign, shippedEnsembles } from '../../src/engine/calibration/shipped.ts';
import { controlledShare, ensembleWhatIf } from '../../src/engine/calibration/what-if.ts';
import type { Ensemble } from '../../src/engine/calibration/ensemble.ts';
import { modelConstraints } from '../../src/engine/robust/constraints.ts';
import { fieldOf } from '../../src/engine/robust/fields.ts';
import { createApi } from '../../src/worker/api.ts';

const root = new URL('../../', import.meta.url);
const raw = JSON.parse(readFileSync(new URL('test/cases/calibration/single-mother-900.json', root), 'utf8'));
const mother: Household = decodeHousehold(raw).household;
const model = shippedModels().find((m) => m.id === 'dmde-2026-modele-1')!;
const c = modelConstraints(model);

/** A two-slot ensemble by hand: three sets, cuts 0, 1 and 2, importances 0.5, 0.3, 0.2. */
const tiny: Ensemble = {
  kind: 'calibrated',
  model: 't',
  slots: 2,
  keys: ['a', 'b'],
  sets: 3,
  weights: Float64Array.from([1, 0, 1, 0, 1, 0]),
  importance: Float64Array.from([0.5, 0.3, 0.2]),
  cut: Float64Array.from([0, 1, 2]),
  tables: new Float64Array(3 * 1001),
  statistics: [],
};

describe('the threshold under an ensemble', () => {
  it('counts a set when the logit is at or above its cut, weighted by importance', () => {
    expect(controlledShare(tiny, [-0.1, 5])).toBe(0);
    expect(controlledShare(tiny, [0, 5])).toBe(0.5);
    expect(controlledShare(tiny, [1.5, 0])).toBeCloseTo(0.8, 12);
    expect(controlledShare(tiny, [2, 0])).toBeCloseTo(1, 12);
    expect(() => controlledShare(tiny, [1])).toThrow(RangeError);
  });

  it('is the share the headline gives, on the shipped ensembles', async () => {
    const s = (await shippedEnsembles(model.id))!;
    const x = householdDesign(model, mother, c);
    for (const e of [s.calibrated, s.prior]) expect(controlledShare(e, x)).toBe(headline(e, x).controlledShare);
  });
});

describe('the what-if search over an ensemble', () => {
  it('finds the changes that bring the share under the goal; the share after is the lookup of the changed household', () => {
    // One set, the model's example weights, cut at her own logit: she is controlled (at or above), and
    // any change that lowers her logit gets her out.
    const x = householdDesign(model, mother, c);
    let l = 0;
    for (let k = 0; k < c.size; k++) l += x[k]! * c.value[k]!;
    const one: Ensemble = {
      ...tiny,
      sets: 1,
      slots: c.size,
      keys: c.keys,
      weights: Float64Array.from(c.value),
      importance: Float64Array.from([1]),
      cut: Float64Array.from([l]),
    };
    const r = ensembleWhatIf(model, c, one, mother, { goal: 0.5 });
    expect(r.before).toBe(1);
    expect(r.status).toBe('found');
    expect(r.after).toBe(0);
    let changed = mother;
    for (const ch of r.changes) changed = fieldOf(changed, ch.field)!.set(changed, ch.to);
    expect(controlledShare(one, householdDesign(model, changed, c))).toBe(0);
    expect(r.tried).toBeGreaterThan(0);
  });

  it('says already-under when the goal is above the share, and none when the goal is 0 and no change gets out of every set', () => {
    const h = { ...mother };
    // With an ensemble whose every cut is −∞ every household is controlled under every set: nothing helps.
    const all: Ensemble = {
      ...tiny,
      slots: c.size,
      keys: c.keys,
      weights: new Float64Array(3 * c.size),
      cut: Float64Array.from([-Infinity, -Infinity, -Infinity]),
    };
    const none = ensembleWhatIf(model, c, all, h, { goal: 0.5, maxChanges: 1 });
    expect(none.before).toBe(1);
    expect(none.status).toBe('none');
    const never: Ensemble = { ...all, cut: Float64Array.from([Infinity, Infinity, Infinity]) };
    expect(ensembleWhatIf(model, c, never, h).status).toBe('already-under');
  });
});

describe('the worker’s batch and what-if calls', () => {
  it('answer each household of a batch as the single call does, and name the one that fails', async () => {
    const api = createApi();
    const other = { ...mother, priorityNeighbourhood: !mother.priorityNeighbourhood };
    const batch = await api.calibrationHeadlines({ modelId: model.id, households: [mother, other] });
    if (!batch.ok) throw new Error(JSON.stringify(batch));
    for (const [i, h] of [mother, other].entries()) {
      const one = await api.calibrationHeadline({ modelId: model.id, household: h });
      if (!one.ok) throw new Error(JSON.stringify(one));
      expect(batch.value[i]).toEqual(one.value);
    }
    const bad = await api.calibrationHeadlines({ modelId: model.id, households: [mother, { adults: [{ age: 9 }] }] });
    expect(bad).toMatchObject({ ok: false, reason: 'household' });
    expect((bad as { detail: string }).detail.startsWith('1: ')).toBe(true);
  });

  it('search over the ensemble the page reads: calibrated by default, prior when asked', async () => {
    const api = createApi();
    const s = (await shippedEnsembles(model.id))!;
    const x = householdDesign(model, mother, c);
    const cal = await api.calibrationWhatIf({ modelId: model.id, household: mother, maxChanges: 1 });
    const pri = await api.calibrationWhatIf({ modelId: model.id, household: mother, prior: true, maxChanges: 1 });
    if (!cal.ok || !pri.ok) throw new Error(JSON.stringify([cal, pri]));
    expect(cal.value).toMatchObject({ ensemble: 'calibrated', goal: 0.5, before: controlledShare(s.calibrated, x) });
    expect(pri.value).toMatchObject({ ensemble: 'prior', before: controlledShare(s.prior, x) });
  });
});

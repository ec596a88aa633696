// One threshold (issue 17): controlled under a weight set = logit at or above that set's cut of the
// 166,000th household; over an ensemble, the share of sets. The what-if search aims that share under
// a stated goal; the batch call answers each household as the single call does.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeHousehold, defaultHousehold, shippedModels, type Household } from '../../src/engine/index.ts';
import { encodeColumns } from '../../src/engine/population/columns.ts';
import { composition, populationFromHouseholds } from '../../src/engine/population/population.ts';
import { logistic } from '../../src/engine/score.ts';
import { ensembleComposition } from '../../src/engine/calibration/composition.ts';
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

  it('says already-under when the share is under the goal (0: exactly none), and none when no change gets it there', () => {
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
    expect(ensembleWhatIf(model, c, never, h, { goal: 0 }).status).toBe('already-under');
    expect(ensembleWhatIf(model, c, all, h, { goal: 0, maxChanges: 1 }).status).toBe('none');
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
      // The single call adds the knowledge panel's line per figure (byTarget); the rest is the same.
      const { byTarget, ...rest } = one.value;
      expect(byTarget).toHaveLength(4);
      expect(batch.value[i]).toEqual(rest);
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
    const before = controlledShare(s.calibrated, x);
    // The first goal is under half of the weightings; a household already there aims at none of them.
    expect(cal.value).toMatchObject({ ensemble: 'calibrated', goal: before < 0.5 && before > 0 ? 0 : 0.5, before });
    expect(pri.value).toMatchObject({ ensemble: 'prior', before: controlledShare(s.prior, x) });
  });
});

describe('the controlled group’s composition under an ensemble', () => {
  // Four kinds of household in a population module, as in the population worker's test.
  const cnaf = shippedModels().find((m) => m.id === 'cnaf-2014')!;
  const cc = modelConstraints(cnaf);
  const base = { ...defaultHousehold('2024-12'), benefitsSource: 'declared' as const };
  const kinds: Household[] = [
    base,
    { ...base, priorityNeighbourhood: true },
    { ...base, benefits: { ...base.benefits, rsa: 400 } },
    { ...base, benefits: { ...base.benefits, rsa: 600 }, priorityNeighbourhood: true },
  ];
  const pop = populationFromHouseholds(kinds, [40, 30, 20, 10]);
  const logitOf = (h: Household, w: ArrayLike<number>) => {
    const x = householdDesign(cnaf, h, cc);
    let l = 0;
    for (let k = 0; k < cc.size; k++) l += x[k]! * w[k]!;
    return l;
  };
  // Two sets: the example weights and the same with the QPV weight raised; each cut at the third kind's logit.
  const w1 = Float64Array.from(cc.value);
  const w2 = Float64Array.from(cc.value);
  const qpv = cc.keys.findIndex((k) => k.includes('quartier'));
  w2[qpv] = w2[qpv]! + 1;
  const e: Ensemble = {
    ...tiny,
    sets: 2,
    slots: cc.size,
    keys: cc.keys,
    weights: Float64Array.from([...w1, ...w2]),
    importance: Float64Array.from([0.5, 0.5]),
    cut: Float64Array.from([logitOf(kinds[2]!, w1), logitOf(kinds[2]!, w2)]),
  };

  it('is, per set, the composition of the records at or above the set’s cut', () => {
    expect(qpv).toBeGreaterThan(0);
    const got = ensembleComposition(pop, cnaf, cc, e);
    expect(got.runs).toHaveLength(2);
    [w1, w2].forEach((w, s) => {
      const fraction = Float64Array.from(kinds, (h) => (logitOf(h, w) >= e.cut[s]! ? 1 : 0));
      const controlled = kinds.reduce((sum, _, i) => sum + fraction[i]! * pop.weights[i]!, 0);
      expect(got.runs[s]).toEqual(composition(pop, { fraction, cutScore: logistic(e.cut[s]!), controlled }));
      expect(got.cutScore[s]).toBe(logistic(e.cut[s]!));
    });
  });

  it('is computed once per ensemble by the worker and kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'composition-'));
    mkdirSync(join(dir, 'population'));
    const file = join(dir, 'population', 'foyers.js');
    writeFileSync(file, `export const columns = "${Buffer.from(encodeColumns(pop)).toString('base64')}";\n`);
    const api = createApi();
    const url = pathToFileURL(file).href;
    const first = await api.calibrationComposition({ url, modelId: 'cnaf-2014' });
    const again = await api.calibrationComposition({ url, modelId: 'cnaf-2014' });
    const prior = await api.calibrationComposition({ url, modelId: 'cnaf-2014', prior: true });
    if (!first.ok || !again.ok || !prior.ok) throw new Error(JSON.stringify([first, again, prior]));
    expect(first.value.ensemble).toBe('calibrated');
    expect(prior.value.ensemble).toBe('prior');
    expect(again.value.composition).toBe(first.value.composition);
    expect(prior.value.composition).not.toBe(first.value.composition);
    expect(first.value.composition.draws).toBe(first.value.singleParent.length);
  });
});

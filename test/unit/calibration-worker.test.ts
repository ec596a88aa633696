// The worker's calibration calls: the headline over the shipped ensembles (loaded on first use),
// what it says for a model it cannot answer for, and the calibration of an imported model over a
// population module, with progress and a stop.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  decodeHousehold,
  defaultHousehold,
  modelConstraints,
  shippedModels,
  type Household,
} from '../../src/engine/index.ts';
import { householdDesign, shippedEnsembles } from '../../src/engine/calibration/shipped.ts';
import { encodeColumns } from '../../src/engine/population/columns.ts';
import { populationFromHouseholds } from '../../src/engine/population/population.ts';
import { SHIPPED_TARGETS_CSV } from '../../src/calibration/targets.ts';
import { createApi } from '../../src/worker/api.ts';

const root = new URL('../../', import.meta.url);
const mother = JSON.parse(readFileSync(new URL('test/cases/calibration/single-mother-900.json', root), 'utf8'));
const cnaf = shippedModels().find((m) => m.id === 'cnaf-2014')!;
const reason = (a: unknown) => (a as { ok: boolean; reason?: string }).reason;

// Four kinds of household, as in the population worker's test, in a module like the shipped one.
const base = { ...defaultHousehold('2024-12'), benefitsSource: 'declared' as const };
const kinds: Household[] = [
  base,
  { ...base, priorityNeighbourhood: true },
  { ...base, benefits: { ...base.benefits, rsa: 400 } },
  { ...base, benefits: { ...base.benefits, rsa: 600 }, priorityNeighbourhood: true },
];
// At population/foyers.js, as the worker imports no other module (test/unit/population-url.test.ts).
const dir = join(mkdtempSync(join(tmpdir(), 'calibration-')), 'population');
mkdirSync(dir);
writeFileSync(
  join(dir, 'foyers.js'),
  `export const columns = "${Buffer.from(encodeColumns(populationFromHouseholds(kinds, [40, 30, 20, 10]))).toString('base64')}";\n`,
);
const url = pathToFileURL(join(dir, 'foyers.js')).href;
// 10 of the 100 households controlled; one wide target on the mean score.
const targets = SHIPPED_TARGETS_CSV.replace(/^controlled_count,([^,]*),166000,/m, 'controlled_count,$1,10,').replace(
  '0.142,0.05',
  '0.2,0.1',
);

describe('the worker’s calibration calls', () => {
  it('answer a shipped model from its shipped ensembles, calibrated beside prior, with the narrowing', async () => {
    const api = createApi();
    const r = await api.calibrationHeadline({ modelId: 'cnaf-2014', household: mother });
    if (!r.ok) throw new Error(JSON.stringify(r));
    const { calibrated, prior, narrowing, source } = r.value;
    expect(source).toBe('shipped');
    expect(calibrated!.ensemble).toBe('calibrated');
    expect(prior!.ensemble).toBe('prior');
    const width = (h: typeof prior) => h!.rank.high - h!.rank.low;
    expect(narrowing).toBeCloseTo(1 - width(calibrated) / width(prior), 12);
  });

  it('give each variable’s range of effect over the shipped calibrated ensemble, and none for a copy', async () => {
    const api = createApi();
    const r = await api.calibrationEffects({ modelId: 'cnaf-2014', household: mother });
    if (!r.ok) throw new Error(JSON.stringify(r));
    const shipped = (await shippedEnsembles('cnaf-2014'))!.calibrated;
    expect(r.value).toMatchObject({ ensemble: 'calibrated', source: 'shipped', n: shipped.sets });
    expect(r.value.terms.length).toBeGreaterThan(0);
    // Each term by hand over the sets: its 5 % and 95 % hold at least 5 % of the importance outside.
    const c = modelConstraints(cnaf);
    const x = householdDesign(cnaf, decodeHousehold(mother).household, c);
    for (const t of r.value.terms) {
      const j = cnaf.variables.findIndex((v) => v.id === t.variable);
      let below = 0;
      let above = 0;
      for (let s = 0; s < shipped.sets; s++) {
        let v = 0;
        for (let k = c.firstSlot[j]!; k < c.firstSlot[j + 1]!; k++) v += x[k]! * shipped.weights[s * c.size + k]!;
        if (v < t.q05) below += shipped.importance[s]!;
        if (v > t.q95) above += shipped.importance[s]!;
      }
      expect(below, t.variable).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(above, t.variable).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(t.q05).toBeLessThanOrEqual(t.q50);
      expect(t.q50).toBeLessThanOrEqual(t.q95);
    }
    const { origin: _, ...raw } = { ...cnaf, id: 'copie' };
    api.putModel(raw, 'copie.json');
    expect(reason(await api.calibrationEffects({ modelId: 'copie', household: mother }))).toBe('not-calibrated');
  });

  it('say why they cannot answer', async () => {
    const api = createApi();
    expect(reason(await api.calibrationHeadline({ modelId: 'nope', household: mother }))).toBe('unknown-model');
    expect(reason(await api.calibrationHeadline({ modelId: 'dmde-2026-modele-2', household: mother }))).toBe('card');
    expect(reason(await api.calibrationHeadline({ modelId: 'cnaf-2014', household: { adults: [{ age: 9 }] } }))).toBe(
      'household',
    );
    const { origin: _, ...raw } = { ...cnaf, id: 'copie' };
    expect(api.putModel(raw, 'copie.json').ok).toBe(true);
    expect(reason(await api.calibrationHeadline({ modelId: 'copie', household: mother }))).toBe('not-calibrated');
  });

  it('calibrate an imported model with progress, then answer its headline from the worker', async () => {
    const api = createApi();
    const { origin: _, ...raw } = { ...cnaf, id: 'copie' };
    api.putModel(raw, 'copie.json');
    const seen: number[] = [];
    const r = await api.calibrate(
      { url, modelId: 'copie', targets, use: ['learning_base_rate'], particles: 200, seed: 4 },
      (p) => seen.push(p.simulations),
    );
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.value).toMatchObject({ model: 'copie', met: true, stopped: false, prior: { n: 200 } });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const base = r.value.targets.find((t) => t.id === 'learning_base_rate')!;
    expect(base.q05).toBeGreaterThanOrEqual(0.1);
    expect(base.q95).toBeLessThanOrEqual(0.3);
    // Its ensembles are kept under the targets it was calibrated on: the defaults have none yet.
    expect(await api.calibrationHeadline({ modelId: 'copie', household: mother })).toMatchObject({
      ok: false,
      reason: 'not-calibrated',
    });
    const h = await api.calibrationHeadline({
      modelId: 'copie',
      household: mother,
      targets,
      use: ['learning_base_rate'],
    });
    expect(h.ok && h.value.source).toBe('worker');
  });

  it('open the population view of a shipped model from its stored figures: no record loaded', async () => {
    const api = createApi();
    // A population module that does not exist: any read of the records would fail the call.
    const missing = pathToFileURL(join(mkdtempSync(join(tmpdir(), 'none-')), 'population', 'foyers.js')).href;
    const r = await api.calibrationPopulation({ url: missing, modelId: 'cnaf-2014', household: mother });
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.value.records).toBe(false);
    const shipped = (await shippedEnsembles('cnaf-2014'))!;
    expect(r.value.composition).toMatchObject({ ensemble: 'calibrated', source: 'shipped' });
    expect(r.value.composition.composition.draws).toBe(shipped.calibrated.sets);
    expect(r.value.overview).toMatchObject({ records: 100_000, controlled: 166_000, loadMs: 0 });
    expect(r.value.overview.card?.margins.length).toBeGreaterThan(0);
    // The household's place: the headline's lookup over the same ensemble.
    const h = await api.calibrationHeadline({ modelId: 'cnaf-2014', household: mother });
    expect(h.ok && h.value.calibrated).toEqual(r.value.headline);
    // The prior, and a household edit: the same, still without records.
    const p = await api.calibrationPopulation({ url: missing, modelId: 'cnaf-2014', household: mother, prior: true });
    expect(p.ok && [p.value.records, p.value.composition.ensemble]).toEqual([false, 'prior']);
    // What it cannot answer, it says: a card, an invalid household.
    const card = await api.calibrationPopulation({ url: missing, modelId: 'dmde-2026-modele-2', household: mother });
    expect(reason(card)).toBe('card');
    const bad = await api.calibrationPopulation({
      url: missing,
      modelId: 'cnaf-2014',
      household: { adults: [{ age: 9 }] },
    });
    expect(reason(bad)).toBe('household');
  });

  it('answer every calibrated call from the ensemble of the targets switched on', async () => {
    const api = createApi();
    // A shipped model calibrated here on other targets (the small population): kept under those targets.
    const ask = { targets, use: ['learning_base_rate'] };
    const r = await api.calibrate({ url, modelId: 'cnaf-2014', ...ask, particles: 200, seed: 4 });
    if (!r.ok || !r.value.met) throw new Error(JSON.stringify(r));
    const head = await api.calibrationHeadline({ modelId: 'cnaf-2014', household: mother, ...ask });
    const shippedHead = await api.calibrationHeadline({ modelId: 'cnaf-2014', household: mother });
    if (!head.ok || !shippedHead.ok) throw new Error('headline');
    expect([head.value.source, shippedHead.value.source]).toEqual(['worker', 'shipped']);
    // The two ensembles answer differently for her (else this test could not tell them apart).
    expect(head.value.calibrated!.rank).not.toEqual(shippedHead.value.calibrated!.rank);

    const effects = await api.calibrationEffects({ modelId: 'cnaf-2014', household: mother, ...ask });
    expect(effects.ok && [effects.value.source, effects.value.n]).toEqual(['worker', 200]);
    const shippedEffects = await api.calibrationEffects({ modelId: 'cnaf-2014', household: mother });
    expect(shippedEffects.ok && shippedEffects.value.source).toBe('shipped');

    const what = await api.calibrationWhatIf({ modelId: 'cnaf-2014', household: mother, goal: 0.5, ...ask });
    if (!what.ok) throw new Error(JSON.stringify(what));
    expect(what.value.sets).toBe(200);
    expect(what.value.before).toBeCloseTo(head.value.calibrated!.controlledShare, 12);

    const comp = await api.calibrationComposition({ url, modelId: 'cnaf-2014', ...ask });
    expect(comp.ok && [comp.value.source, comp.value.composition.draws]).toEqual(['worker', 200]);
    const view = await api.calibrationPopulation({ url, modelId: 'cnaf-2014', household: mother, ...ask });
    if (!view.ok) throw new Error(JSON.stringify(view));
    expect([view.value.composition.source, view.value.composition.composition.draws]).toEqual(['worker', 200]);
    expect(view.value.headline).toEqual(head.value.calibrated);
  });

  it('stop a calibration under way when asked', async () => {
    const api = createApi();
    const { origin: _, ...raw } = { ...cnaf, id: 'copie' };
    api.putModel(raw, 'copie.json');
    const r = await api.calibrate({ url, modelId: 'copie', targets, particles: 200, seed: 4 }, () => {
      void api.stopCalibration();
    });
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.value.stopped).toBe(true);
    expect(r.value.met).toBe(false);
    expect(r.value.accepted.n).toBe(0);
  });
});

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

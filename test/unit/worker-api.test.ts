import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../src/worker/api.ts';
import { defaultHousehold, logistic } from '../../src/engine/index.ts';

const FIXTURE = readFileSync(new URL('../fixtures/models/known-weights.csv', import.meta.url), 'utf8');

describe('worker api', () => {
  it('evaluates a household and echoes the request id', () => {
    const api = createApi();
    const h = defaultHousehold('2026-11');
    h.benefitsSource = 'declared';
    h.benefits.rsa = 500;
    // A fixture of known weights, so that the shipped placeholders can change freely.
    const loaded = api.loadModel(FIXTURE, 'known-weights.csv');
    expect(loaded.ok).toBe(true);
    const r = api.evaluate({ id: 7, modelId: 'import-known-weights', household: h });
    expect(r.id).toBe(7);
    expect(r.evaluation.ok).toBe(true);
    // −2 + 0.002 × 500 RSA + 0.004 × 0 prime d'activité = −1
    if (r.evaluation.ok) expect(r.evaluation.score.score).toBeCloseTo(logistic(-1), 14);
  });

  it('returns located errors, not a crash, for an impossible household', () => {
    const r = createApi().evaluate({ id: 1, modelId: 'cnaf-2014', household: { adults: [{ age: 9 }] } });
    expect(r.evaluation.ok).toBe(false);
    if (!r.evaluation.ok) expect(r.evaluation.errors[0]!.path).toBe('adults[0].age');
  });

  it('refuses to score the model card and an unknown model, saying why', () => {
    const api = createApi();
    const card = api.evaluate({ id: 1, modelId: 'dmde-2026-modele-2', household: defaultHousehold('2026-11') });
    expect(!card.evaluation.ok && card.evaluation.errors[0]!.id).toBe('engine.card');
    const none = api.evaluate({ id: 2, modelId: 'nope', household: defaultHousehold('2026-11') });
    expect(!none.evaluation.ok && none.evaluation.errors[0]!.id).toBe('engine.unknownModel');
  });

  it('keeps an imported model under its own id, marked as imported', () => {
    const api = createApi();
    const r = api.loadModel('variable,level,coefficient\nintercept,,0\ntutelle,1,1\n', 'mes poids.csv');
    expect(r.ok && r.model.id).toBe('import-mes-poids');
    expect(api.listModels().find((m) => m.id === 'import-mes-poids')?.origin).toEqual({
      kind: 'imported',
      file: 'mes poids.csv',
    });
    const h = { ...defaultHousehold('2026-11'), guardianship: true };
    const e = api.evaluate({ id: 3, modelId: 'import-mes-poids', household: h }).evaluation;
    expect(e.ok && e.score.score).toBeCloseTo(logistic(1), 15);
  });

  it('decodes a model file given as bytes, as the app sends it: here a table in UTF-16 LE with a BOM', () => {
    const text = 'variable,level,coefficient\nintercept,,0\ntutelle,1,1\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...Array.from(text, (c) => [c.charCodeAt(0), 0]).flat()]);
    const r = createApi().loadModel(bytes, 'utf16.csv');
    expect(r.ok && r.model.intercept.value).toBe(0);
  });

  it('scores a batch row by row like single calls', () => {
    const api = createApi();
    api.loadModel(
      readFileSync(new URL('../cases/bad-models/valid-reference.json', import.meta.url), 'utf8'),
      'petit.json',
    );
    // rows: b, c (level index), n
    const rows = new Float64Array([0, 0, 0, 1, 1, 5]);
    const out = api.scoreBatch('petit', rows, 3);
    expect(out[0]).toBeCloseTo(logistic(-1), 15);
    expect(out[1]).toBeCloseTo(logistic(-1 + 0.5 + 0.2 + 0.3), 15);
  });
});

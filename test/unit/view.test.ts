// The engine's one call per edit: what it returns is what the separate calls returned, the
// household is decoded once (and each pin once), and the score comes first.
import { describe, expect, it } from 'vitest';
import {
  decodeHousehold,
  evaluate,
  foldScore,
  RobustContext,
  shippedModels,
  view,
  viewPhases,
  type Model,
} from '../../src/engine/index.ts';
import { defaultHousehold } from '../../src/household/household.ts';
import presets from '../../src/presets/presets.json';

const models = new Map<string, Model>(shippedModels().map((m) => [m.id, m]));
const scorable = [...models.values()].filter((m) => m.kind === 'model').map((m) => m.id);
const month = '2026-09';
const households = presets.map((p) => decodeHousehold({ ...p.household, month }, month).household);

describe('view', () => {
  it('decodes the household once and each pin once, whatever the panels asked', () => {
    let decoded = 0;
    const decode = (raw: unknown) => (decoded++, decodeHousehold(raw));
    const req = {
      household: households[0],
      modelId: 'cnaf-2014',
      pins: [households[1], households[2]],
      others: scorable,
      sweepFields: ['adults[0].earnings', 'housing.rent'],
    };
    const v = view(models, req, new RobustContext(), { decode });
    expect(decoded).toBe(3);
    expect(v.explorer?.cells).toHaveLength(3);
    expect(v.others.map((c) => c.model).sort()).toEqual(scorable.filter((id) => id !== 'cnaf-2014').sort());
    expect(v.sweeps.map((s) => s.field)).toEqual(['adults[0].earnings', 'housing.rent']);
    expect(v.sweeps.every((s) => s.household === 0)).toBe(true);
  });

  it('gives what the separate evaluation and explorer calls gave, for every preset and model', () => {
    for (const modelId of scorable)
      for (const h of households) {
        const model = models.get(modelId)!;
        const v = view(models, { household: h, modelId, others: scorable }, new RobustContext());
        const e = evaluate(model, h);
        expect(v.evaluation).toEqual(e.ok ? { ...e, score: foldScore(e.score) } : e);
        const alone = new RobustContext().explore([model], [decodeHousehold(h).household], { sweepFields: [] });
        expect(v.explorer).toEqual(alone);
        const others = new RobustContext().explore(
          scorable.filter((id) => id !== modelId).map((id) => models.get(id)!),
          [decodeHousehold(h).household],
          { sweepFields: [], pairs: [] },
        );
        expect(v.others).toEqual(others.cells);
      }
  });

  it('yields the score before computing any range', () => {
    const ctx = new RobustContext();
    const phases = viewPhases(models, { household: defaultHousehold(month), modelId: 'cnaf-2014' }, ctx);
    const first = phases.next();
    expect(first.done).toBe(false);
    expect(first.value).toMatchObject({ ok: true });
    // no band drawn yet: the explorer has not compiled this model's constraints
    expect(ctx.constraints).toBeDefined();
    const rest = phases.next();
    expect(rest.done).toBe(true);
    expect(rest.done && rest.value.explorer?.cells).toHaveLength(1);
  });

  it('says the model is unknown, and draws nothing', () => {
    const v = view(models, { household: defaultHousehold(month), modelId: 'nope' });
    expect(v.evaluation.ok).toBe(false);
    expect(!v.evaluation.ok && v.evaluation.errors[0]!.id).toBe('engine.unknownModel');
    expect(v.explorer).toBeNull();
    expect(v.others).toEqual([]);
  });

  it('decodes an invalid household once and stops at its errors', () => {
    let decoded = 0;
    const decode = (raw: unknown) => (decoded++, decodeHousehold(raw));
    const v = view(
      models,
      { household: { adults: [{ age: 9 }] }, modelId: 'cnaf-2014', pins: [households[0]] },
      undefined,
      {
        decode,
      },
    );
    expect(decoded).toBe(1);
    expect(v.evaluation.ok).toBe(false);
    expect(v.explorer).toBeNull();
  });
});

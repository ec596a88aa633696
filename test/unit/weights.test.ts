// Weights edited by an expert: the edited copy, its round trip through the engine, a share link and CSV.
import { describe, expect, it } from 'vitest';
import {
  defaultHousehold,
  isFree,
  modelToCsv,
  shippedModels,
  loadModelText,
  score,
  logistic,
} from '../../src/engine/index.ts';
import { createApi } from '../../src/worker/api.ts';
import { buildFragment, parseFragment } from '../../src/state/url.ts';
import { EDITED_SUFFIX, editedModel, weightOf, weightRefs } from '../../src/state/weights.ts';

const base = shippedModels().find((m) => m.id === 'cnaf-2014')!;

describe('edited weights', () => {
  it('lists every weight of a model once, the intercept first', () => {
    const refs = weightRefs(base);
    expect(refs[0]).toEqual({ variable: 'intercept' });
    expect(new Set(refs.map((r) => `${r.variable}/${r.part}`)).size).toBe(refs.length);
    for (const r of refs) expect(weightOf(base, r), JSON.stringify(r)).toBeDefined();
  });

  it('makes a valid copy under a new id, the changed number marked as a placeholder from the user', () => {
    const api = createApi();
    const ref = weightRefs(base)[1]!;
    const before = weightOf(base, ref)!.value;
    const r = api.putModel(editedModel(base, [{ ...ref, value: before * 2 }], 'edited here'), base.id);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.model.id).toBe(`cnaf-2014${EDITED_SUFFIX}`);
    expect(weightOf(r.model, ref)).toMatchObject({ value: before * 2, status: 'placeholder', source: 'edited' });
    expect(weightOf(base, ref)!.value).toBe(before);
  });

  it('fixes a typed weight at its value: no longer free, its term one point, the band narrower', () => {
    const api = createApi();
    const h = defaultHousehold('2026-09');
    const before = api.explore({ id: 0, modelIds: [base.id], households: [h], sweepFields: [] });
    if (!before.answer.ok) throw new Error('not explored');
    const cell = before.answer.value.cells[0]!;
    // The widest free term this household uses, typed at a value inside its range.
    const widest = cell.terms.filter((t) => t.free).sort((a, b) => b.hi - b.lo - (a.hi - a.lo))[0]!;
    const v = base.variables.find((x) => x.id === widest.variable)!;
    const ref = weightRefs(base).find((r) => r.variable === v.id && r.part === undefined)!;
    const r = api.putModel(editedModel(base, [{ ...ref, value: 0.3 }], 'x'), base.id);
    if (!r.ok) throw new Error('not valid');
    expect(isFree(weightOf(r.model, ref)!, v)).toBe(false);
    const after = api.explore({ id: 0, modelIds: [r.model.id], households: [h], sweepFields: [] });
    if (!after.answer.ok) throw new Error('not explored');
    const now = after.answer.value.cells[0]!;
    const term = now.terms.find((t) => t.variable === v.id)!;
    expect(term.free).toBe(false);
    expect(term.hi - term.lo).toBe(0);
    expect(now.band.q95 - now.band.q05).toBeLessThan(cell.band.q95 - cell.band.q05);
  });

  it('scores with the edited weight: the intercept doubled moves the logit by the intercept', () => {
    const api = createApi();
    const b0 = base.intercept.value;
    const r = api.putModel(editedModel(base, [{ variable: 'intercept', value: 2 * b0 }], 'x'), base.id);
    if (!r.ok) throw new Error('not valid');
    const plain = score(base, {});
    const edited = score(r.model, {});
    expect(edited.logit).toBeCloseTo(plain.logit + b0, 12);
    expect(edited.score).toBeCloseTo(logistic(plain.logit + b0), 12);
  });

  it('round-trips through a share link and through a coefficient table', () => {
    const ref = weightRefs(base)[2]!;
    const changes = [{ ...ref, value: 1.25 }];
    const hash = buildFragment({ lang: 'fr', model: base.id + EDITED_SUFFIX, weights: { base: base.id, changes } });
    expect(parseFragment(hash, '2026-09').weights).toEqual({ base: base.id, changes });
    const api = createApi();
    const r = api.putModel(editedModel(base, changes, 'x'), base.id);
    if (!r.ok) throw new Error('not valid');
    const back = loadModelText(modelToCsv(r.model), 'edited.csv', shippedModels());
    expect(back.ok && weightOf(back.value, ref)!.value).toBe(1.25);
  });

  it('refuses a link whose weights are not an edit, and says so', () => {
    const bad = Buffer.from(JSON.stringify({ base: 'cnaf-2014', changes: [{ variable: 'x', value: 'NaN' }] })).toString(
      'base64url',
    );
    const r = parseFragment(`#model=cnaf-2014&poids=${bad}`, '2026-09');
    expect(r.weights).toBeUndefined();
    expect(r.problems.map((p) => p.id)).toEqual(['link.weights']);
  });
});

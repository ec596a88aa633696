import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../src/worker/api.ts';
import { defaultHousehold, designVector, evaluate, modelConstraints, plausibleRange } from '../../src/engine/index.ts';
import {
  freeEffect,
  quantiles90,
  quantileSorted,
  RobustContext,
  sampleWeights,
  scoreBand,
  shippedModels,
  weightsOf,
} from '../../src/engine/index.ts';
import type { Household } from '../../src/engine/index.ts';

const worker: Household = defaultHousehold('2026-03');
const unemployed: Household = {
  ...worker,
  adults: [{ age: 35, activity: 'chomeur', earnings: 0, otherIncome: 0, aah: 0 }],
  history: { ...worker.history, monthsWorked12: 0 },
};

describe('quantiles by selection', () => {
  it('equal the quantiles of the sorted values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 200 }), (xs) => {
        const sorted = Float64Array.from(xs).sort();
        const q = quantiles90(Float64Array.from(xs));
        return (
          q.q05 === quantileSorted(sorted, 0.05) &&
          q.q50 === quantileSorted(sorted, 0.5) &&
          q.q95 === quantileSorted(sorted, 0.95)
        );
      }),
    );
  });
});

describe('the shipped models as ranges', () => {
  it.each(
    shippedModels()
      .filter((m) => m.kind === 'model')
      .map((m) => [m.id, m] as const),
  )('%s has every example value inside its plausible range', (_, m) => {
    for (const v of m.variables)
      for (const { key, n } of weightsOf(v)) {
        const [lo, hi] = plausibleRange(n, v);
        expect(n.value >= lo && n.value <= hi, key).toBe(true);
      }
    const [lo, hi] = plausibleRange(m.intercept);
    expect(m.intercept.value >= lo && m.intercept.value <= hi).toBe(true);
  });
});

describe('the explorer', () => {
  const models = shippedModels();
  const view = new RobustContext().explore(models, [worker, unemployed], { samples: 300, seed: 4 });

  it('scores every scorable model for every pinned household, the card left out', () => {
    expect(view.cells.map((c) => `${c.model}/${c.household}`)).toEqual([
      'dmde-2026-modele-1/0',
      'dmde-2026-modele-1/1',
      'cnaf-2014/0',
      'cnaf-2014/1',
    ]);
  });

  it('gives each cell the band of its design vector and the exact example score of evaluate()', () => {
    for (const cell of view.cells) {
      const m = models.find((x) => x.id === cell.model)!;
      const e = evaluate(m, [worker, unemployed][cell.household]);
      if (!e.ok) throw new Error('household does not decode');
      const c = modelConstraints(m);
      expect(cell.example.score).toBeCloseTo(e.score.score, 14);
      expect(cell.band.example).toBeCloseTo(e.score.score, 14);
      expect(cell.band).toEqual(scoreBand(c, sampleWeights(c, 300, 4), designVector(m, c, e.features)));
      expect(cell.band.q05).toBeLessThanOrEqual(cell.band.q50);
      expect(cell.band.q50).toBeLessThanOrEqual(cell.band.q95);
    }
  });

  it('brackets each term between the ends of its weights’ ranges', () => {
    const cell = view.cells.find((c) => c.model === 'cnaf-2014' && c.household === 1)!;
    // Unemployed: the + boolean chomage has a default range [0, 2].
    expect(cell.terms.find((t) => t.variable === 'chomage')).toMatchObject({
      variable: 'chomage',
      lo: 0,
      hi: 2,
      example: 0.4,
      free: true,
      // its one slot, at value 1, of known direction +
      x: 1,
      sign: 1,
    });
  });

  it('sums the free terms a household uses into the collapsed row, by hand', () => {
    const cell = view.cells.find((c) => c.model === 'cnaf-2014' && c.household === 1)!;
    const collapsed = freeEffect(cell.terms);
    // Unemployed on RSA, 0 months worked, rent share 0.85: four + booleans and a + bin in [0, 2] each;
    // months worked 0 and age 35 × [−0.05, 0.05] ("?" in years, span 40).
    expect(collapsed.variables).toEqual([
      'revenu_uc_sous_942',
      'chomage',
      'percoit_rsa',
      'taux_effort_loyer',
      'age_responsable',
    ]);
    expect(collapsed.lo).toBeCloseTo(-35 * 0.05, 12);
    expect(collapsed.hi).toBeCloseTo(4 * 2 + 35 * 0.05, 12);
  });

  it('compares every pair under the same draws', () => {
    expect(view.comparisons.map((c) => [c.model, c.a, c.b])).toEqual([
      ['dmde-2026-modele-1', 0, 1],
      ['cnaf-2014', 0, 1],
    ]);
    // Unemployed: every criterion that differs raises the score, but the two rent shares fall in two
    // different + bins (0.37 and 0.85) whose order is not known: the verdict must refuse, naming it.
    expect(view.comparisons[1]!.dominance).toMatchObject({
      verdict: 'none',
      closest: 'b>=a',
      breaking: ['taux_effort_loyer'],
    });
  });
});

describe('the worker’s robust calls', () => {
  const api = createApi();
  it('answer with plain, structured-cloneable data', () => {
    const ex = api.explore({ id: 3, modelIds: ['cnaf-2014'], households: [worker, unemployed], samples: 200 });
    expect(ex.id).toBe(3);
    expect(ex.answer.ok).toBe(true);
    // At a rent of 300 € the worker's rent share (0.2) is in the reference bin: now A ≥ B holds.
    const rent = (h: Household): Household => ({ ...h, housing: { ...h.housing, status: 'locataire', rent: 300 } });
    const cmp = api.compare({ modelId: 'cnaf-2014', a: rent(unemployed), b: rent(worker), samples: 2000 });
    expect(cmp.ok && cmp.value.dominance.verdict).toBe('a>=b');
    expect(cmp.ok && cmp.value.sampled.aHigher).toBe(1);
    const w = api.weights('dmde-2026-modele-1');
    expect(w.ok && w.value.keys[0]).toBe('intercept');
    for (const r of [ex, cmp, w]) expect(structuredClone(r)).toEqual(r);
  });

  it('name the household field that does not decode, and an unknown model', () => {
    const bad = api.compare({ modelId: 'cnaf-2014', a: worker, b: { adults: [{ age: 9 }] } });
    expect(!bad.ok && bad.errors[0]!.path).toBe('households[1].adults[0].age');
    const none = api.explore({ id: 1, modelIds: ['nope'], households: [worker] });
    expect(!none.answer.ok && none.answer.errors[0]!.id).toBe('engine.unknownModel');
  });
});

describe('an edited model in the worker', () => {
  it('is kept from a plain object, marked as imported, and explored beside the card it skips', () => {
    const api = createApi();
    const { origin: _o, ...file } = structuredClone(shippedModels().find((m) => m.id === 'cnaf-2014')!);
    const r = api.putModel({ ...file, id: 'cnaf-2014-modifie' }, 'cnaf-2014-modifie.json');
    expect(r.ok && r.model.origin).toEqual({ kind: 'imported', file: 'cnaf-2014-modifie.json' });
    const ex = api.explore({
      id: 1,
      modelIds: ['cnaf-2014-modifie', 'dmde-2026-modele-2'],
      households: [worker],
      samples: 50,
    });
    expect(ex.answer.ok && ex.answer.value.cells.map((c) => c.model)).toEqual(['cnaf-2014-modifie']);
  });
});

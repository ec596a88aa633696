// Rank and composition on a small hand-built population whose answers are worked out by hand:
// four kinds of household, weights 50, 30, 15 and 5 (100 in all), and a model whose log-odds are
// 1 for the RSA and 2 for a priority neighbourhood.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultHousehold,
  shippedModels,
  type BooleanVariable,
  type Household,
  type Model,
} from '../../src/engine/index.ts';
import {
  composition,
  percentile,
  populationFromHouseholds,
  populationScores,
  selectControlled,
  wouldBeControlled,
} from '../../src/engine/population/population.ts';
import { compositionOverDraws, parameterNames, rangeOf, rankOverDraws } from '../../src/engine/population/draws.ts';

const coef = (value: number) => ({ value, status: 'placeholder' as const, source: 'test' });
const flag = (id: string, value: number): BooleanVariable => ({
  id,
  type: 'boolean',
  label: { fr: id, en: id },
  labelStatus: 'placeholder',
  source: 'test',
  coefficient: coef(value),
});
const model: Model = {
  ...shippedModels()[0]!,
  id: 'test',
  intercept: coef(0),
  variables: [flag('percoit_rsa', 1), flag('quartier_prioritaire', 2)],
};
const sigma = (x: number) => 1 / (1 + Math.exp(-x));

function household(kind: 'single' | 'singleParent' | 'coupleWithChildren', rsa: boolean, qpv: boolean): Household {
  const h = defaultHousehold('2026-06');
  h.benefitsSource = 'declared';
  if (kind !== 'single') h.children = [{ age: 8, activity: 'scolaire' }];
  if (kind === 'coupleWithChildren') h.adults.push({ ...h.adults[0]! });
  h.benefits.rsa = rsa ? 400 : 0;
  h.priorityNeighbourhood = qpv;
  return h;
}
// A: score σ(0), B: σ(1), C: σ(2), D: σ(3).
const A = household('single', false, false);
const B = household('singleParent', true, false);
const C = household('coupleWithChildren', false, true);
const D = household('singleParent', true, true);
const pop = populationFromHouseholds([A, B, C, D], [50, 30, 15, 5]);
const scores = populationScores(pop, model);
const share = (g: string, level = 'yes') =>
  composition(pop, selectControlled(scores, pop.weights, { count: 10 })).find(
    (x) => x.group === g && x.level === level,
  )!;

describe('the rank of a household', () => {
  it('scores each record by the model', () => {
    expect([...scores]).toEqual([sigma(0), sigma(1), sigma(2), sigma(3)]);
  });

  it('is the weighted share of lower scores, ties counted half', () => {
    // B: 50 below, 30 tied → (50 + 15) / 100.
    expect(percentile(scores, pop.weights, sigma(1))).toBeCloseTo(0.65, 12);
    // D: 95 below, 5 tied.
    expect(percentile(scores, pop.weights, sigma(3))).toBeCloseTo(0.975, 12);
    // Between B and C: 80 below, none tied; above everyone: 1.
    expect(percentile(scores, pop.weights, sigma(1.5))).toBeCloseTo(0.8, 12);
    expect(percentile(scores, pop.weights, 0.99)).toBe(1);
  });

  it('says who would be controlled: fewer households than the threshold score higher', () => {
    expect(wouldBeControlled(scores, pop.weights, { count: 10 }, sigma(2))).toBe(true); // 5 higher
    expect(wouldBeControlled(scores, pop.weights, { count: 10 }, sigma(1))).toBe(false); // 20 higher
    expect(wouldBeControlled(scores, pop.weights, { share: 0.25 }, sigma(1))).toBe(true);
  });
});

describe('the controlled group', () => {
  it('takes the highest scores, sharing the places left at the cut among the tied records', () => {
    const sel = selectControlled(scores, pop.weights, { count: 10 });
    // D (5) in full, then 5 of C's 15.
    expect(sel.cutScore).toBe(sigma(2));
    expect([...sel.fraction]).toEqual([0, 0, 1 / 3, 1]);
    expect(sel.controlled).toBeCloseTo(10, 12);
  });

  it('finds the same cut as sorting every score, ties included', () => {
    // The naive way: sort the distinct scores down, stop at the first whose records and those above weigh k.
    const naive = (scores: number[], weights: number[], k: number) => {
      const distinct = [...new Set(scores)].sort((a, b) => b - a);
      return distinct.find((c) => scores.reduce((w, x, i) => w + (x >= c ? weights[i]! : 0), 0) >= k);
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 50 })), {
          minLength: 1,
          maxLength: 60,
        }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (records, part) => {
          const s = records.map(([x]) => x / 10);
          const w = records.map(([, y]) => y);
          const total = w.reduce((a, b) => a + b, 0);
          const sel = selectControlled(Float64Array.from(s), w, { share: part });
          expect(sel.cutScore).toBe(naive(s, w, part * total));
          expect(sel.controlled).toBeCloseTo(part * total, 9);
        },
      ),
    );
  });

  it('reads a threshold as a share of the population', () => {
    const sel = selectControlled(scores, pop.weights, { share: 0.2 });
    expect([...sel.fraction]).toEqual([0, 0, 1, 1]);
  });

  it('does not depend on the order of the records', () => {
    const shuffled = populationFromHouseholds([C, D, A, B], [15, 5, 50, 30]);
    const s = selectControlled(populationScores(shuffled, model), shuffled.weights, { count: 10 });
    expect([...s.fraction]).toEqual([1 / 3, 1, 0, 0]);
  });

  it('has the composition worked out by hand, with over-representation ratios', () => {
    // Controlled: D 5 (single parent, RSA, QPV) + C 5 (couple with children, QPV).
    expect(share('familyType', 'singleParent')).toMatchObject({ population: 0.35, controlled: 0.5 });
    expect(share('familyType', 'singleParent').ratio).toBeCloseTo(0.5 / 0.35, 12);
    expect(share('familyType', 'coupleWithChildren').controlled).toBeCloseTo(0.5, 12);
    expect(share('familyType', 'single')).toMatchObject({ population: 0.5, controlled: 0, ratio: 0 });
    expect(share('rsa').controlled).toBeCloseTo(0.5, 12);
    expect(share('qpv').controlled).toBeCloseTo(1, 12);
    expect(share('qpv').ratio).toBeCloseTo(5, 12);
  });
});

describe('over a set of weight draws', () => {
  // Draw 1: the model's own weights. Draw 2: RSA 3, QPV −2 → A σ(0), B σ(3), C σ(−2), D σ(1).
  const draws = Float64Array.from([0, 1, 2, 0, 3, -2]);

  it('lays a draw out as the intercept, then each coefficient in model order', () => {
    expect(parameterNames(model)).toEqual(['intercept', 'percoit_rsa', 'quartier_prioritaire']);
  });

  it('gives the composition of each draw as a range', () => {
    const r = compositionOverDraws(pop, model, draws, { count: 10 });
    expect(r.draws).toBe(2);
    const g = (group: string, level = 'yes') => r.groups.find((x) => x.group === group && x.level === level)!;
    // Draw 2 controls 10 of B's 30: all single parents on RSA, none in a QPV.
    expect(g('familyType', 'singleParent').controlled).toMatchObject({ min: 0.5, max: 1 });
    expect(g('qpv').controlled.min).toBeCloseTo(0, 12);
    expect(g('qpv').controlled.max).toBeCloseTo(1, 12);
    expect(r.cutScore).toMatchObject({ min: sigma(2), max: sigma(3) });
  });

  it('gives the percentile of a household as a range, and how often it would be controlled', () => {
    const r = rankOverDraws(pop, model, draws, B, { count: 10 });
    // Draw 1: 0.65 (above). Draw 2: B is highest, 70 below and 30 tied → 0.85; nobody higher.
    expect(r.percentile.min).toBeCloseTo(0.65, 12);
    expect(r.percentile.max).toBeCloseTo(0.85, 12);
    expect(r.controlledInShare).toBe(0.5);
    expect(r.score).toMatchObject({ min: sigma(1), max: sigma(3) });
  });

  it('refuses draws that are not whole vectors', () => {
    expect(() => compositionOverDraws(pop, model, Float64Array.from([0, 1]), { count: 10 })).toThrow(RangeError);
  });

  it('takes nearest-rank quantiles: every bound is one of the values', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i); // 1 … 20
    expect(rangeOf(values)).toEqual({ low: 1, median: 10, high: 19, min: 1, max: 20 });
  });
});

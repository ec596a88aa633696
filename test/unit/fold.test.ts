// A score of a model with thousands of variables is listed as its largest contributions plus one
// row for the rest; a sweep point needs only the probability. Both must agree with the full score.

import { describe, expect, it } from 'vitest';
import {
  decodeHousehold,
  defaultHousehold,
  encodeHousehold,
  foldScore,
  LISTED_CONTRIBUTIONS,
  loadModelText,
  logistic,
  probability,
  score,
  shippedModels,
  type Model,
} from '../../src/engine/index.ts';
import { createApi } from '../../src/worker/api.ts';
import presets from '../../src/presets/presets.json';

/** v0…v{n−1}, boolean, weight of v_i = i / 1000; intercept −3. */
function table(n: number): string {
  return ['variable,level,coefficient,status', 'intercept,,-3,published']
    .concat(Array.from({ length: n }, (_, i) => `v${i},1,${i / 1000},published`))
    .join('\n');
}
function model(n: number): Model {
  const r = loadModelText(table(n), 'grand.csv');
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}
const allTrue = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`v${i}`, true]));

describe('foldScore', () => {
  it('leaves a score of a model of ordinary size as it is', () => {
    for (const m of shippedModels().filter((x) => x.kind === 'model')) {
      const s = score(m, encodeHousehold(defaultHousehold('2025-06')));
      expect(foldScore(s)).toBe(s);
    }
  });

  it('keeps the 40 largest contributions in model order and sums the other 60 into one last step', () => {
    const s = foldScore(score(model(100), allTrue(100)));
    expect(LISTED_CONTRIBUTIONS).toBe(40);
    // largest weights: v60…v99, listed in the model's order
    expect(s.contributions.map((c) => c.variable)).toEqual(Array.from({ length: 40 }, (_, i) => `v${i + 60}`));
    // the rest: v0…v59, whose weights sum to (0 + 1 + … + 59) / 1000 = 1.77
    expect(s.rest!.count).toBe(60);
    expect(s.rest!.logodds).toBeCloseTo(1.77, 12);
    // the steps chain from the intercept to the score: −3, then v60…v99 ((60 + … + 99) / 1000 = 3.18), then the rest
    expect(s.contributions[0]!.before).toBeCloseTo(logistic(-3), 12);
    for (let i = 1; i < s.contributions.length; i++)
      expect(s.contributions[i]!.before).toBe(s.contributions[i - 1]!.after);
    expect(s.rest!.before).toBeCloseTo(logistic(-3 + 3.18), 12);
    expect(s.rest!.after).toBe(s.score);
    expect(s.score).toBeCloseTo(logistic(-3 + 3.18 + 1.77), 12);
  });

  it('lists the variables a household uses before those it does not', () => {
    // only v3 and v7 set: two non-zero rows among 38 zero ones, the 58 other zeros folded
    const s = foldScore(score(model(100), { v3: true, v7: true }));
    expect(s.contributions.filter((c) => c.logodds !== 0).map((c) => c.variable)).toEqual(['v3', 'v7']);
    expect(s.rest!.logodds).toBe(0);
    expect(s.score).toBeCloseTo(logistic(-3 + 0.01), 12);
  });
});

describe('probability', () => {
  it('equals the full score for every shipped model and preset household', () => {
    const month = '2025-06';
    for (const m of shippedModels().filter((x) => x.kind === 'model'))
      for (const p of presets) {
        const f = encodeHousehold(decodeHousehold({ ...p.household, month }, month).household);
        expect(probability(m, f)).toBe(score(m, f).score);
      }
  });
});

describe('the worker’s evaluation of a model of 5,000 variables', () => {
  it('sends the folded list, its rest and the same score', () => {
    const api = createApi();
    const loaded = api.loadModel(new TextEncoder().encode(table(5000)), 'grand.csv');
    if (!loaded.ok) throw new Error('not loaded');
    const reply = api.evaluate({ id: 1, modelId: loaded.model.id, household: defaultHousehold('2025-06') });
    if (!reply.evaluation.ok) throw new Error('not evaluated');
    const s = reply.evaluation.score;
    expect(s.contributions).toHaveLength(40);
    expect(s.rest!.count).toBe(4960);
    // the default household uses none of v0…v4999: the intercept alone
    expect(s.score).toBeCloseTo(logistic(-3), 12);
  });
});

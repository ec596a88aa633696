import { describe, expect, it } from 'vitest';
import { logistic, score, validateModel, weakest } from '../../src/engine/index.ts';
import type { Model } from '../../src/engine/index.ts';

const src = { s: { title: 'test' } };
const n = (value: number, status = 'published') => ({ value, status, source: 's' });

/** A small model whose every term is easy to add up by hand. */
export const handModel: Model = (() => {
  const r = validateModel({
    format: 'cnaf-score-model/1',
    id: 'hand',
    title: 'hand',
    publisher: 'test',
    dates: {},
    target: 't',
    sources: src,
    link: 'logit',
    intercept: n(-2),
    variables: [
      { id: 'b', label: 'b', labelStatus: 'published', source: 's', type: 'boolean', coefficient: n(0.75) },
      {
        id: 'c',
        label: 'c',
        labelStatus: 'published',
        source: 's',
        type: 'categorical',
        reference: 'r',
        levels: [
          { id: 'r', label: 'r' },
          { id: 'x', label: 'x', coefficient: n(-0.5) },
          { id: 'y', label: 'y', coefficient: n(1.25, 'reported') },
        ],
      },
      {
        id: 'l',
        label: 'l',
        labelStatus: 'published',
        source: 's',
        type: 'numeric',
        encoding: 'linear',
        unit: '€',
        coefficient: n(0.002),
      },
      {
        id: 'k',
        label: 'k',
        labelStatus: 'published',
        source: 's',
        type: 'numeric',
        encoding: 'bins',
        unit: 'x',
        bins: [
          { min: null, max: 1, coefficient: n(0) },
          { min: 1, max: 2, coefficient: n(0.4) },
          { min: 2, max: null, coefficient: n(0.9) },
        ],
      },
    ],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
})();

describe('logistic', () => {
  it('maps 0 to one half and ln 3 to three quarters', () => {
    expect(logistic(0)).toBe(0.5);
    expect(logistic(Math.log(3))).toBeCloseTo(0.75, 15);
    expect(logistic(-Math.log(3))).toBeCloseTo(0.25, 15);
  });
  it('stays finite and ordered at extreme log-odds', () => {
    expect(logistic(800)).toBe(1);
    expect(logistic(-800)).toBe(0);
    expect(logistic(-30)).toBeGreaterThan(0);
    expect(logistic(-30)).toBeCloseTo(Math.exp(-30), 25);
  });
});

describe('score', () => {
  const cases: Array<[string, Record<string, boolean | number | string>, number]> = [
    // intercept −2 alone
    ['is the intercept when every variable is at its reference', { b: false, c: 'r', l: 0, k: 0.5 }, -2],
    // −2 + 0.75 + 1.25 + 0.002×500 + 0.9 = 1.9
    ['adds boolean, level, per-unit and bin terms', { b: true, c: 'y', l: 500, k: 7 }, 1.9],
    // −2 − 0.5 + 0.002×(−100) + 0.4 = −2.3 (bins are [min, max): 1 falls in [1, 2))
    ['places a bin boundary in the upper bin', { b: false, c: 'x', l: -100, k: 1 }, -2.3],
  ];
  for (const [name, features, logit] of cases) {
    it(name, () => {
      const s = score(handModel, features);
      expect(s.logit).toBeCloseTo(logit, 12);
      expect(s.score).toBeCloseTo(1 / (1 + Math.exp(-logit)), 14);
    });
  }

  it('gives each variable its exact log-odds term', () => {
    const s = score(handModel, { b: true, c: 'x', l: 250, k: 1.5 });
    expect(s.contributions.map((c) => [c.variable, c.level, c.logodds])).toEqual([
      ['b', '1', 0.75],
      ['c', 'x', -0.5],
      ['l', '*', 0.5],
      ['k', '[1, 2)', 0.4],
    ]);
  });

  it('builds a waterfall that starts at the intercept and adds up to the score', () => {
    const s = score(handModel, { b: true, c: 'y', l: 120, k: 3 });
    expect(s.base).toBeCloseTo(logistic(-2), 15);
    expect(s.contributions[0]!.before).toBe(s.base);
    for (let i = 1; i < s.contributions.length; i++)
      expect(s.contributions[i]!.before).toBe(s.contributions[i - 1]!.after);
    expect(s.contributions.at(-1)!.after).toBe(s.score);
    const steps = s.contributions.reduce((sum, c) => sum + (c.after - c.before), 0);
    expect(s.base + steps).toBeCloseTo(s.score, 15);
  });

  it('counts a variable with no value at its reference and says it is missing', () => {
    const s = score(handModel, { b: true });
    expect(s.logit).toBeCloseTo(-1.25, 14);
    expect(s.contributions.find((c) => c.variable === 'l')).toMatchObject({ logodds: 0, missing: true });
  });

  it('reports the weakest provenance among the weights used', () => {
    expect(score(handModel, { c: 'x' }).provenance).toBe('published');
    expect(score(handModel, { c: 'y' }).provenance).toBe('reported');
    expect(weakest(['published', 'placeholder', 'reported'])).toBe('placeholder');
    expect(weakest(['unknown', 'placeholder'])).toBe('unknown');
  });
});

import { describe, expect, it } from 'vitest';
import { designVector, dominance, logistic, modelConstraints, sampleWeights } from '../../src/engine/index.ts';
import type { Features } from '../../src/engine/index.ts';
import { signs } from './robust-fixtures.ts';

const c = modelConstraints(signs);
const x = (f: Features) => designVector(signs, c, f);
const verdict = (a: Features, b: Features) => dominance(signs, c, x(a), x(b));

describe('sign dominance', () => {
  // Each expectation follows from the directions alone (see robust-fixtures.ts), worked by hand.
  it.each([
    ['holds A ≥ B when A alone has a + weight', { plus: true }, {}, 'a>=b', []],
    ['holds B ≥ A when A alone has a − weight', { minus: true }, {}, 'b>=a', []],
    ['says equal for identical households', { plus: true, cat: 'p' }, { plus: true, cat: 'p' }, 'equal', []],
    ['says equal when only weightless facts differ', {}, {}, 'equal', []],
    ['holds A ≥ B for a larger amount on a + slope', { amount: 800 }, { amount: 200 }, 'a>=b', []],
    ['holds B ≥ A for a smaller amount on a + slope', { amount: 100 }, { amount: 900 }, 'b>=a', []],
    ['holds A ≥ B from a fixed weight alone', { fixed: true }, {}, 'a>=b', []],
    ['holds A ≥ B when A avoids a fixed negative weight', {}, { fixedNeg: true }, 'a>=b', []],
    ['holds A ≥ B when both sides agree', { plus: true, fixed: true }, { minus: true }, 'a>=b', []],
    ['compares a + level with the reference', { cat: 'p' }, { cat: 'r' }, 'a>=b', []],
    ['compares the reference with a − level', { cat: 'r' }, { cat: 'm' }, 'a>=b', []],
    ['compares a + level with a − level', { cat: 'p' }, { cat: 'm' }, 'a>=b', []],
    ['compares a − level with a + level', { cat: 'm' }, { cat: 'p' }, 'b>=a', []],
    ['refuses when an unknown-sign variable differs', { plus: true, unknown: true }, {}, 'none', ['unknown']],
    ['refuses when an unknown-sign level is compared', { cat: 'p' }, { cat: 'q' }, 'none', ['cat']],
    [
      'refuses when a fixed weight points the other way',
      { plus: true, amount: 500 },
      { fixed: true },
      'none',
      ['fixed'],
    ],
    [
      'refuses when free terms pull both ways, naming the one against',
      { plus: true, minus: true },
      {},
      'none',
      ['minus'],
    ],
  ] as const)('%s', (_, a, b, expected, breaking) => {
    const d = verdict(a as Features, b as Features);
    expect(d.verdict).toBe(expected);
    expect(d.breaking).toEqual(breaking);
  });

  it('reports the fixed part of logit(A) − logit(B)', () => {
    expect(verdict({ fixed: true }, { fixedNeg: true }).fixedDiff).toBeCloseTo(1, 15);
  });

  it('is never contradicted by a sampled weight set', () => {
    // A dominance verdict is a claim about every allowed weight set: check it on 2 000 of them.
    const draws = sampleWeights(c, 2000, 7);
    const pairs: [Features, Features][] = [
      [{ plus: true, fixed: true }, { minus: true }],
      [
        { cat: 'p', amount: 300 },
        { cat: 'm', amount: 100 },
      ],
    ];
    for (const [a, b] of pairs) {
      expect(verdict(a, b).verdict).toBe('a>=b');
      const [xa, xb] = [x(a), x(b)];
      for (let i = 0; i < 2000; i++) {
        let la = 0;
        let lb = 0;
        for (let k = 0; k < c.size; k++)
          [la, lb] = [la + xa[k]! * draws[i * c.size + k]!, lb + xb[k]! * draws[i * c.size + k]!];
        expect(logistic(la)).toBeGreaterThanOrEqual(logistic(lb));
      }
    }
  });
});

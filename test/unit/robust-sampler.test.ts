import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareOnDraws,
  modelConstraints,
  sampleComparison,
  sampleWeights,
  weightsOf,
  withinConstraints,
} from '../../src/engine/index.ts';
import type { Direction, SourcedNumber, Status } from '../../src/engine/index.ts';
import { bool, linear, model, w } from './robust-fixtures.ts';

const STATUS: Status[] = ['published', 'reported', 'placeholder', 'unknown'];
const DIRECTION: (Direction | undefined)[] = ['+', '-', '?', undefined];

/** A number with any status and direction, and a range when one is drawn (on the direction's side). */
const number = fc
  .record({
    value: fc.double({ min: -3, max: 3, noNaN: true }),
    status: fc.constantFrom(...STATUS),
    direction: fc.constantFrom(...DIRECTION),
    range: fc.option(fc.tuple(fc.double({ min: 0, max: 4, noNaN: true }), fc.double({ min: 0, max: 4, noNaN: true }))),
  })
  .map(({ value, status, direction, range }) => {
    const r = range && ([Math.min(...range), Math.max(...range)] as [number, number]);
    const sided = r && (direction === '-' ? ([-r[1], -r[0]] as [number, number]) : r);
    return w(
      value,
      status,
      direction,
      direction === '?' || direction === '-' || direction === '+' ? (sided ?? undefined) : undefined,
    );
  });

const models = fc
  .array(fc.tuple(fc.boolean(), number, fc.constantFrom('€/mois', 'mois', 'unité inconnue')), {
    minLength: 1,
    maxLength: 8,
  })
  .map((vs) => model(vs.map(([isBool, n, unit], i) => (isBool ? bool(`v${i}`, n) : linear(`v${i}`, unit, n)))));

/** What a weight may be, read from the number itself (the oracle does not look at the compiled arrays). */
function allowed(n: SourcedNumber, perUnit: number, x: number): boolean {
  if (n.status === 'published' || n.status === 'reported') return x === n.value;
  const [lo, hi] =
    n.range ?? (n.direction === '+' ? [0, perUnit] : n.direction === '-' ? [-perUnit, 0] : [-perUnit, perUnit]);
  return x >= lo && x <= hi;
}

describe('the weight sampler', () => {
  it('never leaves the constraints (property)', () => {
    fc.assert(
      fc.property(models, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (m, seed) => {
        const c = modelConstraints(m);
        const draws = sampleWeights(c, 50, seed);
        for (let i = 0; i < 50; i++) {
          if (!withinConstraints(c, draws, i * c.size)) return false;
          let k = 1;
          for (const v of m.variables)
            for (const { n } of weightsOf(v)) {
              // Documented spans: 1 000 €/mois, 12 mois, 1 for a unit the table does not know.
              const span =
                v.type === 'numeric' ? (({ '€/mois': 1000, mois: 12 } as Record<string, number>)[v.unit] ?? 1) : 1;
              if (!allowed(n, 2 / span, draws[i * c.size + k++]!)) return false;
            }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['a + boolean', bool('b', w(0.4, 'placeholder', '+')), [0, 2]],
    ['a − amount in €/mois (2 log-odds across 1 000 €)', linear('a', '€/mois', w(0, 'unknown', '-')), [-0.002, 0]],
    ['a ? count of months (2 across 12)', linear('m', 'mois', w(0, 'unknown', '?')), [-2 / 12, 2 / 12]],
    ['an amount with its own span of 500', linear('a', '€/mois', w(0, 'unknown', '+'), 500), [0, 0.004]],
    ['a published weight (fixed at its value)', bool('b', w(0.7, 'published', '+')), [0.7, 0.7]],
    ['an expert range', bool('b', w(0.1, 'placeholder', '+', [0.05, 0.5])), [0.05, 0.5]],
  ] as const)('gives %s its documented default range', (_, v, [lo, hi]) => {
    const c = modelConstraints(model([v]));
    expect(c.lo[1]).toBeCloseTo(lo, 15);
    expect(c.hi[1]).toBeCloseTo(hi, 15);
  });

  it('lets a placeholder intercept move between 1 % and 50 % for the reference household', () => {
    const c = modelConstraints(model([bool('b', w(1))], w(-3)));
    expect([c.lo[0], c.hi[0]]).toEqual([Math.log(1 / 99), 0]);
  });

  it('gives the same draws for the same seed and others for another', () => {
    const c = modelConstraints(model([bool('a', w(0)), bool('b', w(0, 'unknown', '+'))], w(-3)));
    expect(sampleWeights(c, 20, 42)).toEqual(sampleWeights(c, 20, 42));
    expect(sampleWeights(c, 20, 42)).not.toEqual(sampleWeights(c, 20, 43));
  });

  it('draws uniformly: the mean of 20 000 draws of U(0, 2) is 1 within 0.03', () => {
    const c = modelConstraints(model([bool('b', w(0.4, 'placeholder', '+'))], w(-2, 'published')));
    const d = sampleWeights(c, 20_000, 3);
    let s = 0;
    for (let i = 0; i < 20_000; i++) s += d[i * 2 + 1]!;
    expect(Math.abs(s / 20_000 - 1)).toBeLessThan(0.03);
  });

  it('streams the same weight sets as the stored matrix', () => {
    const m = model(
      [bool('a', w(0.2)), linear('l', '€/mois', w(0, 'unknown', '-')), bool('f', w(0.5, 'published'))],
      w(-3),
    );
    const c = modelConstraints(m);
    const xa = Float64Array.from([1, 1, 300, 0]);
    const xb = Float64Array.from([1, 0, 100, 1]);
    const streamed = sampleComparison(c, xa, xb, 500, 11);
    const stored = compareOnDraws(c, sampleWeights(c, 500, 11), xa, xb, 11);
    expect(streamed.aHigher).toBe(stored.aHigher);
    expect(streamed.diff.q50).toBeCloseTo(stored.diff.q50, 14);
  });
});

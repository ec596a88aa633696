// The explanation's grouping: known directions first (up, then down, each largest first), the
// variables of unknown direction together, ranges from the calibrated ensemble when given.
import { describe, expect, it } from 'vitest';
import { knownEffects, wayOf } from '../../src/engine/robust/known-effects.ts';
import type { TermRange } from '../../src/engine/index.ts';

const term = (variable: string, lo: number, hi: number, example = (lo + hi) / 2, free = lo !== hi): TermRange => ({
  variable,
  lo,
  hi,
  example,
  free,
  at: -1,
  x: 0,
  sign: null,
});
const terms = [
  term('small-up', 0, 0.2),
  term('either-a', -1, 2),
  term('big-up', 0, 1.5),
  term('down', -0.8, 0),
  term('unused', 0, 0),
  term('fixed-up', 0.4, 0.4),
  term('either-b', -0.5, 0.5),
];

describe('wayOf', () => {
  it('reads the direction the prior fixes for this household, or none for a term identically 0', () => {
    expect([wayOf(term('a', 0, 1)), wayOf(term('a', -1, 0)), wayOf(term('a', -1, 1)), wayOf(term('a', 0, 0))]).toEqual([
      'up',
      'down',
      'either',
      null,
    ]);
    expect(wayOf(term('fixed', 0.3, 0.3))).toBe('up');
    expect(wayOf(term('fixed', -0.3, -0.3))).toBe('down');
  });
});

describe('knownEffects', () => {
  it('puts known directions first, largest effect first, and the unknown ones together with the sum of their ranges', () => {
    const k = knownEffects(terms, null);
    expect(k.source).toBe('prior');
    expect(k.up.map((r) => r.variable)).toEqual(['big-up', 'fixed-up', 'small-up']);
    expect(k.down.map((r) => r.variable)).toEqual(['down']);
    expect(k.either.map((r) => r.variable)).toEqual(['either-a', 'either-b']);
    expect(k.eitherTotal).toEqual({ lo: -1.5, hi: 2.5 });
    expect(k.up.find((r) => r.variable === 'fixed-up')).toMatchObject({ fixed: true, lo: 0.4, hi: 0.4 });
  });

  it('takes the calibrated 5–95 % and median for free terms, keeps a fixed term exact', () => {
    const k = knownEffects(terms, {
      terms: [
        { variable: 'big-up', q05: 0.3, q50: 0.6, q95: 0.9 },
        { variable: 'fixed-up', q05: 0.4, q50: 0.4, q95: 0.4 },
        { variable: 'either-a', q05: -0.1, q50: 0.2, q95: 0.5 },
        { variable: 'either-b', q05: -0.2, q50: 0, q95: 0.1 },
      ],
      unknown: { variables: ['either-a', 'either-b'], q05: -0.2, q50: 0.2, q95: 0.55 },
    });
    expect(k.source).toBe('calibrated');
    expect(k.up[0]).toMatchObject({ variable: 'big-up', lo: 0.3, hi: 0.9, mid: 0.6 });
    // A term the ensemble did not answer for keeps the prior's range, without a median.
    expect(k.up.find((r) => r.variable === 'small-up')).toEqual(expect.objectContaining({ lo: 0, hi: 0.2 }));
    expect(k.up.find((r) => r.variable === 'small-up')!.mid).toBeUndefined();
    expect(k.eitherTotal).toEqual({ lo: -0.2, hi: 0.55, mid: 0.2 });
  });
});

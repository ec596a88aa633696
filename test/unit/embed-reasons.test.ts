// The embed's reasons: the largest terms, and with free weights a direction only where every
// allowed weight gives it.
import { describe, expect, it } from 'vitest';
import { strongest, strongestByRange } from '../../src/embed/reasons.ts';

describe('strongest', () => {
  it('keeps the largest terms by absolute log-odds, largest first, and drops the ones that move nothing', () => {
    const terms = [
      { variable: 'a', logodds: 0.2 },
      { variable: 'b', logodds: -1 },
      { variable: 'c', logodds: 0 },
      { variable: 'd', logodds: 0.5 },
      { variable: 'e', logodds: 0.1 },
    ];
    expect(strongest(terms).map((t) => t.variable)).toEqual(['b', 'd', 'a']);
  });
});

describe('strongestByRange', () => {
  const terms = [
    { variable: 'up', lo: 0, hi: 1.5 },
    { variable: 'down', lo: -0.8, hi: -0.1 },
    { variable: 'either', lo: -2, hi: 2 },
    { variable: 'small', lo: -0.3, hi: 0.4 },
    { variable: 'none', lo: 0, hi: 0 },
  ];

  it('ranks by the widest effect any allowed weight can give', () => {
    expect(strongestByRange(terms).map((t) => t.variable)).toEqual(['either', 'up', 'down']);
  });

  it('says up or down only when the whole range is on one side of 0', () => {
    expect(Object.fromEntries(strongestByRange(terms, 4).map((t) => [t.variable, t.way]))).toEqual({
      either: 'either',
      up: 'up',
      down: 'down',
      small: 'either',
    });
  });

  it('leaves out a term that no weight can move', () => {
    expect(strongestByRange(terms, 10).map((t) => t.variable)).not.toContain('none');
  });
});

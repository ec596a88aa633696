// i18n/format.ts against strings written by hand from the conventions: French groups thousands
// with a narrow no-break space (U+202F), puts a no-break space (U+00A0) before % and €, and
// writes a decimal comma; British English groups with commas and puts € before the amount.

import { afterEach, describe, expect, it } from 'vitest';
import { formatAmount, formatLogodds, formatMonth, formatNumber, formatPercent } from '../../src/i18n/format.ts';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('formatNumber', () => {
  it('groups thousands with a narrow no-break space and writes a decimal comma in French', () => {
    expect(formatNumber(1234, 'fr')).toBe(`1${NNBSP}234`);
    expect(formatNumber(1234567.891, 'fr', 2)).toBe(`1${NNBSP}234${NNBSP}567,89`);
    expect(formatNumber(0.8234, 'fr', 2)).toBe('0,82');
  });

  it('groups with commas and writes a decimal point in English', () => {
    expect(formatNumber(1234567.891, 'en', 2)).toBe('1,234,567.89');
    expect(formatNumber(999.6, 'en')).toBe('1,000');
  });

  it('never shows a sign on zero, even a negative zero or a value that rounds to zero', () => {
    expect(formatNumber(-0, 'fr')).toBe('0');
    expect(formatNumber(-0.3, 'en')).toBe('0');
    expect(formatNumber(-0.004, 'fr', 2)).toBe('0,00');
  });
});

describe('formatAmount', () => {
  it('writes euros with cents after the number in French, before it in English', () => {
    expect(formatAmount(1234.5, 'fr')).toBe(`1${NNBSP}234,50${NBSP}€`);
    expect(formatAmount(277.08, 'en')).toBe('€277.08');
    expect(formatAmount(0, 'fr')).toBe(`0,00${NBSP}€`);
  });

  it('writes whole euros for chart labels', () => {
    expect(formatAmount(1182.4, 'fr', { cents: false })).toBe(`1${NNBSP}182${NBSP}€`);
    expect(formatAmount(2499.5, 'en', { cents: false })).toBe('€2,500');
  });

  it('shows no “-0,00 €” for an amount that rounds to zero', () => {
    expect(formatAmount(-0.004, 'fr')).toBe(`0,00${NBSP}€`);
  });
});

describe('formatPercent', () => {
  it('writes a probability as a percentage with one decimal', () => {
    expect(formatPercent(0.1234, 'fr')).toBe(`12,3${NBSP}%`);
    expect(formatPercent(0.1234, 'en')).toBe('12.3%');
    expect(formatPercent(0.16649, 'en')).toBe('16.6%');
    expect(formatPercent(1, 'fr')).toBe(`100,0${NBSP}%`);
  });

  it('shows no sign on a zero probability', () => {
    expect(formatPercent(-0, 'fr')).toBe(`0,0${NBSP}%`);
  });
});

describe('formatLogodds', () => {
  it('always signs a contribution, with three decimals and the true minus sign', () => {
    expect(formatLogodds(0.48, 'fr')).toBe('+0,480');
    expect(formatLogodds(-1, 'fr')).toBe(`${MINUS}1,000`);
    expect(formatLogodds(-1.23456, 'en')).toBe(`${MINUS}1.235`);
    expect(formatLogodds(0.0005, 'en')).toBe('+0.001');
  });

  it('writes zero, negative zero and anything that rounds to zero as 0,000 without a sign', () => {
    expect(formatLogodds(0, 'fr')).toBe('0,000');
    expect(formatLogodds(-0, 'fr')).toBe('0,000');
    expect(formatLogodds(-0.0004, 'fr')).toBe('0,000');
    expect(formatLogodds(0.0004, 'en')).toBe('0.000');
  });
});

describe('formatMonth', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('names a month in words, long or short, in each language', () => {
    expect(formatMonth('2026-01', 'fr')).toBe('janvier 2026');
    expect(formatMonth('2026-01', 'en')).toBe('January 2026');
    expect(formatMonth('2025-12', 'fr', 'short')).toBe('déc. 2025');
    expect(formatMonth('2025-12', 'en', 'short')).toBe('Dec 2025');
  });

  it('gives the same month on a device west of Greenwich', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(formatMonth('2026-03', 'fr')).toBe('mars 2026');
  });

  it('gives back what it cannot read rather than “Invalid Date”', () => {
    expect(formatMonth('bientôt', 'fr')).toBe('bientôt');
  });
});

describe('formatter cache', () => {
  it('builds one Intl formatter per language and style, however many values it formats', () => {
    const Real = Intl.NumberFormat;
    let built = 0;
    Intl.NumberFormat = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        built++;
      }
    } as typeof Real;
    try {
      // Warm once per language (another test file in this worker may have built them already:
      // the suite shares modules, vite.config.ts isolate: false), then count: no call builds again.
      formatNumber(0, 'fr', 4);
      formatNumber(0, 'en', 4);
      built = 0;
      for (let i = 0; i < 50; i++) formatNumber(i, 'fr', 4);
      for (let i = 0; i < 50; i++) formatNumber(i, 'en', 4);
    } finally {
      Intl.NumberFormat = Real;
    }
    expect(built).toBe(0);
  });

  it('keeps the languages apart when they alternate', () => {
    expect([formatPercent(0.5, 'fr'), formatPercent(0.5, 'en'), formatPercent(0.5, 'fr')]).toEqual([
      `50,0${NBSP}%`,
      '50.0%',
      `50,0${NBSP}%`,
    ]);
  });
});

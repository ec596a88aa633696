import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/benefits/decimal.ts';

describe('Dec', () => {
  it('multiplies money exactly where binary floats drift', () => {
    expect(622.63 * 1.5).not.toBe(933.945);
    expect(Dec.of('622.63').times('1.5').toString()).toBe('933.945');
    expect(Dec.of('622.63').times('1.5').cents().toString()).toBe('933.95');
  });
  it('rounds halves away from zero to the cent', () => {
    expect(Dec.of('2.345').cents().toString()).toBe('2.35');
    expect(Dec.of('-2.345').cents().toString()).toBe('-2.35');
    expect(Dec.of('2.344999').cents().toString()).toBe('2.34');
  });
  it('reads numbers as the decimals a person typed', () => {
    expect(Dec.of(1583.1951).toString()).toBe('1583.1951');
    expect(Dec.of('1e3').toString()).toBe('1000');
    expect(Dec.of(0.1).plus(Dec.of(0.2)).toString()).toBe('0.3');
  });
  it('divides to twelve decimals and compares', () => {
    expect(Dec.of(1).div(3).toString()).toBe('0.333333333333');
    expect(Dec.of(5).clamp(Dec.ZERO, Dec.of(3)).toString()).toBe('3');
    expect(Dec.of('-1').max(Dec.ZERO).isZero()).toBe(true);
  });
  it('refuses what is not a number', () => {
    expect(() => Dec.of('abc')).toThrow(/not a decimal/);
    expect(() => Dec.of(NaN)).toThrow(/not a finite/);
    expect(() => Dec.of(1).div(0)).toThrow(/division by zero/);
  });
});

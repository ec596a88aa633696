// Birth months in the household: decoded without ever throwing, the age following from them, and every rule
// that turns on a birthday reading them (the ARS's sixth birthday before February, the 2026 AF reform's
// "born from 1 March 2012", the RSA's 25, a baby not yet born in an earlier quarter).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rights } from '../../src/engine/rights.ts';
import { ageInMonth } from '../../src/household/household.ts';
import { decodeHousehold } from '../../src/formats/household.ts';

const decode = (raw: Record<string, unknown>) => decodeHousehold({ month: '2026-08', adults: [{ age: 35 }], ...raw });

describe('decoding birth months', () => {
  it('gives the age on the 1st of the month, the birth taken on the 1st of its month', () => {
    expect(ageInMonth('2020-11', '2026-08')).toBe(5);
    expect(ageInMonth('2020-08', '2026-08')).toBe(6);
    expect(ageInMonth('2026-08', '2026-08')).toBe(0);
  });
  it('keeps the birth month and derives the age from it; a child may give the birth month alone', () => {
    const d = decode({
      children: [{ birthMonth: '2020-11' }, { age: 5, birthMonth: '2020-11', activity: 'scolaire' }],
    });
    expect(d.errors).toEqual([]);
    expect(d.warnings).toEqual([]);
    expect(d.household.children).toEqual([
      { age: 5, birthMonth: '2020-11', activity: 'scolaire' },
      { age: 5, birthMonth: '2020-11', activity: 'scolaire' },
    ]);
  });
  it('an age alone keeps working, with no birth month invented', () => {
    const d = decode({ children: [{ age: 5 }] });
    expect(d.errors).toEqual([]);
    expect(d.household.children).toEqual([{ age: 5, activity: 'scolaire' }]);
  });
  it('reports an age that contradicts the birth month and keeps the birth month', () => {
    const d = decode({ children: [{ age: 9, birthMonth: '2020-11' }] });
    expect(d.warnings.map((w) => [w.path, w.id])).toEqual([['children[0].age', 'household.ageBirthMonth']]);
    expect(d.household.children[0]!.age).toBe(5);
  });
  it('accepts the age one less than on the 1st (a birthday later in the birth month)', () => {
    expect(decode({ children: [{ age: 5, birthMonth: '2020-08' }] }).warnings).toEqual([]);
  });
  const bad: [string, unknown][] = [
    ['a birth after the month of the situation', '2026-09'],
    ['a month 13', '2020-13'],
    ['a full date', '2020-11-04'],
    ['a number', 202011],
    ['an object', { y: 2020 }],
    ['a birth 130 years ago', '1896-01'],
  ];
  for (const [name, value] of bad)
    it(`names the field for ${name}, and falls back on the age`, () => {
      const d = decode({ children: [{ age: 7, birthMonth: value }] });
      expect(d.errors.map((e) => e.path)).toEqual(['children[0].birthMonth']);
      expect(d.household.children[0]).toEqual({ age: 7, activity: 'scolaire' });
    });
  it('never throws, whatever a birth month or an age holds', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (birthMonth, age) => {
        const d = decodeHousehold({ month: '2026-08', adults: [{ age, birthMonth }], children: [{ age, birthMonth }] });
        expect(Number.isInteger(d.household.children[0]!.age)).toBe(true);
      }),
    );
  });
  it('reads an adult’s birth month, and still requires an age when it is missing or broken', () => {
    expect(decode({ adults: [{ birthMonth: '1990-02' }] }).household.adults[0]).toMatchObject({
      age: 36,
      birthMonth: '1990-02',
    });
    expect(decode({ adults: [{ age: '', birthMonth: 'x' }] }).errors.map((e) => e.path)).toEqual([
      'adults[0].birthMonth',
      'adults[0].age',
    ]);
    expect(decode({ adults: [{ birthMonth: '2012-01' }] }).errors.map((e) => e.path)).toEqual(['adults[0].age']);
  });
});

describe('the rules read the birth months', () => {
  const household = (children: object[], month = '2026-08', adult: object = { age: 35 }) =>
    decodeHousehold({ month, adults: [{ earnings: 1200, ...adult }], children, otherParentMissing: false }).household;

  it('a 5-year-old born in November turns 6 before 1 February: the ARS counts the child (R543-2)', () => {
    const eight = { age: 8, birthMonth: '2018-03' };
    const withMonth = rights(household([eight, { birthMonth: '2020-11' }])).family!.ars;
    const ageOnly = rights(household([eight, { age: 5 }])).family!.ars;
    // 89.72 % of the BMAF of April 2026 (478.16 €) for each child of 6 to 10: 429.01 € (D543-1).
    expect(withMonth.enfants).toHaveLength(2);
    expect(withMonth.montant).toBe(858.02);
    expect(ageOnly.enfants).toHaveLength(1);
    expect(ageOnly.montant).toBe(429.01);
  });

  it('the 2026 AF reform: born in February 2012, the supplement at 14; born in March 2012, not before 18', () => {
    const af = (younger: string) =>
      rights(household([{ birthMonth: '2010-01' }, { birthMonth: younger }], '2026-05')).family!.montants.af;
    // 32 % of 478.16 € = 153.01 €, and the age supplement 16 % = 76.51 € (D521-1, R521-1).
    expect(af('2012-02')).toBe(229.52);
    expect(af('2012-03')).toBe(153.01);
    // The age alone (14 in May 2026) cannot tell them apart.
    expect(rights(household([{ age: 16 }, { age: 14 }], '2026-05')).family!.montants.af).toBe(229.52);
  });

  it('the RSA opens at 25 (L262-4 1°) from the quarter after the birthday month, not a year early', () => {
    const withMonth = rights(household([], '2026-06', { birthMonth: '2001-03', earnings: 0 }));
    const ageOnly = rights(household([], '2026-06', { age: 25, earnings: 0 }));
    // Months M-11 … M: quarters start at M-12, M-9, M-6 (24 years old), M-3 and M (25).
    expect(withMonth.rsa.slice(0, 8).every((x) => x === 0)).toBe(true);
    expect(withMonth.rsa.slice(8).every((x) => x > 0)).toBe(true);
    expect(ageOnly.rsa.every((x) => x > 0)).toBe(true);
    expect(withMonth.rsa.slice(8)).toEqual(ageOnly.rsa.slice(8));
  });

  it('a baby born in January 2026 is not a dependant of the quarters before', () => {
    const adult = { age: 30, earnings: 0 };
    const withMonth = rights(household([{ birthMonth: '2026-01' }], '2026-06', adult));
    const ageOnly = rights(household([{ age: 0 }], '2026-06', adult));
    expect(withMonth.rsa[0]).toBeLessThan(ageOnly.rsa[0]!);
    expect(withMonth.current.rsa.montant).toBe(ageOnly.current.rsa.montant);
  });
});

describe('birth months in a class’s CSV file', () => {
  it('read as a column `children[i].birthMonth`, and written back', async () => {
    const { readScenarioText, scenariosToCsv } = await import('../../src/formats/scenarios.ts');
    const text = ['name,adults[0].age,children[0].birthMonth', 'A,35,2020-11'].join('\n');
    const r = readScenarioText(text, '2026-08');
    expect(r.errors).toEqual([]);
    expect(r.scenarios[0]!.household.children).toEqual([{ age: 5, birthMonth: '2020-11', activity: 'scolaire' }]);
    expect(scenariosToCsv(r.scenarios)).toMatch(/children\[0\]\.birthMonth/);
  });
});

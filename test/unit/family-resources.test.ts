// The household facts the family rules read: ages, resources net of the income-tax deductions, and the month
// guard of computeFamilyBenefits.
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/benefits/decimal.ts';
import {
  ageClosing,
  ageOn,
  ageOpening,
  childrenUnder,
  housingResourcesByAdult,
  netTaxablePay,
  netTaxablePensions,
  pfResourcesByAdult,
} from '../../src/benefits/family-resources.ts';
import { situation, situationAdult, type Situation } from '../../src/benefits/situation.ts';
import { born } from './family-vector-situation.ts';
import { computeFamilyBenefits, familyMonthError } from '../../src/benefits/family.ts';

describe('ageOn, ageOpening and ageClosing', () => {
  const cases: Array<[string, string, number]> = [
    ['2012-03-15', '2026-03-14', 13],
    ['2012-03-15', '2026-03-15', 14],
    ['2012-02-29', '2026-02-28', 13],
  ];
  it.each(cases)('someone born %s is %s years old on %s', (birth, date, age) => expect(ageOn(birth, date)).toBe(age));
  it('opens a right from the month after the birthday, even for a birthday on the 1st (R552-2 I)', () => {
    expect(ageOpening('2012-03-15', '2026-03')).toBe(13);
    expect(ageOpening('2012-03-15', '2026-04')).toBe(14);
    expect(ageOpening('2012-03-01', '2026-03')).toBe(13);
  });
  it('ends a right in the month of the birthday (R552-3 I)', () => {
    expect(ageClosing('2006-03-31', '2026-03')).toBe(20);
    expect(ageClosing('2006-04-01', '2026-03')).toBe(19);
  });
  it('counts a child from the month after the birth and until the month the limit is reached', () => {
    const input = {
      ...situation('2026-03'),
      adults: [],
      children: ['2026-03-01', '2026-02-28', '2006-03-20', '2006-04-01'].map((b) => born('2026-03', b)),
    } satisfies Situation;
    expect(childrenUnder(input, 20).map((c) => c.birthDate)).toEqual(['2026-02-28', '2006-04-01']);
  });
});

describe('netTaxablePay and netTaxablePensions', () => {
  const pay: Array<[number, number, number]> = [
    [30000, 2023, 27000],
    [1361.18, 2023, 1361.18 - 495], // the minimum deduction of 2023 income
    [200000, 2023, 200000 - 14171], // the maximum
    [11685, 2023, 11685 - 1169], // 1 168.50 rounds to 1 169 (CGI: half a euro counts as one)
    [300, 2023, 0], // the deduction never exceeds the pay
  ];
  it.each(pay)('turns pay %s of year %s into %s', (gross, year, net) =>
    expect(netTaxablePay(Dec.of(gross), year).toNumber()).toBeCloseTo(net, 10),
  );
  it('takes at least the minimum allowance off pensions', () =>
    expect(netTaxablePensions(Dec.of(616.2), 2024).toNumber()).toBeCloseTo(166.2, 10));
});

const input = (month: string): Situation =>
  situation(month, {
    adults: [
      situationAdult({
        taxablePayByYear: { 2023: 20000 },
        taxablePay: { '2024-05': 1000, '2025-04': 1000, '2025-05': 9999 },
      }),
    ],
    children: [born(month, '2015-01-01')],
    alimony: 100,
    housing: { status: 'locataire', zone: 1, rent: 600, housingAid: {} },
  });

describe('pfResourcesByAdult and housingResourcesByAdult', () => {
  it('reads year N-2 for the family benefits, alimony included net of its allowance', () =>
    // 20 000 − 2 000 + (1 200 − 442, the 2023 minimum)
    expect(pfResourcesByAdult(input('2025-06'))[0]!.toNumber()).toBe(18000 + 758));
  it('reads the months M-13 … M-2 for the housing aid', () =>
    // 2 000 − 504 (2024 minimum) + 1 200 − 454 (the pension minimum of year N, as OpenFisca)
    expect(housingResourcesByAdult(input('2025-06'))[0]!.toNumber()).toBe(1496 + 746));
  it('reads the months before the quarterly review month when one is given (CCH R822-3)', () => {
    const held = input('2025-07');
    held.housing.reviewMonth = '2025-06';
    expect(housingResourcesByAdult(held)[0]!.toNumber()).toBe(1496 + 746);
    // Without it, July reads 2024-06 … 2025-05: 1 000 + 9 999 − 1 100 (10 %) + the alimony.
    expect(housingResourcesByAdult(input('2025-07'))[0]!.toNumber()).toBe(10999 - 1100 + 746);
  });
});

describe('computeFamilyBenefits', () => {
  it('refuses a month before its parameters start', () => {
    expect(familyMonthError('2023-12')).toMatch(/2024-01/);
    expect(() => computeFamilyBenefits(input('2023-12'))).toThrow(RangeError);
  });
  it('warns when a month is past the last known revaluation of a parameter', () => {
    expect(computeFamilyBenefits(input('2026-09')).warnings).toEqual([]);
    const late = computeFamilyBenefits(input('2026-10')).warnings;
    expect(late).toHaveLength(1);
    expect(late[0]).toMatch(/loyers plafonds/);
  });
  it('sums this month’s payments net of CRDS', () => {
    const r = computeFamilyBenefits(input('2025-06'));
    const m = r.montants;
    const family = m.af.plus(m.cf).plus(m.asf).plus(m.ars);
    expect(r.totalNet.toNumber()).toBeCloseTo(
      family.minus(r.crdsPrestationsFamiliales).plus(m.housingAid).toNumber(),
      10,
    );
    // One child: no AF, no CF; the single parent gets the ASF: 0.422 × 474.37 − 100 = 100.18.
    expect(m.af.toNumber()).toBe(0);
    expect(m.asf.toNumber()).toBe(100.18);
    expect(r.crdsPrestationsFamiliales.toNumber()).toBe(0.5);
  });
});

// Allocations familiales, checked against hand computations from CSS D521-1 ff. (BMAF 474.37 € from April 2025,
// 478.16 € from April 2026; 2025 ceilings 65 473 / 91 627 € + 6 546 € per child).
import { describe, expect, it } from 'vitest';
import { allocationsFamiliales, afMajorationCount } from '../../src/benefits/allocations-familiales.ts';
import { situation, situationAdult, type Situation } from '../../src/benefits/situation.ts';
import { born } from './family-vector-situation.ts';

/** A couple with one earner whose N-2 taxable pay is `pay` (net resources = pay − 10 %). */
const household = (month: string, births: string[], pay: number, n2: string): Situation =>
  situation(month, {
    adults: [situationAdult({ taxablePayByYear: { [n2]: pay } }), situationAdult()],
    children: births.map((b) => born(month, b)),
    housing: { status: 'proprietaire', zone: 2, rent: 0, housingAid: {} },
  });

describe('allocationsFamiliales', () => {
  const cases: Array<[string, string, string[], number, number]> = [
    // [what, month, birth dates, N-2 pay, expected monthly AF]
    ['pays nothing for one child', '2025-06', ['2018-05-05'], 30000, 0],
    ['pays 32 % of the BMAF for two children', '2025-06', ['2017-01-10', '2020-02-02'], 30000, 151.8],
    [
      'adds 41 % per further child and 16 % for a child of 14 or more in a family of three',
      '2025-06',
      ['2010-01-10', '2015-02-01', '2021-03-03'],
      30000,
      346.29 + 75.9,
    ],
    ['gives no majoration to the eldest of two', '2025-06', ['2010-01-10', '2013-02-01'], 30000, 151.8],
    [
      'gives the majoration to the younger of two from 14',
      '2025-06',
      ['2009-01-10', '2011-02-01'],
      30000,
      151.8 + 75.9,
    ],
    [
      'adds the forfait (20.234 %) for a child of 20 when the family has three children',
      '2025-06',
      ['2005-03-10', '2009-01-10', '2013-02-01'],
      30000,
      151.8 + 95.98,
    ],
    ['halves the rates above the first ceiling', '2025-06', ['2017-01-10', '2020-02-02'], 90000, 75.9],
    [
      'adds the complément dégressif just above the first ceiling',
      '2025-06',
      ['2017-01-10', '2020-02-02'],
      87560,
      75.9 + 55.98,
    ],
    ['quarters the rates above the second ceiling', '2025-06', ['2017-01-10', '2020-02-02'], 130000, 37.95],
    [
      'from March 2026, gives no majoration at 14 to a child born after 1 March 2012',
      '2026-06',
      ['2009-01-05', '2012-04-10'],
      30000,
      153.01,
    ],
    [
      'keeps the majoration at 14 for a child who was 14 before March 2026',
      '2026-06',
      ['2009-01-05', '2012-02-10'],
      30000,
      153.01 + 76.51,
    ],
  ];
  // Hand computations: 0.32 × 474.37 = 151.80; 0.73 × 474.37 = 346.29; 0.16 × 474.37 = 75.90;
  // 0.20234 × 474.37 = 95.98; 0.16 × 474.37 = 75.90 (halved); 0.08 × 474.37 = 37.95 (quartered);
  // complément dégressif: net 78 804 − ceiling 78 565 = 239, 75.90 − 239 / 12 = 55.98; 0.32 × 478.16 = 153.01.
  it.each(cases)('%s', (_what, month, births, pay, expected) => {
    const n2 = String(Number(month.slice(0, 4)) - 2);
    expect(allocationsFamiliales(household(month, births, pay, n2)).montant.toNumber()).toBeCloseTo(expected, 10);
  });

  it('counts resources N-2 net of the 10 % deduction and reports the ceilings for the children counted', () => {
    const r = allocationsFamiliales(household('2025-06', ['2017-01-10', '2020-02-02'], 87560, '2023'));
    expect(r.ressources.toNumber()).toBe(87560 - 8756);
    expect(r.plafond1.toNumber()).toBe(65473 + 2 * 6546);
    expect(r.plafond2.toNumber()).toBe(91627 + 2 * 6546);
    expect(r.tauxModulation.toNumber()).toBe(0.5);
  });
});

describe('afMajorationCount', () => {
  it('skips only one of two twins of 15 (the eldest of a family of two is one child)', () => {
    const twins = [
      { birthDate: '2010-01-10', age: 15 },
      { birthDate: '2010-01-10', age: 15 },
    ];
    expect(afMajorationCount(twins, '2025-06')).toBe(1);
  });
});

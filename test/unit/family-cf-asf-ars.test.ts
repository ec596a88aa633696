// Complément familial, ASF and ARS, checked against hand computations from the CSS (BMAF 474.37 € from April
// 2025; 2025 CF ceiling base 24 414 € + 9 812 € for two earners or a single parent; ARS ceiling base 21 880 €).
import { describe, expect, it } from 'vitest';
import { complementFamilial } from '../../src/benefits/complement-familial.ts';
import { allocationSoutienFamilial } from '../../src/benefits/asf.ts';
import { allocationRentreeScolaire, arsChildren } from '../../src/benefits/ars.ts';
import { situation, situationAdult, type Situation } from '../../src/benefits/situation.ts';
import { born } from './family-vector-situation.ts';

const adult = (byYear: Record<string, number>) => situationAdult({ taxablePayByYear: byYear });
const family = (month: string, births: string[], adults: Situation['adults'], alimony = 0): Situation =>
  situation(month, {
    adults,
    children: births.map((b) => born(month, b)),
    alimony,
    housing: { status: 'proprietaire', zone: 2, rent: 0, housingAid: {} },
  });
const three = ['2021-01-04', '2018-02-02', '2015-03-03'];

describe('complementFamilial', () => {
  const cases: Array<[string, Situation, number]> = [
    // Ceiling for three children, one earner: 24 414 × 1.8 = 43 945.20; majoré under half of it (21 972.60).
    [
      'pays the majoré CF (62.48 % BMAF) under half the ceiling',
      family('2025-06', three, [adult({ 2023: 20000 }), adult({})]),
      296.39,
    ],
    [
      'pays the CF (41.65 % BMAF) under the ceiling',
      family('2025-06', three, [adult({ 2023: 33333 }), adult({})]),
      197.58,
    ],
    // (43 945.20 + 12 × 197.575105 − 45 000) / 12 = 109.68
    [
      'pays the differential CF just above the ceiling',
      family('2025-06', three, [adult({ 2023: 50000 }), adult({})]),
      109.68,
    ],
    [
      'pays nothing when a child is under three (L522-1: all over three)',
      family('2025-06', [...three, '2023-05-05'], [adult({ 2023: 20000 }), adult({})]),
      0,
    ],
    [
      'stops in the month a fourth child is born (R552-3 I)',
      family('2025-06', [...three, '2025-06-20'], [adult({ 2023: 20000 }), adult({})]),
      0,
    ],
    [
      'comes back the month after the youngest turns three (R552-2 I)',
      family('2025-06', [...three.slice(1), '2022-05-31'], [adult({ 2023: 20000 }), adult({})]),
      296.39,
    ],
    [
      'is not yet due in the month the youngest turns three, even on the 1st',
      family('2025-06', [...three.slice(1), '2022-06-01'], [adult({ 2023: 20000 }), adult({})]),
      0,
    ],
    ['pays nothing for two children', family('2025-06', three.slice(1), [adult({ 2023: 20000 }), adult({})]), 0],
    // Two earners (each ≥ 12 × 445.93 in 2023): ceiling 53 757.20, so 45 000 gets the full CF.
    [
      'raises the ceiling for a two-income couple',
      family('2025-06', three, [adult({ 2023: 40000 }), adult({ 2023: 10000 })]),
      197.58,
    ],
  ];
  it.each(cases)('%s', (_what, input, expected) => expect(complementFamilial(input).montant.toNumber()).toBe(expected));

  it('reports the ceilings it applied', () => {
    const r = complementFamilial(family('2025-06', three, [adult({ 2023: 40000 }), adult({ 2023: 10000 })]));
    expect(r.biactivite).toBe(true);
    expect(r.plafond.toNumber()).toBeCloseTo(43945.2 + 9812, 8);
    expect(r.plafondMajore.toNumber()).toBeCloseTo((43945.2 + 9812) / 2, 8);
  });
});

describe('allocationSoutienFamilial', () => {
  const two = ['2015-01-01', '2018-01-01'];
  const cases: Array<[string, Situation, number]> = [
    // 2 × 0.422 × 474.37 = 400.37
    ['pays 42.2 % of the BMAF per child to a single parent', family('2025-06', two, [adult({})]), 400.37],
    ['deducts the alimony received (differential ASF)', family('2025-06', two, [adult({})], 150), 250.37],
    ['pays nothing under 15 €', family('2025-06', two, [adult({})], 390), 0],
    ['pays nothing to a couple', family('2025-06', two, [adult({}), adult({})]), 0],
    ['pays nothing for a child of 20', family('2025-06', ['2005-01-01'], [adult({})]), 0],
  ];
  it.each(cases)('%s', (_what, input, expected) =>
    expect(allocationSoutienFamilial(input).montant.toNumber()).toBe(expected),
  );
  it('pays nothing when the other parent is declared to support the children', () => {
    const input = { ...family('2025-06', two, [adult({})]), otherParentMissing: false };
    expect(allocationSoutienFamilial(input).montant.toNumber()).toBe(0);
  });
});

describe('arsChildren', () => {
  it('takes a child whose sixth birthday is before 1 February N+1 and who is not 18 on 15 September N', () => {
    const births = ['2020-01-31', '2020-02-01', '2007-09-16', '2007-09-15', '2019-12-31'];
    expect(arsChildren(births, 2025)).toEqual(['2020-01-31', '2007-09-16', '2019-12-31']);
  });
});

describe('allocationRentreeScolaire', () => {
  // Ages reached in 2025: 6, 11 (born in December), 15: 425.60 + 449.09 + 464.65 = 1 339.34 (D543-1, R543-2).
  const kids = ['2019-01-15', '2014-12-20', '2010-05-05'];
  const cases: Array<[string, Situation, number]> = [
    [
      'pays each child by the age reached during the year of the school start, in August',
      family('2025-08', kids, [adult({ 2023: 20000 })]),
      1339.34,
    ],
    ['pays nothing in another month', family('2025-07', kids, [adult({ 2023: 20000 })]), 0],
    // Ceiling 21 880 × (1 + 3 × 0.3) = 41 572; net resources 42 000: 41 572 + 1 339.34 − 42 000 = 911.34.
    ['pays the differential ARS just above the ceiling', family('2025-08', kids, [adult({ 2023: 46667 })]), 911.34],
    // Net 42 900: 41 572 + 1 339.34 − 42 900 = 11.34, under the 15 € floor.
    ['pays nothing when the differential is under 15 € (D543-2)', family('2025-08', kids, [adult({ 2023: 47667 })]), 0],
  ];
  it.each(cases)('%s', (_what, input, expected) =>
    expect(allocationRentreeScolaire(input).montantDuMois.toNumber()).toBe(expected),
  );
  it('leaves out a child who is not in school or apprenticeship (L543-1)', () => {
    const input = family('2025-08', kids, [adult({ 2023: 20000 })]);
    input.children[2]!.inSchool = false;
    expect(allocationRentreeScolaire(input).montantDuMois.toNumber()).toBe(874.69); // 425.60 + 449.09;
  });
});

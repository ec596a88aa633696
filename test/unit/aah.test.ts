// The AAH and the prime à la naissance where OpenFisca's vectors do not reach: deconjugalisation, the D821-9
// abatements worked by hand, a resumed job (D821-9 1°), a stopped one (R821-4-4), the rate, the RSDAE and the ages;
// then through the household file: the law's AAH replaces the amount typed and the model reads it.
import { describe, expect, it } from 'vitest';
import { allocationAdultesHandicapes } from '../../src/benefits/aah.ts';
import { primeNaissance } from '../../src/benefits/paje.ts';
import { situation, situationAdult, type MonthMap } from '../../src/benefits/situation.ts';
import { addMonths } from '../../src/benefits/months.ts';
import { defaultHousehold, type Household } from '../../src/household/household.ts';
import { effectiveHousehold, rights } from '../../src/engine/rights.ts';
import { encodeHousehold } from '../../src/engine/features.ts';
import { evaluate, shippedModels } from '../../src/engine/index.ts';

const M = '2025-06';
const every = (amount: number, from = addMonths(M, -17)): MonthMap =>
  Object.fromEntries(Array.from({ length: 18 }, (_, i) => [addMonths(from, i), amount]));
const aahOf = (over: Parameters<typeof situationAdult>[0], extra: Parameters<typeof situation>[1] = {}) =>
  allocationAdultesHandicapes(situation(M, { adults: [situationAdult(over)], ...extra })).adults[0]!;

describe('allocationAdultesHandicapes', () => {
  it('pays the full AAH to an adult of 80 % with no resources, and nothing without a rate', () => {
    expect(aahOf({ incapacity: 80 }).montant.toNumber()).toBe(1033.32);
    expect(aahOf({}).taux).toBeNull();
    expect(aahOf({}).montant.toNumber()).toBe(0);
  });

  it('abates earnings by 80 % up to 30 % of the SMIC, 40 % above (D821-9), worked by hand', () => {
    // 800 € a month on M-3..M-1: 9 600 € a year. Band: 11,88 × 151,67 × 30 % × 12 = 6 486,62 € (SMIC of 31 May).
    // Counted: 20 % × 6 486,62 + 60 % × 3 113,38 = 3 165,35. (12 × 1 033,32 − 3 165,35) / 12 = 769,54 €.
    const a = aahOf({ incapacity: 85, earnings: every(800) });
    expect(a.evaluation).toBe('trimestrielle');
    expect(a.periodeReference).toEqual(['2025-03', '2025-04', '2025-05']);
    expect(a.revenusActiviteRetenus.cents().toNumber()).toBe(3165.35);
    expect(a.montant.toNumber()).toBe(769.54);
  });

  it("does not count a partner's pay since October 2023 (L821-3, loi 2022-1158 art. 10)", () => {
    const alone = aahOf({ incapacity: 85, earnings: every(800) });
    const couple = allocationAdultesHandicapes(
      situation(M, {
        adults: [
          situationAdult({ incapacity: 85, earnings: every(800) }),
          situationAdult({ earnings: every(3500), taxablePayByYear: { 2023: 45000 } }),
        ],
      }),
    );
    expect(couple.adults[0]!.montant.toNumber()).toBe(alone.montant.toNumber());
    expect(couple.montant.toNumber()).toBe(769.54);
  });

  it('raises the ceiling by half for each dependent child (D821-2)', () => {
    const kids = { children: [{ age: 4, birthDate: '2021-01-10' }] };
    // (12 × 1 033,32 × 1,5 − 3 165,35) / 12 = 1 286,20, within the AAH: 1 033,32.
    expect(aahOf({ incapacity: 85, earnings: every(800) }, kids).montant.toNumber()).toBe(1033.32);
    expect(aahOf({ incapacity: 85, earnings: every(2000) }, kids).plafond.toNumber()).toBe(18599.76);
  });

  it('does not count the first six months of a resumed job (D821-9 1°)', () => {
    const earnings = { ...every(0), ...Object.fromEntries(['2025-04', '2025-05', '2025-06'].map((m) => [m, 1500])) };
    const a = aahOf({ incapacity: 90, earnings });
    expect(a.revenusActivite.toNumber()).toBe(12000);
    expect(a.revenusNeutralises.toNumber()).toBe(12000);
    expect(a.montant.toNumber()).toBe(1033.32);
  });

  it('does not count N-2 pay after every activity stopped without a replacement income (R821-4-4), abates it by 30 % with one', () => {
    const without = aahOf({ incapacity: 90, taxablePayByYear: { 2023: 20000 } });
    expect(without.evaluation).toBe('annuelle');
    expect(without.montant.toNumber()).toBe(1033.32);
    const withBenefit = aahOf({ incapacity: 90, taxablePayByYear: { 2023: 20000 }, otherIncome: every(300) });
    // 20 000 − 10 % = 18 000; band of December 2023: 11,52 × 151,67 × 30 % × 12 = 6 290,06; counted
    // 0,2 × 6 290,058 + 0,6 × 11 709,942 = 8 283,977, × 70 % = 5 798,784; + 3 600 of benefit: 9 398,78.
    // (12 399,84 − 9 398,784) / 12 = 250,09 €.
    expect(withBenefit.ressources.cents().toNumber()).toBe(9398.78);
    expect(withBenefit.montant.toNumber()).toBe(250.09);
  });

  it('opens at 50–79 % only with the RSDAE, and only before the retirement age (L821-2)', () => {
    expect(aahOf({ incapacity: 60 }).refus).toBe('rsdae');
    expect(aahOf({ incapacity: 60, rsdae: true }).montant.toNumber()).toBe(1033.32);
    expect(aahOf({ incapacity: 60, rsdae: true, age: 64 }).refus).toBe('ageRsdae');
    expect(aahOf({ incapacity: 40, rsdae: true }).refus).toBe('taux');
    expect(aahOf({ incapacity: 85, age: 70 }).eligible).toBe(true);
  });

  it('opens from 16 for an adult of the household, who is nobody’s dependent child (R821-1)', () => {
    expect(aahOf({ incapacity: 85, age: 17 }).eligible).toBe(true);
    expect(aahOf({ incapacity: 85, age: 15 }).refus).toBe('age');
  });
});

describe('primeNaissance', () => {
  const pregnant = (expected: string, pay = 0) =>
    situation(M, {
      adults: [situationAdult({ taxablePayByYear: { 2023: pay } })],
      pregnant: true,
      expectedBirthMonth: expected,
    });
  it('is paid two calendar months before the expected birth (D531-2): 229,75 % of the BMAF', () => {
    // BMAF of April 2025: 474,37 €; × 2,2975 = 1 089,87 €.
    expect(primeNaissance(pregnant('2025-08')).montant.toNumber()).toBe(1089.87);
    expect(primeNaissance(pregnant('2025-07')).montant.toNumber()).toBe(0);
    expect(primeNaissance(pregnant('2025-09')).montant.toNumber()).toBe(0);
    expect(primeNaissance(pregnant('2025-09')).moisVersement).toBe('2025-07');
  });
  it('is not paid above the partial rate ceiling, the expected child counted (R531-1)', () => {
    // One child expected, single: 29 169 × 1,25 + 11 725 = 48 186,25 €.
    const p = primeNaissance(pregnant('2025-08', 60000));
    expect(p.plafond.toNumber()).toBe(48186.25);
    expect(p.montant.toNumber()).toBe(0);
  });
});

describe('the AAH through the household file', () => {
  const household = (over: Partial<Household['adults'][number]>, source: Household['benefitsSource'] = 'computed') => {
    const h = defaultHousehold(M);
    h.adults = [{ ...h.adults[0]!, earnings: 600, aah: 100, ...over }];
    h.benefitsSource = source;
    return h;
  };
  it('replaces the amount typed by the law’s when the rate is given, and the model reads it', () => {
    const h = household({ incapacity: 80 });
    const r = rights(h);
    const law = r.aah!.adults[0]!;
    // 600 € a month: 7 200 € a year; 0,2 × 6 486,62 + 0,6 × 713,38 = 1 725,35; (12 399,84 − 1 725,35) / 12.
    expect(law.montant).toBe(889.54);
    const seen = effectiveHousehold(h, r);
    expect(seen.adults[0]!.aah).toBe(law.montant);
    expect(encodeHousehold(seen).aah_et_travail).toBe(true);
    // Typed as 0, the AAH the law gives turns on the model's "AAH with work" (reported to raise the score).
    const untyped = household({ incapacity: 80, aah: 0 });
    expect(encodeHousehold(untyped).aah_et_travail).toBe(false);
    expect(encodeHousehold(effectiveHousehold(untyped, rights(untyped))).aah_et_travail).toBe(true);
    // Without earnings the model's "AAH with work" is off, whatever the AAH.
    expect(
      encodeHousehold(
        effectiveHousehold(
          household({ incapacity: 80, earnings: 0 }),
          rights(household({ incapacity: 80, earnings: 0 })),
        ),
      ).aah_et_travail,
    ).toBe(false);
    // The RSA counts the AAH (R262-11 CASF does not exclude it): with it, nothing is left.
    expect(r.current.rsa.montant).toBe(0);
  });
  it('keeps the amount typed without a rate, or in declared mode', () => {
    expect(rights(household({})).aah).toBeNull();
    expect(effectiveHousehold(household({}), rights(household({}))).adults[0]!.aah).toBe(100);
    const declared = household({ incapacity: 80 }, 'declared');
    expect(rights(declared).aah).toBeNull();
  });
  it('counts a prime paid this month as a twelfth in the other benefits the model reads', () => {
    const h = defaultHousehold(M);
    h.pregnant = true;
    h.expectedBirthMonth = '2025-08';
    const r = rights(h);
    expect(r.family!.primeNaissance.montant).toBe(1089.87);
    expect(r.familyReceived!.primeNaissanceMonthly).toBe(90.82);
    expect(effectiveHousehold(h, r).benefits.other).toBeCloseTo(h.benefits.other + 90.82, 2);
  });
});

describe('the model reading the law’s AAH (cnaf-2014, "AAH et travail")', () => {
  const cnaf = shippedModels().find((m) => m.id === 'cnaf-2014')!;
  const at = (incapacity?: number) => {
    const h = defaultHousehold(M);
    h.adults[0]!.earnings = 600;
    if (incapacity !== undefined) h.adults[0]!.incapacity = incapacity;
    const e = evaluate(cnaf, h);
    if (!e.ok) throw new Error('invalid');
    return e;
  };
  it('turns the variable on, marks it as derived from the law, and changes the score', () => {
    const without = at();
    const withRate = at(80);
    expect(without.features.aah_et_travail).toBe(false);
    expect(without.derived).not.toContain('aah_et_travail');
    expect(withRate.features.aah_et_travail).toBe(true);
    expect(withRate.derived).toContain('aah_et_travail');
    expect(withRate.score.score).not.toBe(without.score.score);
  });
});

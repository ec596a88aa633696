// The AAH and the prime à la naissance against OpenFisca-France on 300 households of seed 20261903
// (test/cases/droits/aah-paje: gen.py, run.py, trim.py; openfisca-france 176.0.7, openfisca-core 44.6.0), to the cent,
// through the one Situation the rules read; every miss is a disagreement cited in disagreements.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { abattementsD821_9, allocationAdultesHandicapes } from '../../src/benefits/aah.ts';
import { Dec } from '../../src/benefits/decimal.ts';
import { primeNaissance } from '../../src/benefits/paje.ts';
import { situation, situationAdult, type Situation } from '../../src/benefits/situation.ts';
import { born } from './family-vector-situation.ts';

interface Vector {
  id: string;
  month: string;
  adults: {
    birthDate: string;
    netEarningsByMonth: Record<string, number>;
    taxableIncomeByYear: Record<string, number>;
    incapacityRate: number;
    rsdae: boolean;
  }[];
  children: { birthDate: string }[];
  expectedBirthDate: string | null;
  expected: { aah: number[]; primeNaissance: number };
}
const dir = new URL('../cases/droits/aah-paje/', import.meta.url);
const vectors = JSON.parse(readFileSync(new URL('vectors.json', dir), 'utf8')) as Vector[];
const { disagreements } = JSON.parse(readFileSync(new URL('disagreements.json', dir), 'utf8')) as {
  disagreements: { id: string; benefit: string }[];
};
const known = (benefit: string) => disagreements.filter((d) => d.benefit === benefit).map((d) => d.id);
const cents = (x: number) => Math.round(x * 100);

/** A vector household as the Situation: a rate of 0 is "no incapacity recognised", given as such. */
export const aahSituation = (v: Vector): Situation =>
  situation(v.month, {
    adults: v.adults.map((a) =>
      situationAdult({
        age: born(v.month, a.birthDate).age,
        birthDate: a.birthDate,
        earnings: a.netEarningsByMonth,
        taxablePayByYear: a.taxableIncomeByYear,
        incapacity: Math.round(a.incapacityRate * 100),
        rsdae: a.rsdae,
      }),
    ),
    children: v.children
      .map((c) => born(v.month, c.birthDate))
      .filter((c) => c.birthDate.slice(0, 7) < v.month || c.age >= 0),
    pregnant: v.expectedBirthDate !== null,
    ...(v.expectedBirthDate ? { expectedBirthMonth: v.expectedBirthDate.slice(0, 7) } : {}),
  });

describe('the AAH and the prime à la naissance against OpenFisca-France (seed 20261903)', () => {
  const aahMisses = vectors.filter((v) => {
    const got = allocationAdultesHandicapes(aahSituation(v)).adults.map((a) => cents(a.montant.toNumber()));
    return got.some((g, i) => Math.abs(g - cents(v.expected.aah[i]!)) > 1);
  });
  const primeMisses = vectors.filter(
    (v) => Math.abs(cents(primeNaissance(aahSituation(v)).montant.toNumber()) - cents(v.expected.primeNaissance)) > 1,
  );

  it('AAH: every adult of the 300 households to the cent, but the disagreements cited', () => {
    expect(aahMisses.map((v) => v.id)).toEqual(known('aah'));
  });
  it('prime à la naissance: the 300 households to the cent, but the disagreements cited', () => {
    expect(primeMisses.map((v) => v.id)).toEqual(known('primeNaissance'));
  });
});

describe('the AAH disagreements are the SMIC date of D821-9, and nothing else', () => {
  it("with the SMIC of the month computed (OpenFisca's reading), the rule gives OpenFisca's amount for every adult", () => {
    const ids = known('aah');
    // Measured: 7 of 300 households, all in a month the SMIC rose on its 1st (January 2024, November 2024, January 2026).
    expect(ids).toHaveLength(7);
    for (const id of ids) {
      const v = vectors.find((x) => x.id === id)!;
      const r = allocationAdultesHandicapes(aahSituation(v));
      r.adults.forEach((a, i) => {
        if (!a.eligible) return expect(v.expected.aah[i]).toBe(0);
        expect(a.evaluation).toBe('trimestrielle');
        const asOpenFisca = abattementsD821_9(a.revenusActivite.minus(a.revenusNeutralises), v.month).plus(
          a.autresRessources,
        );
        const montant = a.plafond.minus(asOpenFisca).div(12).max(Dec.ZERO).min(r.montantMaximal).cents().toNumber();
        expect(Math.abs(cents(montant) - cents(v.expected.aah[i]!))).toBeLessThanOrEqual(1);
        expect(cents(a.montant.toNumber())).toBeLessThan(cents(v.expected.aah[i]!));
      });
    }
  });
});

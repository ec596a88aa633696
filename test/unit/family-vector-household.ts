// OpenFisca's family households (test/cases/droits/family/vectors.json) as the app's household file: what a
// person (or a researcher with `droits`) would type. Only the facts the family benefits read are carried:
// the N-2 taxable income (`taxableIncomeN2`), the alimony, the children's birth months (or their ages alone,
// as old files and links give them). The housing aid reads taxable pay month by month, which the household
// file does not hold (it estimates it from net pay): it is left out of what this file is compared on.
import type { VectorHousehold } from './family-vector-situation.ts';

export interface FullVectorHousehold extends VectorHousehold {
  adults: (VectorHousehold['adults'][number] & { age: number; birthDate: string })[];
  children: { birthDate: string; age: number }[];
}

/** The household file of a vector; `withBirthMonths: false` gives the children's ages alone. */
export function vectorHouseholdFile(month: string, h: FullVectorHousehold, withBirthMonths: boolean): unknown {
  const yearN2 = String(Number(month.slice(0, 4)) - 2);
  return {
    month,
    adults: h.adults.map((a) => ({
      age: a.age,
      ...(withBirthMonths ? { birthMonth: a.birthDate.slice(0, 7) } : {}),
      activity: 'salarie',
      earnings: 0,
      taxableIncomeN2: a.taxableIncomeByYear[yearN2] ?? 0,
    })),
    children: h.children.map((c) => ({
      age: c.age,
      ...(withBirthMonths ? { birthMonth: c.birthDate.slice(0, 7) } : {}),
      activity: c.age < 16 ? 'scolaire' : 'etudiant',
    })),
    alimony: h.alimonyReceived.monthlyAmount,
    // OpenFisca gives the ASF to every single parent (its README, point 5).
    otherParentMissing: true,
    housing: { status: 'locataire', rent: 0, zone: h.housing.zone },
    benefitsSource: 'computed',
  };
}

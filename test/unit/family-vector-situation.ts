// OpenFisca's family households (test/cases/droits/family/vectors.json) as the one Situation the rules read:
// their housing words (`tenant`, `owner`, `hostedFree`) are the file's, translated here.
import { ageOn } from '../../src/benefits/family-resources.ts';
import { situation, situationAdult, type HousingStatus, type Situation } from '../../src/benefits/situation.ts';

export interface VectorHousehold {
  adults: { taxableIncomeByYear: Record<string, number>; taxableEarningsByMonth: Record<string, number> }[];
  children: { birthDate: string }[];
  alimonyReceived: { monthlyAmount: number };
  housing: { status: 'tenant' | 'owner' | 'hostedFree'; zone: 1 | 2 | 3; rentMonthly?: number };
}

const STATUS: Record<VectorHousehold['housing']['status'], HousingStatus> = {
  tenant: 'locataire',
  owner: 'proprietaire',
  hostedFree: 'heberge',
};

/** A child born on `birthDate`, with the age it has on the 1st of `month`. */
export const born = (month: string, birthDate: string) => ({
  birthDate,
  age: Math.max(0, ageOn(birthDate, `${month}-01`)),
});

export const vectorSituation = (month: string, h: VectorHousehold): Situation =>
  situation(month, {
    adults: h.adults.map((a) =>
      situationAdult({ taxablePayByYear: a.taxableIncomeByYear, taxablePay: a.taxableEarningsByMonth }),
    ),
    children: h.children.map((c) => born(month, c.birthDate)),
    alimony: h.alimonyReceived.monthlyAmount,
    housing: {
      status: STATUS[h.housing.status],
      zone: h.housing.zone,
      rent: h.housing.rentMonthly ?? 0,
      housingAid: {},
    },
  });

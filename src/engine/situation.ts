// From a household to the one Situation the benefit rules read, built once per household. The household
// gives net monthly earnings and ages or birth months; the family benefits and the housing aid read taxable pay and birth
// dates, so two conversions are made here, each stated where it applies.

import { addMonths } from '../benefits/months.ts';
import { type MonthMap, type Situation } from '../benefits/situation.ts';
import { birthDateOfMonth, type Household } from '../household/household.ts';
import { earningsTimeline, timelineMonths } from '../household/timeline.ts';

/**
 * Taxable pay per euro of net pay, for a household that does not give its taxable income: net pay
 * plus the non-deductible CSG (2.4 %) and CRDS (0.5 %), levied on 98.25 % of gross pay, with net pay
 * about 78 % of gross for an employee (CGI art. 154 quinquies; CSS L136-1-2, L136-8). An estimate, not
 * a rule: the tax notice's figure (`taxableIncomeN2`) replaces it.
 */
export const TAXABLE_PER_NET = 1 + (0.029 * 0.9825) / 0.78;

const constant = (months: string[], amount: number): MonthMap => Object.fromEntries(months.map((m) => [m, amount]));

/**
 * The household's situation for the law. Benefits received (family benefits, housing aid) are the
 * amounts typed in the household; `withReceived` replaces them by the law's in computed mode.
 */
export function situationOf(h: Household): Situation {
  const months = timelineMonths(h.month);
  const byMonth = (xs: number[]): MonthMap => Object.fromEntries(months.map((m, i) => [m, xs[i]!]));
  const yearN2 = String(Number(h.month.slice(0, 4)) - 2);
  return {
    month: h.month,
    applicationMonth: addMonths(h.month, -12),
    experimentation: false,
    adults: h.adults.map((a) => {
      const net = earningsTimeline(a, h.month, h.history.monthsWorked12);
      const taxable = net.map((x) => Math.round(x * TAXABLE_PER_NET * 100) / 100);
      const yearly = taxable.slice(-12).reduce((s, x) => s + x, 0);
      return {
        age: a.age,
        ...(a.birthMonth ? { birthDate: birthDateOfMonth(a.birthMonth) } : {}),
        student: a.activity === 'etudiant' || a.activity === 'apprenti',
        earnings: byMonth(net),
        taxablePay: byMonth(taxable),
        taxablePayByYear: { [yearN2]: a.taxableIncomeN2 ?? Math.round(yearly) },
        aah: constant(months, a.aah),
        ...(a.incapacity !== undefined ? { incapacity: a.incapacity, ...(a.rsdae ? { rsdae: true } : {}) } : {}),
        otherIncome: constant(months, a.otherIncome),
        ...(a.earningsStopped ? { stopped: [{ income: 'earnings' as const, ...a.earningsStopped }] } : {}),
      };
    }),
    // A child in employment is taken to earn above the dependant ceiling (55 % of the SMIC, R512-2 CSS).
    children: h.children
      .filter((c) => c.activity !== 'emploi')
      .map((c) => ({
        age: c.age,
        // The birth month when the household gives it. Without it the family rules date the birth in the
        // middle of the year its age allows (birthDateOf), and the prime and RSA read the age as given.
        ...(c.birthMonth ? { birthDate: birthDateOfMonth(c.birthMonth) } : {}),
        inSchool: c.activity !== 'sans_activite',
      })),
    pregnant: h.pregnant,
    ...(h.pregnant && h.expectedBirthMonth ? { expectedBirthMonth: h.expectedBirthMonth } : {}),
    recentSeparation: h.history.separation12m,
    housing: {
      status: h.housing.status,
      zone: h.housing.zone,
      rent: h.housing.status === 'locataire' ? h.housing.rent : 0,
      housingAid: h.benefits.housingAid,
    },
    otherResources: constant(months, h.alimony),
    // AF and CF count as resources for the prime and the RSA; the ARS does not (R844-5 CSS, R262-11 CASF).
    familyBenefits: constant(months, h.benefits.af + h.benefits.cf),
    alimony: h.adults.length === 1 ? h.alimony : 0,
    otherParentMissing: h.otherParentMissing,
  };
}

/** The situation with the family benefits and housing aid the law gives, assumed the same every month. */
export function withReceived(s: Situation, f: { af: number; cf: number; asf: number; housingAid: number }): Situation {
  const months = timelineMonths(s.month);
  return {
    ...s,
    housing: { ...s.housing, housingAid: f.housingAid },
    // The ASF counts too; the ARS does not (R844-5 CSS, R262-11 CASF).
    familyBenefits: constant(months, f.af + f.cf + f.asf),
  };
}

/** The situation with the AAH the law gives each adult whose incapacity rate is known (null: as typed). */
export function withAah(s: Situation, amounts: readonly (number | null)[]): Situation {
  const months = timelineMonths(s.month);
  return {
    ...s,
    adults: s.adults.map((a, i) => (amounts[i] == null ? a : { ...a, aah: constant(months, amounts[i]!) })),
  };
}

// From a household to the facts the family benefits and the housing aid read (src/benefits/family.ts).
// The household gives net monthly earnings and ages; these rules read taxable pay and birth dates, so
// two conversions are made here, each stated where it applies.

import type { FamilyInput } from '../benefits/family.ts';
import { addMonths } from '../benefits/months.ts';
import type { Household } from '../household/household.ts';
import { earningsTimeline, timelineMonths } from '../household/timeline.ts';

/**
 * Taxable pay per euro of net pay, for a household that does not give its taxable income: net pay
 * plus the non-deductible CSG (2.4 %) and CRDS (0.5 %), levied on 98.25 % of gross pay, with net pay
 * about 78 % of gross for an employee (CGI art. 154 quinquies; CSS L136-1-2, L136-8). An estimate, not
 * a rule: the tax notice's figure (`taxableIncomeN2`) replaces it.
 */
export const TAXABLE_PER_NET = 1 + (0.029 * 0.9825) / 0.78;

/**
 * A child's birth date from the age in the household's month: the middle of the year of ages it
 * allows (age A on the 1st of M means born between M − A − 1 years and M − A years).
 */
export function birthDateFor(month: string, age: number): string {
  return `${addMonths(month, -(12 * age + 6))}-15`;
}

export function familyInputFor(h: Household): FamilyInput {
  const months = timelineMonths(h.month);
  const yearN2 = String(Number(h.month.slice(0, 4)) - 2);
  const status = h.housing.status;
  return {
    month: h.month,
    adults: h.adults.map((a) => {
      const net = earningsTimeline(a, h.month, h.history.monthsWorked12);
      const taxable = net.map((x) => Math.round(x * TAXABLE_PER_NET * 100) / 100);
      const yearly = taxable.slice(-12).reduce((s, x) => s + x, 0);
      return {
        taxableIncomeByYear: { [yearN2]: a.taxableIncomeN2 ?? Math.round(yearly) },
        taxableEarningsByMonth: Object.fromEntries(months.map((m, i) => [m, taxable[i]!])),
      };
    }),
    // A child in employment is taken to earn above the dependant ceiling (55 % of the SMIC, R512-2 CSS).
    children: h.children
      .filter((c) => c.activity !== 'emploi')
      .map((c) => ({ birthDate: birthDateFor(h.month, c.age), inSchool: c.activity !== 'sans_activite' })),
    alimonyMonthly: h.adults.length === 1 ? h.alimony : 0,
    asfOtherParentMissing: h.otherParentMissing,
    aahOrAeehReceived: h.adults.some((a) => a.aah > 0),
    housing: {
      status: status === 'locataire' ? 'tenant' : status === 'proprietaire' ? 'owner' : 'hostedFree',
      zone: h.housing.zone,
      rentMonthly: status === 'locataire' ? h.housing.rent : 0,
    },
  };
}

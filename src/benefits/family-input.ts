// The household facts that the family benefits and the housing aid read, and the ages and annual resources
// derived from them. Amounts are euros; a month is YYYY-MM, a date YYYY-MM-DD.

import { Dec } from './decimal.ts';
import { addMonths } from './months.ts';
import { param } from './family-params.ts';

export interface FamilyAdult {
  /** Taxable pay ("salaire imposable", before the 10 % deduction) by calendar year; the family benefits read N-2. */
  taxableIncomeByYear: Record<string, number>;
  /** Taxable pay by month; the housing aid reads the twelve months M-13 … M-2 (missing months count as 0). */
  taxableEarningsByMonth: Record<string, number>;
}

export interface FamilyChild {
  birthDate: string;
  /**
   * Enrolled in a school or an apprenticeship at the school start (L543-1 CSS; presumed under 16, R543-2).
   * Default true. A child who is not does not open the ARS.
   */
  inSchool?: boolean;
}

export type HousingStatus = 'tenant' | 'owner' | 'hostedFree';

export interface FamilyInput {
  /** The month computed (M). */
  month: string;
  /** One or two adults; two adults are a couple (married, PACS or cohabiting: one household for the CAF). */
  adults: FamilyAdult[];
  /** Children in the household's care, whatever their age (the rules apply their own age limits). */
  children: FamilyChild[];
  /** Alimony that a single parent receives each month for all the children (assumed the same every month). */
  alimonyMonthly: number;
  /**
   * For a single parent: whether the other parent is absent, defaulting or pays less than the ASF (L523-1 CSS).
   * Default true, as for a single parent who declares no help from the other parent.
   */
  asfOtherParentMissing?: boolean;
  /** The applicant or the partner receives the AAH, or the household the AEEH: no rent degressivity (D823-16). */
  aahOrAeehReceived?: boolean;
  housing: {
    status: HousingStatus;
    /** Housing-aid zone (CCH, arrêté du 17/03/1978): 1 (incl. 1bis), 2 or 3. */
    zone: 1 | 2 | 3;
    /** Rent without charges, for an unfurnished private rental (tenants only). */
    rentMonthly: number;
    /**
     * The month the housing aid was opened or last re-examined: resources are assessed every three months
     * (CCH R822-3), from the months before that date. Default: the month computed, as OpenFisca does.
     */
    reviewMonth?: string;
  };
}

/** Completed years on `date` (YYYY-MM-DD) of someone born on `birthDate`. */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The last day (YYYY-MM-DD) of `month`. */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/**
 * The age that opens a right in `month`: the age reached by the end of the month before, since a right (or a
 * change that raises it) is due from the month after the one in which its conditions are met (CSS R552-2 I,
 * CCH R823-10, R823-13). A child of 14 on 15 March counts from April; one of 14 on 1 March, also from April.
 */
export const ageOpening = (birthDate: string, month: string): number =>
  ageOn(birthDate, lastDayOf(addMonths(month, -1)));

/**
 * The age that ends a right in `month`: the age reached by the end of the month, since a right stops from the
 * month in which its conditions cease (CSS R552-3 I, CCH R823-12, R823-13). A child of 20 on 15 March stops
 * counting in March.
 */
export const ageClosing = (birthDate: string, month: string): number => ageOn(birthDate, lastDayOf(month));

export interface ChildInMonth {
  birthDate: string;
  /** The age that opens rights in the month (see ageOpening). */
  age: number;
}

/** The children who count in `month` for a right that ends at `limit`: born before the month, not `limit` in it. */
export function childrenUnder(input: FamilyInput, limit: number, month = input.month): ChildInMonth[] {
  return input.children
    .filter((c) => ageOpening(c.birthDate, month) >= 0 && ageClosing(c.birthDate, month) < limit)
    .map((c) => ({ birthDate: c.birthDate, age: ageOpening(c.birthDate, month) }));
}

export const isCouple = (input: FamilyInput): boolean => input.adults.length === 2;
export const isSingleParent = (input: FamilyInput): boolean => input.adults.length === 1 && input.children.length > 0;

/** Rounded to the euro, halves up, as the income tax rounds its deductions. */
const euro = (x: Dec): Dec => x.div(100).cents().times(100);

/** Pay minus the 10 % deduction for professional expenses, within its min and max for income year `year`. */
export function netTaxablePay(pay: Dec, year: number): Dec {
  if (!pay.gt(Dec.ZERO)) return Dec.ZERO;
  const m = `${year}-01`;
  const deduction = euro(pay.times(param('ab', 'taux', m)))
    .clamp(param('ab', 'deduction_salaires_min', m), param('ab', 'deduction_salaires_max', m))
    .min(pay);
  return pay.minus(deduction);
}

/** Pensions (alimony) minus the 10 % allowance, within its min and max for income year `year`. */
export function netTaxablePensions(pensions: Dec, year: number): Dec {
  if (!pensions.gt(Dec.ZERO)) return Dec.ZERO;
  const m = `${year}-01`;
  const allowance = euro(pensions.times(param('ab', 'taux', m)))
    .clamp(param('ab', 'abattement_pensions_min', m), param('ab', 'abattement_pensions_max', m))
    .min(pensions);
  return pensions.minus(allowance);
}

const alimonyOfYear = (input: FamilyInput): Dec => Dec.of(input.alimonyMonthly).times(12);

/**
 * Resources of the family benefits (CSS R532-1, R532-3): the net taxable income of calendar year N-2 of the
 * adults, each adult's pay net of the 10 % deduction, plus the alimony received net of its 10 % allowance.
 */
export function pfResourcesByAdult(input: FamilyInput, month = input.month): Dec[] {
  const year = Number(month.slice(0, 4)) - 2;
  return input.adults.map((a, i) => {
    const pay = netTaxablePay(Dec.of(a.taxableIncomeByYear[String(year)] ?? 0), year);
    return i === 0 ? pay.plus(netTaxablePensions(alimonyOfYear(input), year)) : pay;
  });
}

/**
 * Resources of the housing aid (CCH R822-3, R822-4): the taxable pay of the twelve months M-13 … M-2 before the
 * opening or re-examination month, net of the 10 % deduction, plus the alimony of the calendar year before it net
 * of its allowance; the aid rounds the household total up to the next 100 € (D823-17). No text found fixes which
 * year's CGI min and max apply to a rolling window: like OpenFisca we take year N-1 for pay and year N for
 * pensions (see docs/family-benefits.md).
 */
export function housingResourcesByAdult(input: FamilyInput): Dec[] {
  const year = Number(housingReviewMonth(input).slice(0, 4));
  return housingPayByAdult(input).map((pay, i) =>
    i === 0 ? pay.plus(netTaxablePensions(alimonyOfYear(input), year)) : pay,
  );
}

/** The month whose preceding months the housing aid reads (see FamilyInput.housing.reviewMonth). */
export const housingReviewMonth = (input: FamilyInput): string => input.housing.reviewMonth ?? input.month;

/** Each adult's taxable pay of M-13 … M-2 before the review month, net of the 10 % deduction (R822-3 1°). */
export function housingPayByAdult(input: FamilyInput): Dec[] {
  const review = housingReviewMonth(input);
  const year = Number(review.slice(0, 4));
  const months = Array.from({ length: 12 }, (_, k) => addMonths(review, -13 + k));
  return input.adults.map((a) =>
    netTaxablePay(Dec.sum(months.map((m) => Dec.of(a.taxableEarningsByMonth[m] ?? 0))), year - 1),
  );
}

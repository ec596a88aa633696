// What the family benefits and the housing aid read of the Situation: children's ages from their birth
// dates, and the annual resources net of the income-tax deductions. Amounts are euros; a month is
// YYYY-MM, a date YYYY-MM-DD.

import { Dec } from './decimal.ts';
import { addMonths } from './months.ts';
import { param } from './family-params.ts';
import { birthDateOf, type Situation } from './situation.ts';

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
export function childrenUnder(input: Situation, limit: number, month = input.month): ChildInMonth[] {
  return birthDates(input)
    .filter((b) => ageOpening(b, month) >= 0 && ageClosing(b, month) < limit)
    .map((birthDate) => ({ birthDate, age: ageOpening(birthDate, month) }));
}

/** Each child's birth date, known or taken from the age in the situation's month. */
export const birthDates = (input: Situation): string[] => input.children.map((c) => birthDateOf(c, input.month));

export const isCouple = (input: Situation): boolean => input.adults.length === 2;
export const isSingleParent = (input: Situation): boolean => input.adults.length === 1 && input.children.length > 0;

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

const alimonyOfYear = (input: Situation): Dec => Dec.of(input.alimony).times(12);

/**
 * Resources of the family benefits (CSS R532-1, R532-3): the net taxable income of calendar year N-2 of the
 * adults, each adult's pay net of the 10 % deduction, plus the alimony received net of its 10 % allowance.
 */
export function pfResourcesByAdult(input: Situation, month = input.month): Dec[] {
  const year = Number(month.slice(0, 4)) - 2;
  return input.adults.map((a, i) => {
    const pay = netTaxablePay(Dec.of(a.taxablePayByYear[String(year)] ?? 0), year);
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
export function housingResourcesByAdult(input: Situation): Dec[] {
  const year = Number(housingReviewMonth(input).slice(0, 4));
  return housingPayByAdult(input).map((pay, i) =>
    i === 0 ? pay.plus(netTaxablePensions(alimonyOfYear(input), year)) : pay,
  );
}

/** The month whose preceding months the housing aid reads (see Situation.housing.reviewMonth). */
export const housingReviewMonth = (input: Situation): string => input.housing.reviewMonth ?? input.month;

/** Each adult's taxable pay of M-13 … M-2 before the review month, net of the 10 % deduction (R822-3 1°). */
export function housingPayByAdult(input: Situation): Dec[] {
  const review = housingReviewMonth(input);
  const year = Number(review.slice(0, 4));
  const months = Array.from({ length: 12 }, (_, k) => addMonths(review, -13 + k));
  return input.adults.map((a) => netTaxablePay(Dec.sum(months.map((m) => Dec.of(a.taxablePay[m] ?? 0))), year - 1));
}

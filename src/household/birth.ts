// Birth months: a person's age in a month from the month and year of birth. Kept apart from the rules so that
// the form can show the age it implies without loading them.

/** `YYYY-MM`, a plausible birth year. */
export const BIRTH_MONTH = /^(19|20)\d\d-(0[1-9]|1[0-2])$/;

/**
 * The date a birth month stands for: its first day. Every family rule reads an age at the end of a month
 * (ageOpening, ageClosing, the ARS's 31 January and 31 December), which the month alone decides; the only day
 * the law names inside a month is the ARS's 15 September (not yet 18): a child born in September is taken as 18
 * on it, and the form says that the month alone cannot decide it.
 */
export const birthDateOfMonth = (birthMonth: string): string => `${birthMonth}-01`;

/** Completed years on the first day of `month` of someone born in `birthMonth` (taken as born on its 1st). */
export function ageInMonth(birthMonth: string, month: string): number {
  const [by, bm] = birthMonth.split('-').map(Number) as [number, number];
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y - by - (m < bm ? 1 : 0);
}

// The household edits the form asks for, as functions on the (proxied) household: the app state
// exposes each as a method so that components run no rule.

import { ageInMonth, BIRTH_MONTH, emptyAdult, type Child, type Household } from '../household/household.ts';
import { earningsTimeline } from '../household/timeline.ts';

export function addPartner(h: Household): void {
  if (h.adults.length < 2) h.adults.push({ ...emptyAdult(), earnings: 0, activity: 'inactif' });
}

export function addChild(h: Household): void {
  h.children.push({ age: 6, activity: 'scolaire' });
}

/** Switches an adult to month-by-month earnings, starting from what the shortcut fields say. */
export function startEarningsHistory(h: Household, index: number): void {
  const adult = h.adults[index];
  if (adult) adult.earningsHistory = earningsTimeline(adult, h.month, h.history.monthsWorked12);
}

/** Earnings that stopped for good, by default since this month and at the end of a contract. */
export function setEarningsStopped(h: Household, index: number, on: boolean): void {
  const adult = h.adults[index];
  if (!adult) return;
  if (on) adult.earningsStopped = { since: h.month, reason: 'endOfContract' };
  else delete adult.earningsStopped;
}

export function stopEarningsHistory(h: Household, index: number): void {
  const adult = h.adults[index];
  if (adult) delete adult.earningsHistory;
}

/**
 * A birth month typed for a person (cleared: undefined): the age follows it once it is a whole month
 * not after the household's, so that the file stays consistent for readers of the age alone.
 */
export function birthEdit(value: string, month: string): Partial<Pick<Child, 'birthMonth' | 'age'>> {
  const edit: Partial<Pick<Child, 'birthMonth' | 'age'>> = { birthMonth: value || undefined };
  if (value && BIRTH_MONTH.test(value) && value <= month) edit.age = ageInMonth(value, month);
  return edit;
}

// The household's months: the window the entitlement rules read, and each adult's earnings in it.
// Kept apart from the rules so that the interface can use it without loading them.

import { addMonths } from '../benefits/months.ts';
import { HISTORY_MONTHS, type Adult } from './household.ts';

/** The months of the timeline, oldest first, ending with the household's month. */
export function timelineMonths(month: string): string[] {
  return Array.from({ length: HISTORY_MONTHS }, (_, i) => addMonths(month, i - HISTORY_MONTHS + 1));
}

/** An adult's earnings by month: the history when given, else `earnings` in the last `worked` months. */
export function earningsTimeline(a: Adult, month: string, worked: number): number[] {
  if (a.earningsHistory) return a.earningsHistory;
  // Worked N of the last 12 months: the most recent N; months before the year follow the year's first month.
  return timelineMonths(month).map((_, i) => {
    const monthsAgo = HISTORY_MONTHS - 1 - i;
    return Math.min(monthsAgo, 11) < worked ? a.earnings : 0;
  });
}

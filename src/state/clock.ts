// The month of the situation by default: the device's own calendar month, not UTC's (on the
// 1st in France, UTC is still in the previous month for an hour or two).

/** `YYYY-MM` of `date` in the device's time zone. */
export function localMonth(date: Date = new Date()): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

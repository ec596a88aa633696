// Dated legal parameters: a value applies from its date until the next one. The month of a
// computation picks the values in force, as OpenFisca does.

export interface DatedValue {
  from: string;
  value: string;
  ref: string;
  url?: string;
}

export interface DatedSeries {
  description: { fr: string; en: string };
  unit: string;
  values: DatedValue[];
}

/**
 * The entry in force during `month` (YYYY-MM). Before the first date there is no value: it
 * throws rather than price a month with another period's parameter (inputs are checked against
 * FIRST_MONTH first, so this is a programming error, not a user's).
 */
export function inForce(series: DatedSeries, month: string): DatedValue {
  const day = `${month}-01`;
  let current: DatedValue | undefined;
  for (const v of series.values) if (v.from <= day) current = v;
  if (!current)
    throw new RangeError(`${series.description.en}: no value before ${series.values[0]?.from} (asked for ${month})`);
  return current;
}

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

/** The entry in force during `month` (YYYY-MM); before the first date, the first entry. */
export function inForce(series: DatedSeries, month: string): DatedValue {
  const day = `${month}-01`;
  let current = series.values[0]!;
  for (const v of series.values) if (v.from <= day) current = v;
  return current;
}

// Dated parameters of the family benefits and the housing aid, read as decimals for a month. Kept apart from
// params.ts so that the family rules can be reviewed and integrated on their own.

import aahRaw from './parameters/aah.json' with { type: 'json' };
import abattementsRaw from './parameters/abattements-revenus.json' with { type: 'json' };
import afRaw from './parameters/allocations-familiales.json' with { type: 'json' };
import housingAidRaw from './parameters/aides-logement.json' with { type: 'json' };
import arsRaw from './parameters/ars.json' with { type: 'json' };
import asfRaw from './parameters/asf.json' with { type: 'json' };
import cfRaw from './parameters/complement-familial.json' with { type: 'json' };
import pajeRaw from './parameters/paje.json' with { type: 'json' };
import pfRaw from './parameters/prestations-familiales.json' with { type: 'json' };
import { inForce, type DatedSeries } from './dated.ts';
import { Dec } from './decimal.ts';

type Table = Record<string, DatedSeries>;
export const FAMILY_PARAMETERS = {
  prestationsFamiliales: pfRaw as Table,
  af: afRaw as Table,
  cf: cfRaw as Table,
  asf: asfRaw as Table,
  ars: arsRaw as Table,
  housingAid: housingAidRaw as Table,
  abattements: abattementsRaw as Table,
  paje: pajeRaw as Table,
  aah: aahRaw as Table,
} as const;

/** The first month for which every family parameter has a value in force (AF ceilings, R0: January 2024). */
export const FAMILY_FIRST_MONTH = '2024-01';

/**
 * The last month each group of values is known for: after it a revaluation is due that the tables do not hold
 * yet, and the last known value is used (with a warning in the result) rather than a guess.
 */
export const FAMILY_KNOWN_UNTIL: readonly { until: string; what: string }[] = [
  { until: '2026-09', what: 'aides au logement : loyers plafonds, charges et P0 revalorisés au 1er octobre (IRL)' },
  {
    until: '2026-12',
    what: 'plafonds de ressources des AF, du CF et de l’ARS, R0 des aides au logement (1er janvier)',
  },
  { until: '2027-03', what: 'BMAF (revalorisée au 1er avril)' },
];

/** Every numeric value of a table in force during a month, parsed once per month (the sweeps ask often). */
function reader(table: Table, skip: readonly string[] = []) {
  const cache = new Map<string, Readonly<Record<string, Dec>>>();
  return (month: string): Readonly<Record<string, Dec>> => {
    let out = cache.get(month);
    if (!out) {
      const fresh: Record<string, Dec> = {};
      // A parameter created after `month` (the 2026 reform's age) is absent then, not priced by a later
      // value: a rule that asks for it before it exists fails in `need`.
      for (const [k, series] of Object.entries(table))
        if (!skip.includes(k) && series.values[0]!.from <= `${month}-01`)
          fresh[k] = Dec.of(inForce(series, month).value);
      cache.set(month, (out = Object.freeze(fresh)));
    }
    return out;
  };
}

/** A parameter the rules need but the table lacks is a programming error: fail loudly, never compute with 0. */
function need(values: Readonly<Record<string, Dec>>, key: string): Dec {
  const v = values[key];
  if (!v) throw new Error(`missing family parameter: ${key}`);
  return v;
}

const readers = {
  pf: reader(FAMILY_PARAMETERS.prestationsFamiliales),
  af: reader(FAMILY_PARAMETERS.af, ['majoration_age_reforme_pivot']),
  cf: reader(FAMILY_PARAMETERS.cf),
  asf: reader(FAMILY_PARAMETERS.asf),
  ars: reader(FAMILY_PARAMETERS.ars),
  housingAid: reader(FAMILY_PARAMETERS.housingAid),
  ab: reader(FAMILY_PARAMETERS.abattements),
  paje: reader(FAMILY_PARAMETERS.paje),
  aah: reader(FAMILY_PARAMETERS.aah),
};
export type FamilyTable = keyof typeof readers;

/** The value of `key` in table `table` in force during `month` (YYYY-MM). */
export function param(table: FamilyTable, key: string, month: string): Dec {
  return need(readers[table](month), key);
}

/** The base mensuelle des allocations familiales in force during `month`. */
export const bmafAt = (month: string): Dec => param('pf', 'bmaf', month);

/** Birth date from which the 2026 age of the AF majoration applies, or null before the reform. */
export function afReformPivot(month: string): string | null {
  const series = FAMILY_PARAMETERS.af['majoration_age_reforme_pivot']!;
  return `${month}-01` >= series.values[0]!.from ? inForce(series, month).value : null;
}

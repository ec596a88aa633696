// The published aggregates a weight set is checked against (src/calibration/targets.csv, copied
// from the project's facts/cnaf/calibration-targets.csv): read from the CSV's own columns, then
// turned into the targets used, each with the value and tolerance after the chosen reading.

import { parseDecimal, readCsv } from '../../formats/csv.ts';
export { SHIPPED_TARGETS_CSV } from '../../calibration/targets.ts';

/** What a target measures on the synthetic population, for one weight set. */
export type Statistic = 'singleParent' | 'precarious' | 'hitRate' | 'baseRate';

/** One row of the targets file, as published (value and tolerance as written). */
export interface TargetRow {
  id: string;
  quantity: string;
  value: number;
  /** NaN when the row gives none (controlled_count, datamining_share_home_controls). */
  tolerance: number;
  population: string;
  year: string;
  interpretation: string;
  confidence: string;
  source: string;
  quote: string;
}

/** A target as the calibration uses it. */
export interface Target {
  id: string;
  statistic: Statistic;
  /** After the reading (the 36 % read for the data-mined group is 0.45). */
  value: number;
  tolerance: number;
  /** Switched on: a weight set must meet it. Off: its achieved distribution is still reported. */
  used: boolean;
  /** How the row was read, in words (English; the docs give the French). */
  reading: string;
}

/** How the 36 % of home controls is read (see docs/calibration.md). */
export type SingleParentReading = 'controlled' | 'datamined';

export interface TargetOptions {
  reading?: SingleParentReading;
  /** Target ids switched on; default DEFAULT_USED. */
  use?: readonly string[];
}

/** The statistic of each target id the engine can compute. */
export const STATISTIC_OF: Readonly<Record<string, Statistic>> = {
  single_parent_share_controlled: 'singleParent',
  precarious_share_controlled: 'precarious',
  targeted_hit_rate: 'hitRate',
  learning_base_rate: 'baseRate',
};

/**
 * On by default: the single-parent share (the one composition fact with a source of medium
 * confidence) and the two levels of the score (hit rate, base rate), whose weakness is already in
 * their wide tolerances. The precarious share is off: under the definition the records allow, 71 %
 * of the synthetic population is "precarious", so 0.67 ± 0.10 would forbid the controlled group to
 * be more precarious than the population, reading the quote against its sense (docs/calibration.md).
 */
export const DEFAULT_USED: readonly string[] = [
  'single_parent_share_controlled',
  'targeted_hit_rate',
  'learning_base_rate',
];

/** Population share of single parents used by the "data-mined" reading (facts/cnaf, 16 %). */
export const SINGLE_PARENT_POPULATION_SHARE = 0.16;

const COLUMNS = [
  'id',
  'quantity',
  'value',
  'tolerance',
  'population',
  'year',
  'interpretation_for_the_model',
  'confidence',
  'source_url',
  'quote',
] as const;

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Reads a targets file in the columns of the shipped one; a row with a bad number is an error, never skipped. */
export function parseTargets(text: string): Parsed<TargetRow[]> {
  const table = readCsv(text);
  if (table.unclosedQuoteLine) return { ok: false, errors: [`line ${table.unclosedQuoteLine}: unclosed quote`] };
  const [head, ...rows] = table.rows;
  const names = head?.cells.map((c) => c.toLowerCase()) ?? [];
  const missing = COLUMNS.filter((c) => !names.includes(c));
  if (missing.length) return { ok: false, errors: [`missing columns: ${missing.join(', ')}`] };
  const col = (r: string[], name: (typeof COLUMNS)[number]) => r[names.indexOf(name)] ?? '';
  const errors: string[] = [];
  const out: TargetRow[] = [];
  for (const { line, cells } of rows) {
    const value = parseDecimal(col(cells, 'value'), table.delimiter);
    const tolText = col(cells, 'tolerance');
    const tolerance = tolText === '' ? NaN : parseDecimal(tolText, table.delimiter);
    if (!Number.isFinite(value)) errors.push(`line ${line}: value "${col(cells, 'value')}" is not a number`);
    if (tolText !== '' && !(tolerance > 0))
      errors.push(`line ${line}: tolerance "${tolText}" is not a positive number`);
    out.push({
      id: col(cells, 'id'),
      quantity: col(cells, 'quantity'),
      value,
      tolerance,
      population: col(cells, 'population'),
      year: col(cells, 'year'),
      interpretation: col(cells, 'interpretation_for_the_model'),
      confidence: col(cells, 'confidence'),
      source: col(cells, 'source_url'),
      quote: col(cells, 'quote'),
    });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}

/** The threshold and the targets used, from the rows: the controlled count, and each known statistic. */
export function resolveTargets(
  rows: readonly TargetRow[],
  options: TargetOptions = {},
): Parsed<{ controls: number; targets: Target[] }> {
  const errors: string[] = [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const use = options.use ?? DEFAULT_USED;
  for (const id of use) if (!STATISTIC_OF[id] || !byId.has(id)) errors.push(`no target "${id}" to switch on`);
  const controls = byId.get('controlled_count')?.value ?? NaN;
  if (!(controls >= 1)) errors.push('controlled_count: a positive number of controlled households is needed');
  const reading = options.reading ?? 'controlled';
  const targets: Target[] = [];
  for (const r of rows) {
    const statistic = STATISTIC_OF[r.id];
    if (!statistic) continue;
    if (!(r.tolerance > 0)) {
      errors.push(`${r.id}: a tolerance is needed`);
      continue;
    }
    let { value, tolerance } = r;
    let text = 'as published';
    if (statistic === 'singleParent' && reading === 'datamined') {
      // If the 30 % of home controls not from data mining had the population's share, the data-mined
      // share is (v − 0.3·p)/0.7; the tolerance goes through the same line (÷ 0.7), not widened.
      const dm = byId.get('datamining_share_home_controls')?.value ?? NaN;
      if (!(dm > 0 && dm <= 1)) errors.push('datamining_share_home_controls is needed for the "datamined" reading');
      value = (r.value - (1 - dm) * SINGLE_PARENT_POPULATION_SHARE) / dm;
      tolerance = r.tolerance / dm;
      text = `data-mined group: (${r.value} − ${+(1 - dm).toFixed(3)} × ${SINGLE_PARENT_POPULATION_SHARE}) / ${dm}`;
    } else if (statistic === 'singleParent') text = 'the controlled group is the data-mined group';
    else if (statistic === 'precarious')
      text = 'precarious: RSA, prime d’activité or AAH, or resources under 942 € a month per consumption unit';
    targets.push({ id: r.id, statistic, value, tolerance, used: use.includes(r.id), reading: text });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: { controls, targets } };
}

// Builds one model variable (still unchecked: validate-model.ts checks it) from the rows of a
// coefficient table that name it. Every lookup is a Map or a Set: a table may have 10,000 rows.

import type { Problems } from '../problems/index.ts';
import type { Direction, SourcedNumber, Status, LocalizedText, Variable } from '../engine/types.ts';

/** Source key of the numbers whose provenance the table does not state. */
export const IMPORT_SOURCE = 'import';
const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?`;
const BIN = new RegExp(String.raw`^([[(])\s*(-inf|${NUMBER})?\s*[,;]\s*(\+?inf|${NUMBER})?\s*([\])])$`, 'i');
/** A level that reads as an attempt at a bin (a bracket at either end): it must then be a valid one. */
const BIN_LIKE = /^[[(]|[\])]$/;

/** One row of the table, coefficient already in log-odds. */
export interface Row {
  line: number;
  level: string;
  value: number;
  status: Status;
  source: string;
  label: string;
  /** From the optional `direction`, `min` and `max` columns. */
  direction?: Direction;
  range?: [number, number];
  /** From the optional `sd` column: the publisher's standard deviation of the value. */
  sd?: number;
}

/** The level of a numeric variable's missing bin, and of a categorical variable's missing reference. */
export const MISSING_LEVEL = 'missing';
/** `impute:<indicator id>` (or `impute:`): a missing value is replaced by the row's coefficient column. */
const IMPUTE = /^impute:([A-Za-z0-9_][A-Za-z0-9_.-]{0,79})?$/;

type NumOf = (r: Row) => SourcedNumber;
const numOf: NumOf = (r) => ({
  value: r.value,
  status: r.status,
  source: r.source,
  ...(r.direction ? { direction: r.direction } : {}),
  ...(r.range ? { range: r.range } : {}),
  ...(r.sd !== undefined ? { sd: r.sd } : {}),
});

/**
 * The variable `id` as the raw shape of a model file. Its kind is read from the levels: `1`
 * (boolean, one row), `*` (linear), intervals (bins), anything else (categorical). `known` is the
 * template's variable of the same id; `lines` receives the line of each level or bin for the messages.
 */
export function buildVariable(
  id: string,
  rows: Row[],
  known: Variable | undefined,
  path: string,
  p: Problems,
  lines: Map<string, number>,
  levelColumn = 2,
): object {
  const label = rows.find((r) => r.label)?.label;
  // One object per variable, filled in place: a table may have 100,000 of them.
  const v: Record<string, unknown> = {
    id,
    label: known?.label ?? (label ? { fr: label, en: label } : { fr: id, en: id }),
    labelStatus: known?.labelStatus ?? 'unknown',
    source: known?.source && known.source !== '' ? known.source : IMPORT_SOURCE,
  };
  if (known?.definition) v.definition = known.definition;
  const first = rows[0]!;
  if (!known || known.type === 'unknown') p.warn(path, 'csv.unknownVariable', { id }, first.line);
  // validate-model reports a bad weight at `….coefficient.value`; with one row, the variable's own
  // line (set by the caller) is that row's, and the problem collector falls back to it: no entry per row.
  const unit = known?.type === 'numeric' ? known.unit : 'unité';
  // A numeric variable (by its template, or by a level written as a bin) has levels that are `*` or
  // bins: anything else would be a level that never matches, its weight silently dropped.
  const numeric =
    known?.type === 'numeric' || rows.some((r) => BIN.test(r.level) || BIN_LIKE.test(r.level) || IMPUTE.test(r.level));
  if (numeric) {
    // The missing bin and the imputation rows are taken out first: what is left are `*` or bins.
    const special = (r: Row) => r.level === MISSING_LEVEL || IMPUTE.test(r.level);
    const bad = rows.filter((r) => r.level !== '*' && !BIN.test(r.level) && !special(r));
    for (const r of bad) p.error(path, 'csv.badBin', { variable: id, level: r.level, column: levelColumn }, r.line);
    if (bad.length) return v;
    const missing = rows.find((r) => r.level === MISSING_LEVEL);
    const impute = rows.find((r) => IMPUTE.test(r.level));
    if (missing || impute) {
      const rest = rows.filter((r) => !special(r));
      if (rest.length === 0 || rest.some((r) => r.level === '*'))
        p.error(path, 'csv.missingNeedsBins', { variable: id }, (missing ?? impute)!.line);
      const out = buildVariable(id, rest.length ? rest : rows.slice(0, 1), known, path, p, lines, levelColumn);
      if (missing) {
        lines.set(`${path}.missing`, missing.line);
        Object.assign(out, { missing: numOf(missing) });
      }
      if (impute) {
        lines.set(`${path}.impute`, impute.line);
        const indicator = IMPUTE.exec(impute.level)![1];
        Object.assign(out, { impute: { value: numOf(impute), ...(indicator ? { indicator } : {}) } });
      }
      return out;
    }
  }
  if (rows.length === 1 && first.level === '1' && !numeric) {
    return Object.assign(v, { type: 'boolean', coefficient: numOf(first) });
  }
  if (rows.some((r) => r.level === '*')) {
    if (rows.length > 1)
      p.error(path, 'csv.linearSingleRow', { lines: rows.map((r) => r.line).join(', ') }, rows[1]!.line);
    // Like the unit, the usual spread of the variable comes from the template (a table has no column for it).
    const span = known?.type === 'numeric' && known.encoding === 'linear' ? known.span : undefined;
    return Object.assign(v, {
      type: 'numeric',
      encoding: 'linear',
      unit,
      ...(span !== undefined ? { span } : {}),
      coefficient: numOf(first),
    });
  }
  if (rows.every((r) => BIN.test(r.level)))
    return Object.assign(v, { type: 'numeric', encoding: 'bins', unit, bins: bins(rows, path, lines) });
  return categorical(v as { id: string }, rows, known, path, p, lines);
}

function bins(rows: Row[], path: string, lines: Map<string, number>) {
  const bound = (s: string | undefined) => (s === undefined || /inf$/i.test(s) ? null : Number(s));
  const sorted = rows
    .map((r) => {
      const m = BIN.exec(r.level)!;
      return { min: bound(m[2]), max: bound(m[3]), coefficient: numOf(r), line: r.line };
    })
    .sort((a, b) => (a.min ?? -Infinity) - (b.min ?? -Infinity));
  sorted.forEach((b, j) => lines.set(`${path}.bins[${j}]`, b.line));
  return sorted.map(({ line: _line, ...b }) => b);
}

function categorical(
  base: { id: string },
  rows: Row[],
  known: Variable | undefined,
  path: string,
  p: Problems,
  lines: Map<string, number>,
) {
  const knownLevels = known?.type === 'categorical' ? known.levels : undefined;
  // The first row of each level: a level given twice is reported by validate-model.
  const rowOf = new Map<string, Row>();
  for (const r of rows) if (!rowOf.has(r.level)) rowOf.set(r.level, r);
  let reference: string;
  let levels: Array<{ id: string; label: LocalizedText }>;
  if (knownLevels) {
    const ids = new Set(knownLevels.map((l) => l.id));
    for (const r of rows)
      if (!ids.has(r.level))
        p.error(path, 'csv.unknownLevel', { level: r.level, variable: base.id, levels: [...ids].join(', ') }, r.line);
    const missing = knownLevels.filter((l) => !rowOf.has(l.id));
    const zero = rows.filter((r) => r.value === 0);
    if (missing.length === 1) reference = missing[0]!.id;
    else if (missing.length === 0 && zero.length === 1) reference = zero[0]!.level;
    else {
      const names = missing.map((l) => l.id).join(', ');
      p.error(path, 'csv.levelsMissing', { count: missing.length, levels: names }, rows[0]!.line);
      reference = missing[0]?.id ?? '';
    }
    levels = knownLevels;
  } else if (rowOf.has(MISSING_LEVEL)) {
    // An EBM's categorical term: its missing bin is 0 by construction, so it is the reference.
    reference = MISSING_LEVEL;
    const m = rowOf.get(MISSING_LEVEL)!;
    if (m.value !== 0) p.error(path, 'csv.missingLevelNotZero', { variable: base.id, value: m.value }, m.line);
    levels = [...rowOf.values()].map((r) => ({
      id: r.level,
      label: { fr: r.label || r.level, en: r.label || r.level },
    }));
  } else {
    reference = '(reference)';
    levels = [
      ...rows.map((r) => ({ id: r.level, label: { fr: r.label || r.level, en: r.label || r.level } })),
      { id: reference, label: { fr: 'autre (référence)', en: 'other (reference)' } },
    ];
  }
  const out = levels.map((l, j) => {
    const r = rowOf.get(l.id);
    if (r) lines.set(`${path}.levels[${j}]`, r.line);
    return l.id === reference
      ? { id: l.id, label: l.label }
      : { id: l.id, label: l.label, coefficient: r ? numOf(r) : undefined };
  });
  return { ...base, type: 'categorical', levels: out, reference };
}

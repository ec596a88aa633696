// Turns a plain coefficient table, as published tables look, into a model file, and back.
// Header: variable,level,coefficient[,scale][,status][,source][,label][,direction][,min,max][,sd]. See docs/model-format.md.

import { Problems, type Problem } from '../problems/index.ts';
import { readCsv, readCsvText, parseDecimal } from './csv.ts';
import { buildVariable, IMPORT_SOURCE, type Row } from './model-table-variables.ts';
import type { Direction, Model, Result, SourcedNumber } from '../engine/types.ts';
import type { Status, Variable } from '../engine/types.ts';
import { MODEL_FORMAT, validateModel } from './model-validate.ts';
import { DIRECTIONS, STATUSES } from './model-numbers.ts';

const REQUIRED = ['variable', 'level', 'coefficient'] as const;
const STATUS_SET: ReadonlySet<string> = new Set(STATUSES);
const DIRECTION_SET: ReadonlySet<string> = new Set(DIRECTIONS);

/**
 * Reads a coefficient table. `templates`, when given, supply labels, definitions, the full
 * level lists (so that the missing level of a categorical variable is known by name) and the
 * target: the template sharing the most variable names with the table is used. Never throws.
 */
export function importCoefficientTable(text: string, file: string, templates: Model | Model[] = []): Result<Model> {
  const p = new Problems();
  const table = readCsv(text);
  if (table.unclosedQuoteLine !== undefined) p.error('', 'csv.unclosedQuote', undefined, table.unclosedQuoteLine);
  const [header, ...body] = table.rows;
  const headerLine = header?.line ?? 1;
  const cols = (header?.cells ?? []).map((c) => c.toLowerCase());
  const col = (name: string) => cols.indexOf(name);
  const missing = REQUIRED.filter((need) => col(need) < 0);
  // A header with none of the three names is not a coefficient table at all: say that once.
  if (missing.length === REQUIRED.length) p.error('header', 'model.notAModel', undefined, headerLine);
  else for (const column of missing) p.error('header', 'csv.missingColumn', { column }, headerLine);
  if (!p.ok) return fail(p);

  const at = { variable: col('variable'), level: col('level'), coefficient: col('coefficient') };
  const optional = {
    scale: col('scale'),
    status: col('status'),
    source: col('source'),
    label: col('label'),
    direction: col('direction'),
    min: col('min'),
    max: col('max'),
    sd: col('sd'),
  };
  // Text cells written by modelToCsv after an apostrophe (a formula to a spreadsheet) are read back as written.
  const cell = (cells: string[], j: number) => (j >= 0 ? readCsvText(cells[j] ?? '') : '');
  const template = bestTemplate(
    body.map((r) => cell(r.cells, at.variable)),
    templates,
  );

  const sources = new SourceKeys();
  const groups = new Map<string, Row[]>();
  let intercept: Row | undefined;
  for (const { line, cells } of body) {
    const variable = cell(cells, at.variable);
    const coefficient = cell(cells, at.coefficient);
    const scale = optional.scale < 0 ? 'logodds' : (cell(cells, optional.scale) || 'logodds').toLowerCase();
    let value = parseDecimal(coefficient, table.delimiter);
    if (!variable) p.error('variable', 'csv.emptyVariable', undefined, line);
    if (!Number.isFinite(value)) p.error('coefficient', 'csv.unreadableCoefficient', { value: coefficient }, line);
    if (scale === 'oddsratio') {
      if (!(value > 0)) p.error('coefficient', 'csv.oddsRatioNotPositive', { value: coefficient }, line);
      value = Math.log(value);
    } else if (scale !== 'logodds') p.error('scale', 'csv.scale', { value: scale }, line);
    const status = cell(cells, optional.status) || 'unknown';
    if (!STATUS_SET.has(status)) p.error('status', 'model.status', { statuses: STATUSES.join(', ') }, line);
    const sourceText = cell(cells, optional.source);
    const row: Row = {
      line,
      level: cell(cells, at.level),
      value,
      status: status as Status,
      source: sourceText ? sources.keyOf(sourceText) : IMPORT_SOURCE,
      label: cell(cells, optional.label),
    };
    const direction = cell(cells, optional.direction);
    if (direction && !DIRECTION_SET.has(direction)) p.error('direction', 'csv.direction', { value: direction }, line);
    else if (direction) row.direction = direction as Direction;
    // A range is two cells or none; the scale column converts it like the coefficient.
    const [minText, maxText] = [cell(cells, optional.min), cell(cells, optional.max)];
    if (minText || maxText) {
      let [min, max] = [parseDecimal(minText, table.delimiter), parseDecimal(maxText, table.delimiter)];
      if (scale === 'oddsratio') [min, max] = [Math.log(min), Math.log(max)];
      if (Number.isFinite(min) && Number.isFinite(max) && min <= max) row.range = [min, max];
      else p.error('range', 'csv.range', { min: minText, max: maxText }, line);
    }
    const sdText = cell(cells, optional.sd);
    if (sdText) {
      const sd = parseDecimal(sdText, table.delimiter);
      if (Number.isFinite(sd) && sd >= 0 && scale === 'logodds') row.sd = sd;
      else p.error('sd', 'csv.sd', { value: sdText }, line);
    }
    if (variable.length === 9 && variable.toLowerCase() === 'intercept') {
      if (intercept) p.error('intercept', 'csv.interceptTwice', { line: intercept.line }, line);
      intercept = row;
      continue;
    }
    const rows = groups.get(variable);
    if (rows) rows.push(row);
    else groups.set(variable, [row]);
  }
  if (!intercept) p.error('intercept', 'csv.noIntercept', undefined, headerLine);
  if (groups.size === 0) p.error('variables', 'csv.noVariables', undefined, headerLine);

  const lines = new Map<string, number>([['', headerLine]]);
  if (intercept) lines.set('intercept', intercept.line);
  const known = new Map<string, Variable>((template?.variables ?? []).map((v) => [v.id, v]));
  const variables: object[] = [];
  for (const [id, rows] of groups) {
    const path = `variables[${variables.length}]`;
    lines.set(path, rows[0]!.line);
    variables.push(buildVariable(id, rows, known.get(id), path, p, lines, at.level + 1));
  }
  if (template)
    for (const v of template.variables)
      if (v.type !== 'unknown' && !groups.has(v.id))
        p.warn(v.id, 'csv.templateVariableMissing', { variable: v.id, template: template.id });
  if (!p.ok) return fail(p);

  const raw = {
    format: MODEL_FORMAT,
    id: `import-${
      file
        .replace(/\.[^.]*$/, '')
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .slice(0, 60) || 'tableau'
    }`,
    kind: 'model',
    title: { fr: `Modèle importé (${file})`, en: `Imported model (${file})` },
    publisher: template?.publisher ?? 'non précisé',
    dates: {},
    target: template?.target ?? { fr: 'non précisée par le fichier', en: 'not stated by the file' },
    sources: sources.withTemplate(template?.sources, file),
    link: 'logit',
    intercept: intercept ? interceptNumber(intercept) : undefined,
    variables,
  };
  const checked = validateModel(raw, lines, { kind: 'imported', file });
  const warnings = [...p.warnings, ...checked.warnings];
  return checked.ok ? { ok: true, value: checked.value, warnings } : { ok: false, errors: checked.errors, warnings };
}

const fail = (p: Problems): { ok: false; errors: Problem[]; warnings: Problem[] } => ({
  ok: false,
  errors: p.errors,
  warnings: p.warnings,
});

/** The template that shares the most variable names with the table, if any does. */
function bestTemplate(names: string[], templates: Model | Model[]): Model | undefined {
  const list = Array.isArray(templates) ? templates : [templates];
  const inTable = new Set(names);
  let best: Model | undefined;
  let bestCount = 0;
  for (const m of list) {
    const count = m.variables.filter((v) => inTable.has(v.id)).length;
    if (count > bestCount) [best, bestCount] = [m, count];
  }
  return best;
}

/** The sources named in a table's `source` column, each once, under short keys `s1`, `s2`… */
class SourceKeys {
  readonly #byText = new Map<string, string>();

  keyOf(text: string): string {
    let key = this.#byText.get(text);
    if (key === undefined) this.#byText.set(text, (key = `s${this.#byText.size + 1}`));
    return key;
  }

  /** The model's `sources`: the template's, then the file itself, then those of the source column. */
  withTemplate(template: Model['sources'] | undefined, file: string): Model['sources'] {
    // Keys come from the template file too: no inherited name may answer for a missing one.
    const out = Object.create(null) as Model['sources'];
    for (const [key, s] of Object.entries(template ?? {})) out[key] = s;
    out[IMPORT_SOURCE] = { title: `Fichier importé : ${file}` };
    for (const [text, key] of this.#byText)
      out[key] = /^https?:\/\//.test(text) ? { title: text, url: text } : { title: text };
    return out;
  }
}

const interceptNumber = (r: Row): SourcedNumber => ({
  value: r.value,
  status: r.status,
  source: r.source,
  ...(r.range ? { range: r.range } : {}),
  ...(r.sd !== undefined ? { sd: r.sd } : {}),
});

// Many households in one file (a class's scenarios), as CSV or JSON, each with a name: read with
// every problem located by line (and column), written so that reading gives the same households
// back. Pure: the page gives bytes and receives households. Columns: docs/households-csv.md.

import { decodeHousehold } from './household.ts';
import type { Household } from '../household/household.ts';
import { Problems, isRecord, problem, rawText, type Param, type Problem } from '../problems/index.ts';
import { csvLine, readCsv, readCsvText, parseDecimal, type Delimiter } from './csv.ts';
import { decodeModelBytes, textProblem } from './text.ts';
import { JsonSyntaxError, parseJsonWithLines } from './json-lines.ts';
import { compareColumns, kindOf, leaves, nest, type Leaf } from './scenario-columns.ts';

export interface Scenario {
  name: string;
  household: Household;
}
/** A problem of a scenario file; `column` is 1-based (CSV), `name` the household's when it has one. */
export interface ScenarioProblem extends Problem {
  column?: number;
  name?: string;
}
export interface ScenarioRead {
  format: 'csv' | 'json' | 'unknown';
  /** The households that can be used as they are, each with its line. */
  scenarios: (Scenario & { line: number })[];
  /** Lines of the households left out because of an error. */
  rejected: number[];
  errors: ScenarioProblem[];
  warnings: ScenarioProblem[];
}

/** The longest name kept; longer ones are cut, with a warning. */
export const MAX_NAME = 80;
/** The JSON file's own tag: another JSON (a single household, a model) is named as such. */
export const JSON_FORMAT = 'score-caf/foyers';
/** A file of a whole class is small; beyond this it is not a scenario file. */
export const MAX_ROWS = 1000;

const failWith = (errors: Problem[]): ScenarioRead => ({
  format: 'unknown',
  scenarios: [],
  rejected: [],
  errors,
  warnings: [],
});
const fail = (id: string, params?: Record<string, Param>, line = 1) =>
  failWith([problem('error', '', id, params, line)]);

/** Reads the bytes of a file in any encoding a spreadsheet or an editor writes (formats/text.ts). */
export function readScenarioBytes(bytes: Uint8Array, month: string): ScenarioRead {
  if (bytes.length === 0) return fail('model.fileEmpty');
  const decoded = decodeModelBytes(bytes);
  if (!decoded.ok) return failWith(decoded.errors);
  const read = readScenarioText(decoded.value, month);
  return { ...read, warnings: [...decoded.warnings, ...read.warnings] };
}

/** Reads the text of a CSV or JSON scenario file; the format is told by its first character. */
export function readScenarioText(text: string, month: string): ScenarioRead {
  const notText = textProblem(text);
  if (notText) return failWith([notText]);
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (src.trim() === '') return fail('model.fileEmpty');
  const json = /^\s*[[{]/.test(src);
  // Counted before parsing: a million rows would hold the page for seconds before the limit applied.
  const count = json ? countOf(src, '"household"') : csvRecords(src) - 1;
  if (count > MAX_ROWS) return fail('scenarios.tooMany', { max: MAX_ROWS, count });
  return json ? readJson(src, month) : readCsvScenarios(src, month);
}

/** How many times `needle` occurs in `text` (a JSON scenario file names each entry's `"household"` once). */
function countOf(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** The CSV's non-blank records, header included: line breaks inside quotes do not end one. */
function csvRecords(text: string): number {
  let records = 0;
  let quoted = false;
  let filled = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    if (!quoted && (c === 10 || c === 13)) {
      if (filled) records++;
      filled = false;
    } else if (c > 32) filled = true;
  }
  return filled ? records + 1 : records;
}

/** Decodes one household and names its problems; a household with an error is left out. */
function take(
  out: ScenarioRead,
  raw: unknown,
  rawName: unknown,
  line: number,
  month: string,
  place: (p: Problem) => Partial<ScenarioProblem>,
  namePlace: Partial<ScenarioProblem>,
): void {
  const errors: ScenarioProblem[] = [];
  const warnings: ScenarioProblem[] = [];
  let name = typeof rawName === 'string' ? rawName.trim() : '';
  if (name === '') errors.push({ ...problem('error', 'name', 'scenarios.noName', undefined, line), ...namePlace });
  else if (name.length > MAX_NAME) {
    warnings.push({ ...problem('warning', 'name', 'scenarios.nameCut', { max: MAX_NAME }, line), ...namePlace });
    name = name.slice(0, MAX_NAME);
  }
  const decoded = decodeHousehold(raw, month);
  for (const p of decoded.errors) errors.push({ ...p, line, ...place(p) });
  for (const p of decoded.warnings) warnings.push({ ...p, line, ...place(p) });
  const named = (p: ScenarioProblem) => (name ? { ...p, name } : p);
  out.errors.push(...errors.map(named));
  out.warnings.push(...warnings.map(named));
  if (errors.length) out.rejected.push(line);
  else out.scenarios.push({ name, household: decoded.household, line });
}

function readJson(text: string, month: string): ScenarioRead {
  let located;
  try {
    located = parseJsonWithLines(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ...fail(e.id, e.params, e.line), format: 'json' };
    throw e;
  }
  const { value, lines } = located;
  const at = new Problems(lines);
  const root = isRecord(value) ? value.households : value;
  const prefix = isRecord(value) ? 'households' : '';
  if (isRecord(value) && value.format !== undefined && value.format !== JSON_FORMAT)
    return { ...fail('scenarios.otherJson', { format: rawText(value.format, 40) }), format: 'json' };
  if (!Array.isArray(root)) return { ...fail('scenarios.jsonShape', { format: JSON_FORMAT }), format: 'json' };
  if (root.length > MAX_ROWS) return { ...fail('scenarios.tooMany', { max: MAX_ROWS, count: root.length }) };
  const out: ScenarioRead = { format: 'json', scenarios: [], rejected: [], errors: [], warnings: [] };
  root.forEach((entry, i) => {
    const path = `${prefix}[${i}]`;
    const line = at.lineOf(path) ?? 1;
    if (!isRecord(entry) || !isRecord(entry.household)) {
      out.errors.push(problem('error', path, 'scenarios.entryShape', undefined, line));
      out.rejected.push(line);
      return;
    }
    const inner = (p: Problem) => {
      const full = p.path ? `${path}.household.${p.path}` : `${path}.household`;
      return { path: full, line: at.lineOf(full) ?? line };
    };
    take(out, entry.household, entry.name, line, month, inner, { path: `${path}.name` });
  });
  if (root.length === 0) out.errors.push(problem('error', prefix, 'scenarios.none', undefined, 1));
  return out;
}

function readCsvScenarios(text: string, month: string): ScenarioRead {
  const table = readCsv(text);
  if (table.unclosedQuoteLine !== undefined) return fail('csv.unclosedQuote', {}, table.unclosedQuoteLine);
  const [head, ...rows] = table.rows;
  if (!head) return fail('model.fileEmpty');
  if (rows.length > MAX_ROWS) return fail('scenarios.tooMany', { max: MAX_ROWS, count: rows.length });
  const out: ScenarioRead = { format: 'csv', scenarios: [], rejected: [], errors: [], warnings: [] };
  const columns = head.cells;
  const header = (id: string, i: number, params?: Record<string, Param>): ScenarioProblem => ({
    ...problem('error', columns[i] ?? '', id, params, head.line),
    column: i + 1,
  });
  columns.forEach((c, i) => {
    if (c !== 'name' && !kindOf(c)) out.errors.push(header('scenarios.unknownColumn', i, { column: rawText(c, 40) }));
    else if (columns.indexOf(c) !== i) out.errors.push(header('scenarios.duplicateColumn', i, { column: c }));
  });
  if (!columns.includes('name')) out.errors.push(header('scenarios.noNameColumn', 0));
  // A column the app does not know would be dropped from every household: nothing is read.
  if (out.errors.length) return out;
  const nameAt = columns.indexOf('name');
  for (const row of rows) {
    const extra = row.cells.slice(columns.length).findIndex((c) => c !== '');
    if (extra >= 0) {
      const column = columns.length + extra + 1;
      out.errors.push({
        ...problem('error', '', 'scenarios.extraCell', { count: columns.length }, row.line),
        column,
      });
      out.rejected.push(row.line);
      continue;
    }
    const cells: [string, Leaf][] = [];
    row.cells.slice(0, columns.length).forEach((cell, i) => {
      if (i !== nameAt && cell !== '') cells.push([columns[i]!, readCell(cell, columns[i]!, table.delimiter)]);
    });
    const col = (path: string) => {
      const i = columns.findIndex((c) => c === path || c.startsWith(`${path}.`) || c.startsWith(`${path}[`));
      return i < 0 ? {} : { column: i + 1 };
    };
    const { value, holes } = nest(cells);
    if (holes.length) {
      for (const hole of holes)
        out.errors.push({ ...problem('error', hole, 'scenarios.hole', { slot: hole }, row.line), ...col(hole) });
      out.rejected.push(row.line);
      continue;
    }
    const name = readCsvText(row.cells[nameAt] ?? '');
    take(out, value, name, row.line, month, (p) => col(p.path), { column: nameAt + 1 });
  }
  if (rows.length === 0) out.errors.push(problem('error', '', 'scenarios.none', undefined, head.line));
  return out;
}

const TRUE = /^(true|vrai|oui|yes|1)$/i;
const FALSE = /^(false|faux|non|no|0)$/i;

/** A cell as the value its column holds; a cell that is not one is passed on for the decoder to name. */
function readCell(cell: string, column: string, delimiter: Delimiter): Leaf {
  const kind = kindOf(column);
  if (kind === 'number') {
    const n = parseDecimal(cell, delimiter);
    return Number.isNaN(n) ? cell : n;
  }
  if (kind === 'boolean') return TRUE.test(cell) ? true : FALSE.test(cell) ? false : cell;
  return readCsvText(cell);
}

/**
 * The households as CSV: a BOM (so that Excel reads the accents), ';' between cells (French
 * spreadsheets), '.' in numbers, one column per field any household uses, `name` first.
 */
export function scenariosToCsv(list: readonly Scenario[]): string {
  const rows = list.map((s) => new Map(leaves(s.household)));
  const columns = [...new Set(rows.flatMap((r) => [...r.keys()]))].sort(compareColumns);
  // Names and text fields are neutralised by csvLine (no formula reaches a spreadsheet); numbers stay numbers.
  const lines = [
    csvLine(['name', ...columns], ';'),
    ...list.map((s, i) => csvLine([s.name, ...columns.map((c) => rows[i]!.get(c))], ';')),
  ];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** The households as JSON, tagged with the file's format. */
export function scenariosToJson(list: readonly Scenario[]): string {
  const households = list.map((s) => ({ name: s.name, household: s.household }));
  return `${JSON.stringify({ format: JSON_FORMAT, version: 1, households }, null, 2)}\n`;
}

/** What fits in the pins: the first `room` usable households; the others are named, not dropped silently. */
export function fitInPins<T>(scenarios: readonly T[], room: number): { pin: T[]; left: T[] } {
  const n = Math.max(0, room);
  return { pin: scenarios.slice(0, n), left: scenarios.slice(n) };
}

// A small RFC 4180 reader that keeps each row's line number, and the one cell writer of every CSV
// the app writes. The reader finds the delimiter (',', ';' as French spreadsheets export with
// decimal commas, or a tab), reads LF, CRLF and CR line ends, never throws.

export type Delimiter = ',' | ';' | '\t';

export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: Delimiter;
  rows: CsvRow[];
  /** Set when a quoted field is never closed: the line where it opened. */
  unclosedQuoteLine?: number;
}

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/**
 * The delimiter of a table, read from its first line that is neither blank nor a comment: the one
 * that splits it into the expected column names, else the most frequent one, else ','.
 */
export function detectDelimiter(text: string): Delimiter {
  const header = text.split(/\r\n|\r|\n/, 50).find((l) => l.trim() !== '' && !l.trimStart().startsWith('#')) ?? '';
  const names = (d: Delimiter) => header.split(d).map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  const fits = DELIMITERS.find((d) => names(d).includes('variable') && names(d).includes('coefficient'));
  if (fits) return fits;
  let best: Delimiter = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = header.split(d).length - 1;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/** A comment line starts with '#' in the file itself: a quoted cell that starts with '#' is data. */
const COMMENT = /[ \t]*#/y;

/** Splits `text` into rows; blank lines and lines starting with '#' are skipped. */
export function readCsv(text: string): CsvTable {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(src);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  // A cell is a slice of `src` (from `start`) until a doubled quote forces a copy into `cell`.
  let cell = '';
  let start = 0;
  let line = 1;
  let rowLine = 1;
  let rowStart = 0;
  let quoted = false;
  // The current cell was a quoted one: its text is kept as written, spaces included (RFC 4180).
  let wasQuoted = false;
  let quoteLine = 0;
  const endCell = (end: number) => {
    const tail = src.slice(start, end);
    cells.push(wasQuoted && tail.trim() === '' ? cell : (cell + tail).trim());
    cell = '';
    wasQuoted = false;
  };
  const endRow = () => {
    const blank = cells.length === 1 && cells[0]!.trim() === '';
    COMMENT.lastIndex = rowStart;
    if (!blank && !COMMENT.test(src)) rows.push({ line: rowLine, cells });
    cells = [];
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += src.slice(start, i + 1);
        start = i + 2;
        i++;
      } else if (c === '"') {
        cell += src.slice(start, i);
        start = i + 1;
        quoted = false;
        wasQuoted = true;
      } else if (c === '\n' || (c === '\r' && src[i + 1] !== '\n')) line++;
    } else if (c === '"' && (cell + src.slice(start, i)).trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
      start = i + 1;
    } else if (c === delimiter) {
      endCell(i);
      start = i + 1;
    } else if (c === '\n' || c === '\r') {
      endCell(i);
      if (c === '\r' && src[i + 1] === '\n') i++;
      endRow();
      start = i + 1;
      rowStart = i + 1;
      line++;
      rowLine = line;
    }
  }
  if (start < src.length || cell !== '' || cells.length > 0) {
    endCell(src.length);
    endRow();
  }
  return quoted ? { delimiter, rows, unclosedQuoteLine: quoteLine } : { delimiter, rows };
}

/** Parses a decimal number written with '.' (or ',' when the file is not comma-separated); NaN if it is not one. */
export function parseDecimal(s: string, delimiter: Delimiter): number {
  const t = delimiter === ',' ? s : s.replace(',', '.');
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : NaN;
}

// A text cell that starts with = + - @ (after spaces or apostrophes), a tab or a carriage return
// is a formula to a spreadsheet (CSV injection, OWASP): `=HYPERLINK(…)` in a pin's name would send
// data out. Such a cell is written after an apostrophe, which the readers below take off again. The
// set is closed under a leading apostrophe, so that writing then reading gives back any string.
const FORMULA = /^['\s]*[=+\-@]|^'*[\t\r]/;
/** A cell that a reader would split, trim or take for a comment is quoted. */
const NEEDS_QUOTES = /[",;\t\r\n]|^\s|\s$|^#/;

/** A text as a spreadsheet shows it and never runs it; readCsvText gives the text back. */
export function neutraliseCsvText(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

/** The text of a cell written by csvCell (or by a spreadsheet's "text" prefix): the apostrophe comes off. */
export function readCsvText(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * One cell of a CSV the app writes. A finite number is written as a number (`-0.5` stays a number
 * to the spreadsheet and to parseDecimal); a text, a boolean or any other number is a text cell,
 * neutralised (neutraliseCsvText) and quoted when it holds a delimiter, a quote or a line end.
 */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  const s = neutraliseCsvText(String(value));
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One line of a CSV the app writes. */
export function csvLine(values: readonly (string | number | boolean | undefined)[], delimiter: Delimiter): string {
  return values.map(csvCell).join(delimiter);
}

// A small RFC 4180 reader that keeps each row's line number. It accepts ',' or ';' as the
// delimiter (French spreadsheets export ';' with decimal commas) and never throws.

export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: ',' | ';';
  rows: CsvRow[];
  /** Set when a quoted field is never closed: the line where it opened. */
  unclosedQuoteLine?: number;
}

/** Splits `text` into rows; blank lines and lines starting with '#' are skipped. */
export function readCsv(text: string): CsvTable {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = src.slice(0, src.search(/\r?\n|$/));
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRow = () => {
    cells.push(cell);
    const blank = cells.length === 1 && cells[0]!.trim() === '';
    if (!blank && !cells[0]!.trimStart().startsWith('#'))
      rows.push({ line: rowLine, cells: cells.map((c) => c.trim()) });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return quoted ? { delimiter, rows, unclosedQuoteLine: quoteLine } : { delimiter, rows };
}

/** Parses a decimal number written with '.' (or ',' when the file uses ';'); NaN if it is not one. */
export function parseDecimal(s: string, delimiter: ',' | ';'): number {
  const t = delimiter === ';' ? s.replace(',', '.') : s;
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : NaN;
}

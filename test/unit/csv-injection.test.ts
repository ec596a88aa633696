// Every CSV the app writes keeps a text from running as a spreadsheet formula (a cell starting with
// = + - @, a tab or a carriage return gets an apostrophe), and its readers give the text back as
// it was; a number stays a number, a negative one included (issue 21, item 3).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, parseDecimal, readCsv, readCsvText, type Delimiter } from '../../src/formats/csv.ts';
import {
  importCoefficientTable,
  modelToCsv,
  type ExplorerCell,
  type ExplorerComparison,
} from '../../src/engine/index.ts';
import { comparisonCsv } from '../../src/state/exports.ts';
import { modelCsv } from '../../src/state/model-exports.ts';
import { readScenarioText, scenariosToCsv, MAX_NAME } from '../../src/formats/scenarios.ts';
import { defaultHousehold } from '../../src/household/household.ts';

const MONTH = '2026-03';
const LINK = '=1+2+HYPERLINK("http://e/")';

/** What a spreadsheet would run: a cell (as a CSV reader gives it) that starts a formula and is not a plain number. */
const live = (cell: string) => /^\s*[=+\-@]|^[\t\r]/.test(cell) && Number.isNaN(parseDecimal(cell, ','));
const rawCells = (text: string) => readCsv(text).rows.flatMap((r) => r.cells);

// Texts as people (and hostile files) write them: any code point, and many that start like a formula.
const starts = ['=', '+', '-', '@', '\t', '\r', "'", "'=", "''+", ' =', ' ', '"', ',', ';', '\n', '#', '-0.5', '1'];
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc
    .tuple(
      fc.constantFrom(...starts),
      fc.string({ unit: fc.constantFrom(...starts, 'a', 'é', '(', ')'), maxLength: 8 }),
    )
    .map(([a, b]) => a + b),
);

describe('the shared CSV cell writer', () => {
  it.each([',', ';', '\t'] as Delimiter[])('gives any text back through the reader (delimiter %j)', (d) => {
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 2, maxLength: 4 }), { maxLength: 5 }), (rows) => {
        const csv = [csvLine(['h0', 'h1'], d), ...rows.map((r) => csvLine(r, d))].join('\n') + '\n';
        const table = readCsv(csv);
        expect(table.delimiter).toBe(d);
        expect(table.rows.slice(1).map((r) => r.cells.map(readCsvText))).toEqual(rows);
      }),
      { numRuns: 400 },
    );
  });

  it('never writes a text that a spreadsheet would run', () => {
    fc.assert(
      fc.property(text, (s) => {
        const [cell] = rawCells(`a,b\n${csvCell(s)},x\n`).slice(2);
        expect(live(cell!)).toBe(false);
      }),
      { numRuns: 400 },
    );
    expect(csvCell(LINK)).toBe(`"'${LINK.replace(/"/g, '""')}"`);
    expect(csvCell('\t=1')).toBe(`"'\t=1"`);
  });

  it('writes a number as a number, negative ones included, and a text that looks like one as a text', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const cell = csvCell(n);
        expect(cell.startsWith("'")).toBe(false);
        for (const d of [',', ';'] as Delimiter[]) expect(parseDecimal(cell, d) === n).toBe(true);
      }),
    );
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell('-0.5')).toBe("'-0.5");
    expect(readCsvText("'-0.5")).toBe('-0.5');
  });
});

describe('the pinned comparison (CSV)', () => {
  const band = { q05: 0.1, q50: 0.2, q95: 0.3, example: 0.25, n: 200 };
  const cell = { band } as unknown as ExplorerCell;
  const comparison = { dominance: { verdict: 'undecided', breaking: ['a', 'b'] }, sampled: { aHigher: 0.5 } };
  const row = (name: string) => ({ name, cell, comparison: comparison as unknown as ExplorerComparison });

  it('writes any pin name so that it does not run and reads back unchanged; numbers stay numbers', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (names) => {
        const csv = comparisonCsv('cnaf-2014', names.map(row));
        expect(rawCells(csv).filter(live)).toEqual([]);
        const rows = readCsv(csv).rows.slice(1);
        expect(rows.map((r) => readCsvText(r.cells[1]!))).toEqual(names);
        expect(rows.map((r) => parseDecimal(r.cells[2]!, ','))).toEqual(names.map(() => 0.1));
      }),
      { numRuns: 200 },
    );
  });

  it('does not turn a class file’s escaped name back into a live formula', () => {
    const file = `name;adults[0].age\r\n"'${LINK.replace(/"/g, '""')}";40\r\n`;
    const read = readScenarioText(file, MONTH);
    expect(read.errors).toEqual([]);
    const name = read.scenarios[0]!.name;
    expect(name).toBe(LINK);
    expect(rawCells(comparisonCsv('cnaf-2014', [row(name)])).filter(live)).toEqual([]);
    expect(rawCells(scenariosToCsv([{ name, household: read.scenarios[0]!.household }])).filter(live)).toEqual([]);
  });
});

describe('the class file (CSV)', () => {
  const name = text
    .map((s) => s.trim())
    .filter((s) => s !== '' && s.length <= MAX_NAME && !/[\0-\x08\x0b\x0e-\x1f\x7f-\x9f]/.test(s));
  it('writes names that do not run and reads them back unchanged', () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 5 }), (names) => {
        const list = names.map((n) => ({ name: n, household: defaultHousehold(MONTH) }));
        const csv = scenariosToCsv(list);
        expect(rawCells(csv).filter(live)).toEqual([]);
        const read = readScenarioText(csv, MONTH);
        expect(read.errors).toEqual([]);
        expect(read.scenarios.map((s) => s.name)).toEqual(names);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the coefficient table (CSV)', () => {
  it('writes an imported table’s source texts and levels so that they do not run, and reads them back', () => {
    const table = [
      'variable,level,coefficient,source',
      `intercept,,-2,"${LINK.replace(/"/g, '""')}"`,
      'ma_variable,-1,-0.5,@SUM(A1)',
      'ma_variable,+2,0.25,-cmd|calc',
    ].join('\n');
    const first = importCoefficientTable(table, 'hostile.csv');
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const csv = modelCsv(first.value);
    expect(csv).toBe(modelToCsv(first.value));
    expect(rawCells(csv).filter(live)).toEqual([]);
    const back = importCoefficientTable(csv, 'back.csv');
    expect(back.ok, JSON.stringify(!back.ok && back.errors)).toBe(true);
    if (!back.ok) return;
    const titles = (m: typeof back.value) => Object.values(m.sources).map((s) => s.title);
    expect(titles(back.value)).toEqual(expect.arrayContaining([LINK, '@SUM(A1)', '-cmd|calc']));
    expect(back.value.intercept.value).toBe(-2);
    const v = back.value.variables[0]!;
    expect(v.type === 'categorical' && v.levels.map((l) => [l.id, l.coefficient?.value])).toEqual([
      ['-1', -0.5],
      ['+2', 0.25],
      ['(reference)', undefined],
    ]);
  });
});

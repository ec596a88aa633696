// Model files as people actually save them: every encoding and separator a spreadsheet or an
// editor writes, three kinds of line ends, files that are no model at all.

import { describe, expect, it } from 'vitest';
import { loadModelBytes, loadModelText, shippedModels } from '../../src/engine/index.ts';
import type { Model } from '../../src/engine/index.ts';
import { decodeModelBytes } from '../../src/formats/text.ts';
import { problemText } from '../../src/i18n/messages.ts';

/** The smallest JSON value that parses and is no model: its error proves the Ctrl-Z was dropped. */
const NOT_A_MODEL = '[]';
const TABLE = 'variable,level,coefficient,label\nintercept,,-1.5\ntutelle,1,0.25,Tutelle ou curatelle éventuelle\n';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** UTF-16 code units written by hand, so that the test does not use the decoder it checks. */
function utf16(s: string, order: 'LE' | 'BE', bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(s, (c) => c.charCodeAt(0))];
  const out = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    const [hi, lo] = [u >> 8, u & 0xff];
    [out[2 * i], out[2 * i + 1]] = order === 'LE' ? [lo, hi] : [hi, lo];
  });
  return out;
}
/** Windows-1252 for the characters used here: ASCII as is, é as 0xE9. */
const cp1252 = (s: string) => Uint8Array.from(Array.from(s, (c) => (c === 'é' ? 0xe9 : c.charCodeAt(0))));
/** What a browser's File.text() or Node's readFileSync(path, 'utf8') makes of any bytes. */
const readAsUtf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

const model = (r: ReturnType<typeof loadModelText>): Model => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};
const weight = (m: Model, id: string) => {
  const v = m.variables.find((x) => x.id === id);
  return v?.type === 'boolean' ? v.coefficient.value : NaN;
};

describe('the bytes of a model file', () => {
  const cases: Array<[string, Uint8Array, string]> = [
    ['UTF-8 without BOM', utf8(TABLE), 'utf-8'],
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TABLE)]), 'utf-8'],
    ['UTF-16 LE with a BOM', utf16(TABLE, 'LE', true), 'utf-16le'],
    ['UTF-16 BE with a BOM', utf16(TABLE, 'BE', true), 'utf-16be'],
    ['UTF-16 LE without BOM', utf16(TABLE, 'LE', false), 'utf-16le'],
    ['UTF-16 BE without BOM', utf16(TABLE, 'BE', false), 'utf-16be'],
  ];
  for (const [name, bytes, encoding] of cases)
    it(`are read in ${name}, accents included`, () => {
      const d = decodeModelBytes(bytes);
      expect(d.ok && [d.encoding, d.value]).toEqual([encoding, TABLE]);
      const m = model(loadModelBytes(bytes, 'poids.csv', shippedModels()));
      expect([m.intercept.value, weight(m, 'tutelle')]).toEqual([-1.5, 0.25]);
    });

  it('are read as Windows-1252 when they are not UTF-8, with a warning naming the first bad line', () => {
    const r = loadModelBytes(cp1252(TABLE), 'excel.csv', shippedModels());
    expect(model(r).intercept.value).toBe(-1.5);
    const w = r.warnings.find((x) => x.id === 'model.decodedAsWindows1252');
    expect(w?.params).toEqual({ line: 3 });
    const d = decodeModelBytes(cp1252(TABLE));
    expect(d.ok && d.value).toBe(TABLE);
  });

  const binaries: Array<[string, Uint8Array]> = [
    [
      'a PNG image',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    ],
    [
      'an .xlsx workbook (a zip archive)',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0, 0, 0x21, 0]),
    ],
    ['random control bytes', Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 32)],
  ];
  for (const [name, bytes] of binaries)
    it(`are refused as not text when they are ${name}`, () => {
      const r = loadModelBytes(bytes, 'modele.json');
      expect(!r.ok && r.errors.map((e) => e.id)).toEqual(['model.binary']);
      expect(!r.ok && problemText(r.errors[0]!, 'fr')).toMatch(/^le fichier n’est pas du texte/);
    });
});

describe('the text of a model file', () => {
  it('is read when it ends with a DOS end-of-file mark (Ctrl-Z), as a table or as JSON', () => {
    const m = model(loadModelText(TABLE + '\x1a', 'poids.csv', shippedModels()));
    expect(m.intercept.value).toBe(-1.5);
    const json = loadModelText(NOT_A_MODEL + '\x1a', 'm.json');
    expect(!json.ok && json.errors.map((e) => e.id)).toEqual(['model.notAnObject']);
  });
});

describe('the text of a file that is no model', () => {
  const cases: Array<[string, string, string, string, Record<string, string> | undefined]> = [
    [
      'UTF-16 LE with BOM read as UTF-8',
      readAsUtf8(utf16(TABLE, 'LE', true)),
      'm.json',
      'model.utf16',
      { order: 'LE' },
    ],
    [
      'UTF-16 LE without BOM read as UTF-8',
      readAsUtf8(utf16(TABLE, 'LE', false)),
      'm.csv',
      'model.utf16',
      { order: 'LE' },
    ],
    [
      'UTF-16 BE with BOM read as UTF-8',
      readAsUtf8(utf16(TABLE, 'BE', true)),
      'm.json',
      'model.utf16',
      { order: 'BE' },
    ],
    [
      'a binary file read as UTF-8',
      readAsUtf8(new Uint8Array([0x50, 0x4b, 3, 4, 0x14, 0, 6, 0, 8, 0, 0, 0, 0x21])),
      'm.json',
      'model.binary',
      undefined,
    ],
    ['a JSON null', 'null', 'm.json', 'model.notAnObject', undefined],
    ['a JSON number', '42\n', 'm.json', 'model.notAnObject', undefined],
    ['a sentence in a .json file', 'bonjour\n', 'm.json', 'json.unexpectedChar', { char: '"b"' }],
    ['a sentence in a .csv file', 'bonjour\nau revoir\n', 'm.csv', 'model.notAModel', undefined],
    ['a sentence in a file of no known extension', 'bonjour\n', 'notes', 'model.notAModel', undefined],
  ];
  for (const [name, text, file, id, params] of cases)
    it(`is named in one message, not three missing columns: ${name}`, () => {
      const r = loadModelText(text, file, shippedModels());
      expect(!r.ok && r.errors.map((e) => [e.id, e.params, e.line])).toEqual([[id, params, 1]]);
    });

  it('says in both languages that a file is neither a JSON model nor a coefficient table', () => {
    const r = loadModelText('bonjour\n', 'notes.csv');
    expect(!r.ok && problemText(r.errors[0]!, 'en')).toBe(
      'this file is neither a JSON model nor a coefficient table: a model starts with "{", ' +
        'a table with the header variable,level,coefficient',
    );
    expect(!r.ok && problemText(r.errors[0]!, 'fr')).toMatch(/^ce fichier n’est ni un modèle JSON ni un tableau/);
  });
});

describe('the separator of a coefficient table', () => {
  const cases: Array<[string, string]> = [
    ['commas', 'variable,level,coefficient\nintercept,,-1.5\ntutelle,1,0.25\n'],
    ['semicolons with decimal commas', 'variable;level;coefficient\nintercept;;-1,5\ntutelle;1;0,25\n'],
    ['tabs with decimal points', 'variable\tlevel\tcoefficient\nintercept\t\t-1.5\ntutelle\t1\t0.25\n'],
    ['tabs with decimal commas', 'variable\tlevel\tcoefficient\nintercept\t\t-1,5\ntutelle\t1\t0,25\n'],
    [
      'semicolons after a comment line with commas',
      '# poids, version 2\nvariable;level;coefficient\nintercept;;-1,5\ntutelle;1;0,25\n',
    ],
    [
      'tabs in a .tsv file with quoted names',
      '"variable"\t"level"\t"coefficient"\n"intercept"\t\t-1.5\n"tutelle"\t1\t0.25\n',
    ],
  ];
  for (const [name, text] of cases)
    it(`is found when the table uses ${name}`, () => {
      const m = model(loadModelText(text, 'poids.tsv', shippedModels()));
      expect([m.intercept.value, weight(m, 'tutelle')]).toEqual([-1.5, 0.25]);
    });
});

describe('line ends', () => {
  const tableWithBadRow = ['variable,level,coefficient', 'intercept,,-1', 'tutelle,1,abc', 'x,1,1'];
  const jsonWithBadValue = ['{', '  "format": "cnaf-score-model/1",', '  "id": "x",', '  "link": "probit"', '}'];
  const ends: Array<[string, string]> = [
    ['LF (Unix)', '\n'],
    ['CRLF (Windows)', '\r\n'],
    ['CR alone (old Mac)', '\r'],
  ];
  for (const [name, eol] of ends) {
    it(`give the right line of a table's bad row with ${name}`, () => {
      const r = loadModelText(tableWithBadRow.join(eol) + eol, 't.csv');
      expect(!r.ok && r.errors.map((e) => [e.id, e.line])).toEqual([['csv.unreadableCoefficient', 3]]);
    });
    it(`give the right line of a JSON model's bad key with ${name}`, () => {
      const r = loadModelText(jsonWithBadValue.join(eol), 'm.json');
      expect(!r.ok && r.errors.find((e) => e.id === 'model.link')?.line).toBe(4);
    });
    it(`give the right line after a quoted label on two lines with ${name}`, () => {
      const text = ['variable,level,coefficient,label', 'intercept,,-1', `x,1,1,"deux${eol}lignes"`, 'y,1,oops'].join(
        eol,
      );
      const r = loadModelText(text, 't.csv');
      expect(!r.ok && r.errors.map((e) => [e.id, e.line])).toEqual([['csv.unreadableCoefficient', 5]]);
    });
    it(`give the right line of a JSON syntax error with ${name}`, () => {
      const r = loadModelText(['{', '  "a": 1', '  "b": 2', '}'].join(eol), 'm.json');
      expect(!r.ok && r.errors.map((e) => [e.id, e.line])).toEqual([['json.expectedCommaOrBrace', 3]]);
    });
  }
});

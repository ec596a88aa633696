// A class file far over the 1,000-household limit is refused on a count made before it is parsed:
// a million rows followed by a fault the parser would find only at their end get the limit's
// sentence, not that fault (the fault would mean the whole file was parsed first, seconds of a frozen page).
import { describe, expect, it } from 'vitest';
import { MAX_ROWS, readScenarioText } from '../../src/formats/scenarios.ts';

const MILLION = 1_000_000;

describe('a class file over the limit', () => {
  it('CSV: a million rows, then an unclosed quote, is refused by its count', () => {
    const text = 'name,adults[0].age\n' + 'A,35\n'.repeat(MILLION) + 'B,"36\n';
    const r = readScenarioText(text, '2026-08');
    expect(r.errors.map((e) => [e.id, e.params])).toEqual([
      ['scenarios.tooMany', { max: MAX_ROWS, count: MILLION + 1 }],
    ]);
  });

  it('JSON: a million entries, then a syntax error, is refused by its count', () => {
    const text = '[' + '{"name":"A","household":{}},'.repeat(MILLION) + ' oops';
    const r = readScenarioText(text, '2026-08');
    expect(r.errors.map((e) => [e.id, e.params])).toEqual([['scenarios.tooMany', { max: MAX_ROWS, count: MILLION }]]);
  });

  it('counts records, not lines: 1,000 names over two lines each, and blank lines, are within the limit', () => {
    const text = 'name,adults[0].age\n' + '"A\nB",35\n\n'.repeat(MAX_ROWS);
    const r = readScenarioText(text, '2026-08');
    expect(r.errors).toEqual([]);
    expect(r.scenarios).toHaveLength(MAX_ROWS);
  });
});

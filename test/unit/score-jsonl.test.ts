// `score --jsonl`: one line in, one line out, in order; a bad line gives its located errors and the
// others go on; exit 0 or 2 as `droits --jsonl`. In process (main(argv, io)), no spawned Node.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/score.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { readCsv } from '../../src/formats/csv.ts';

const [header, ...rows] = readCsv(readFileSync('test/cases/amsterdam/test-vectors.csv', 'utf8')).rows;
const published = rows.map((r) => Object.fromEntries(header!.cells.map((h, j) => [h, r.cells[j]!])));
const SCORE_COLUMNS = new Set(['row_in_source', 'original_model_score', 'reweighted_model_score', 'source_url']);
const jsonl = published
  .map((p) =>
    JSON.stringify({
      id: `row-${p.row_in_source}`,
      features: Object.fromEntries(
        Object.entries(p)
          .filter(([k]) => !SCORE_COLUMNS.has(k))
          .map(([k, v]) => [k, Number(v)]),
      ),
    }),
  )
  .join('\n');

async function run(argv: string[], files: Record<string, string>) {
  const io = memoryIo(files);
  const code = await main(argv, io);
  return {
    code,
    lines: io.out
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
    err: io.err,
  };
}

describe('score --jsonl', () => {
  it.each([
    ['amsterdam-slimme-check-2022-05-23', 'original_model_score'],
    ['amsterdam-slimme-check-2022-05-31', 'reweighted_model_score'],
  ])('scores the 259 published profiles with %s within 1e-12, in order, exit 0', async (model, column) => {
    const r = await run(['--model', model, '--jsonl', 'p.jsonl'], { 'p.jsonl': jsonl + '\n' });
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.lines).toHaveLength(259);
    r.lines.forEach((out, i) => {
      expect(out.id).toBe(`row-${published[i]!.row_in_source}`);
      expect(Math.abs(out.score - Number(published[i]![column]))).toBeLessThan(1e-12);
      expect(out.contributions).toHaveLength(15);
      expect(Object.keys(out.contributions[0]).sort()).toEqual(['term', 'variable']);
    });
  });

  it('answers a bad line with its located errors, goes on with the others, and exits 2', async () => {
    const lines = [
      jsonl.split('\n')[0],
      '{"id": 7, "features": {"afspraken_no_contact_count_last_year": 2, "total_vermogen": "much"}}',
      'not json',
      '{"features": {}}',
      '{"id": 9, "features": {}, "household": {}}',
      jsonl.split('\n')[1],
    ].join('\n');
    const r = await run(['--model', 'amsterdam-slimme-check-2022-05-23', '--jsonl', 'p.jsonl', '--lang', 'en'], {
      'p.jsonl': lines,
    });
    expect(r.code).toBe(2);
    expect(r.lines).toHaveLength(6);
    expect(r.lines[0].score).toBe(Number(published[0]!.original_model_score));
    expect(r.lines[1]).toEqual({
      id: 7,
      line: 2,
      errors: [
        { path: 'features.afspraken_no_contact_count_last_year', message: expect.stringContaining('"2"') },
        { path: 'features.total_vermogen', message: expect.any(String) },
      ],
    });
    expect(r.lines[2]).toMatchObject({
      line: 3,
      errors: [{ path: '', message: expect.stringMatching(/^invalid JSON/) }],
    });
    expect(r.lines[3]).toMatchObject({ line: 4, errors: [{ path: 'id' }] });
    expect(r.lines[4]).toMatchObject({
      id: 9,
      line: 5,
      errors: [{ path: '', message: expect.stringContaining('exactly one') }],
    });
    expect(r.lines[5].score).toBe(Number(published[1]!.original_model_score));
    expect(r.err).toBe('4 of 6 lines of p.jsonl are not valid\n');
  });

  it('takes households for a CNAF model, as --profile scores them', async () => {
    const household = readFileSync('test/cases/cli/household.json', 'utf8');
    const one = memoryIo();
    await main(['--model', 'dmde-2026-modele-1', '--profile', 'test/cases/cli/household.json'], one);
    const expected = JSON.parse(one.out);
    const r = await run(['--model', 'dmde-2026-modele-1', '--jsonl', 'h.jsonl'], {
      'h.jsonl': `{"id": "a", "household": ${household.replace(/\s+/g, ' ')}}\n{"id": "b", "household": {"adults": []}}\n`,
    });
    expect(r.code).toBe(2);
    expect(r.lines[0]).toEqual({
      id: 'a',
      score: expected.score,
      contributions: expected.contributions.map((c: { variable: string; logodds: number }) => ({
        variable: c.variable,
        term: c.logodds,
      })),
    });
    expect(r.lines[1]).toMatchObject({ id: 'b', line: 2, errors: [{ path: expect.stringMatching(/^household/) }] });
  });

  it('refuses --jsonl together with --features or --profile', async () => {
    const r = await run(['--model', 'cnaf-2014', '--jsonl', 'a', '--features', 'b'], {});
    expect(r.code).toBe(2);
    expect(r.err).toContain('--jsonl');
  });
});

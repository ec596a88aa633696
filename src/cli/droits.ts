// `npm run --silent droits -- <household.json>`: the prime d'activité and RSA for the month of the
// file, with the computation month by month. `--jsonl <file>`: one `{"id", "input"}` per line in,
// one `{"id", …report}` (or a located error) per line out, in order. Errors: exit code 2.

import { readFileSync } from 'node:fs';
import { computeDroits, decodeDroitsInput } from '../benefits/index.ts';
import { droitsReport } from '../benefits/report.ts';
import { parseArgs } from './args.ts';

function fail(message: string): never {
  process.stderr.write(message + '\n');
  process.exit(2);
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    return fail(`cannot read ${file}: ${(e as Error).message}`);
  }
}

type LineError = { path: string; message: string };

/** One line of a batch: its report, or the errors that name the field (`input.` prefixed). */
function batchLine(text: string): { ok: true; out: object } | { ok: false; id?: unknown; errors: LineError[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: '', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, errors: [{ path: '', message: 'expected a JSON object {"id", "input"}' }] };
  const { id, input } = raw as { id?: unknown; input?: unknown };
  const errors: LineError[] = [];
  if (typeof id !== 'string' && typeof id !== 'number')
    errors.push({ path: 'id', message: 'expected a string or a number' });
  const decoded = decodeDroitsInput(input);
  if (!decoded.ok)
    errors.push(...decoded.errors.map((e) => ({ path: e.path ? `input.${e.path}` : 'input', message: e.message })));
  if (errors.length || !decoded.ok) return { ok: false, id, errors };
  return { ok: true, out: { id, ...droitsReport(computeDroits(decoded.value)) } };
}

function batch(file: string): never {
  const lines = read(file).split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  let bad = 0;
  lines.forEach((text, i) => {
    const r = batchLine(text);
    if (!r.ok) bad++;
    const out = r.ok ? r.out : { ...(r.id === undefined ? {} : { id: r.id }), line: i + 1, errors: r.errors };
    process.stdout.write(JSON.stringify(out) + '\n');
  });
  if (bad) process.stderr.write(`${bad} of ${lines.length} lines of ${file} are not valid households\n`);
  process.exit(bad ? 2 : 0);
}

const args = parseArgs(process.argv.slice(2), ['jsonl']);
if (!args.ok) fail(args.error);
const usage = 'usage: npm run --silent droits -- <household.json> | --jsonl <households.jsonl>';
if (args.value.jsonl !== undefined) {
  if (args.rest.length) fail(usage);
  batch(args.value.jsonl);
}
const [file, ...extra] = args.rest;
if (!file || extra.length) fail(usage);
let raw: unknown;
try {
  raw = JSON.parse(read(file));
} catch (e) {
  fail(`${file} is not valid JSON: ${(e as Error).message}`);
}
const input = decodeDroitsInput(raw);
if (!input.ok)
  fail(
    `${file} is not a valid household:\n${input.errors.map((e) => `  ${e.path || '(root)'}: ${e.message}`).join('\n')}`,
  );
process.stdout.write(JSON.stringify(droitsReport(computeDroits(input.value)), null, 2) + '\n');

// `npm run --silent droits -- <household.json>`: the prime d'activité and RSA for the month
// of the file, with the computation month by month. Errors go to stderr with exit code 2.

import { readFileSync } from 'node:fs';
import { computeDroits, decodeDroitsInput } from '../benefits/index.ts';
import { droitsReport } from '../benefits/report.ts';
import { parseArgs } from './args.ts';

function fail(message: string): never {
  process.stderr.write(message + '\n');
  process.exit(2);
}

const args = parseArgs(process.argv.slice(2), []);
if (!args.ok) fail(args.error);
const [file, ...extra] = args.rest;
if (!file || extra.length) fail('usage: npm run --silent droits -- <household.json>');
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  fail(`cannot read ${file}: ${(e as Error).message}`);
}
let raw: unknown;
try {
  raw = JSON.parse(text);
} catch (e) {
  fail(`${file} is not valid JSON: ${(e as Error).message}`);
}
const input = decodeDroitsInput(raw);
if (!input.ok)
  fail(
    `${file} is not a valid household:\n${input.errors.map((e) => `  ${e.path || '(root)'}: ${e.message}`).join('\n')}`,
  );
process.stdout.write(JSON.stringify(droitsReport(computeDroits(input.value)), null, 2) + '\n');

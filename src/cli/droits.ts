// `npm run --silent droits -- [--lang en] <household.json>`: the prime d'activité and RSA for the
// month of the file, with the computation month by month. Problems go to stderr (French by
// default) with exit code 2.

import { readFileSync } from 'node:fs';
import { decodeDroitsInput } from '../benefits/index.ts';
import { currentRights } from '../engine/index.ts';
import { isLang } from '../i18n/index.ts';
import { formatProblem } from '../i18n/messages.ts';
import { parseArgs } from './args.ts';
import { droitsReport } from './report.ts';

function fail(message: string): never {
  process.stderr.write(message + '\n');
  process.exit(2);
}

const args = parseArgs(process.argv.slice(2), ['lang']);
if (!args.ok) fail(args.error);
const lang = args.value.lang ?? 'fr';
if (!isLang(lang)) fail(`--lang: "fr" or "en" expected (got "${lang}")`);
const [file, ...extra] = args.rest;
if (!file || extra.length) fail('usage: npm run --silent droits -- [--lang en] <household.json>');
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  fail(`cannot read ${file}: ${(e as Error).message}`);
}
let raw: unknown;
try {
  raw = JSON.parse(text.replace(/^\uFEFF/, ''));
} catch (e) {
  fail(
    `${file}: ${formatProblem({ id: 'droits.json', params: { detail: (e as Error).message }, path: '', severity: 'error' }, lang)}`,
  );
}
const input = decodeDroitsInput(raw);
if (!input.ok) fail(`${file}:\n${input.errors.map((e) => `  ${formatProblem(e, lang)}`).join('\n')}`);
process.stdout.write(JSON.stringify(droitsReport(currentRights(input.value)), null, 2) + '\n');

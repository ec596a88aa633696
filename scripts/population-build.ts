// `npm run population:build [-- --records N --seed S --out DIR --quiet]`: builds the synthetic population
// (src/population/build.ts) and writes DIR/foyers.bin and DIR/provenance.json (default
// public/population/). Same options, same bytes.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from '../src/cli/args.ts';
import { buildPopulation, DEFAULT_RECORDS, DEFAULT_SEED, POPULATION_MONTH } from '../src/population/build.ts';
import { parseMargins } from '../src/population/margins.ts';
import { provenanceCard } from '../src/population/provenance.ts';
import { singleParentComparison } from '../src/population/compare.ts';
import { loadPopulation } from '../src/engine/population.ts';

const MARGINS = new URL('../src/population/margins.csv', import.meta.url);

// `--quiet` is a switch: give it a value so that parseArgs reads it.
const argv = process.argv.slice(2).flatMap((a) => (a === '--quiet' ? [a, 'yes'] : [a]));
const args = parseArgs(argv, ['records', 'seed', 'out', 'quiet']);
if (!args.ok || args.rest.length) {
  process.stderr.write((args.ok ? `unexpected argument ${args.rest[0]}` : args.error) + '\n');
  process.exit(2);
}
const records = Number(args.value.records ?? DEFAULT_RECORDS);
const seed = Number(args.value.seed ?? DEFAULT_SEED);
if (!Number.isInteger(records) || records < 10 || !Number.isInteger(seed)) {
  process.stderr.write('--records must be an integer ≥ 10 and --seed an integer\n');
  process.exit(2);
}
const out = args.value.out ?? new URL('../public/population/', import.meta.url).pathname;
const quiet = args.value.quiet !== undefined;
const margins = parseMargins(readFileSync(MARGINS, 'utf8'));
const started = Date.now();
const result = buildPopulation({
  records,
  seed,
  margins,
  progress: (n) => !quiet && n % 10_000 === 0 && process.stderr.write(`${n} records…\n`),
});
const gzip = gzipSync(result.bytes, { level: 9 }).length;
const card = {
  ...provenanceCard(result, margins, { seed, month: POPULATION_MONTH, bytes: result.bytes.length, gzip }),
  singleParentsAmongControlled: singleParentComparison(loadPopulation(result.bytes)),
};
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'foyers.bin'), result.bytes);
writeFileSync(join(out, 'provenance.json'), JSON.stringify(card, null, 2) + '\n');
if (!quiet)
  process.stderr.write(
    `${records} records from ${result.candidates} candidates, ${result.iterations} raking passes, ` +
      `${result.bytes.length} bytes (${gzip} gzip), ${((Date.now() - started) / 1000).toFixed(0)} s → ${out}\n`,
  );

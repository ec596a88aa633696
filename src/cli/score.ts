// `npm run --silent score -- --model <id|file.json|file.csv> (--profile <household.json> | --features <vars.json>)`
// Prints {model, score, logit, contributions} as JSON; errors go to stderr with exit code 2.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkFeatures, evaluate, loadModelText, score, shippedModels } from '../engine/index.ts';
import { formatProblem } from '../i18n/messages.ts';
import type { Model, Problem, Score } from '../engine/index.ts';
import { parseArgs } from './args.ts';

function fail(message: string, problems: Problem[] = []): never {
  process.stderr.write([message, ...problems.map((p) => `  ${formatProblem(p, 'en')}`)].join('\n') + '\n');
  process.exit(2);
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    return fail(`cannot read ${path}: ${(e as Error).message}`);
  }
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(read(path));
  } catch (e) {
    return fail(`${path} is not valid JSON: ${(e as Error).message}`);
  }
}

function loadModel(ref: string): Model {
  const shipped = shippedModels().find((m) => m.id === ref);
  if (shipped) return shipped;
  if (!/\.(json|csv)$/i.test(ref))
    fail(
      `unknown model "${ref}": use one of ${shippedModels()
        .map((m) => m.id)
        .join(', ')} or a .json/.csv file`,
    );
  const r = loadModelText(read(ref), basename(ref), shippedModels());
  if (!r.ok) fail(`model file ${ref} is not valid:`, r.errors);
  for (const w of r.warnings) process.stderr.write(`warning: ${formatProblem(w, 'en')}\n`);
  return r.value;
}

const args = parseArgs(process.argv.slice(2), ['model', 'profile', 'features']);
if (!args.ok) fail(args.error);
const { model: modelRef, profile, features } = args.value;
if (!modelRef) fail('missing --model <id|file.json|file.csv>');
if (!profile === !features) fail('give exactly one of --profile <household.json> or --features <vars.json>');
const model = loadModel(modelRef);
if (model.kind === 'card') fail(`model ${model.id} cannot be scored: its structure is not published`);

let result: Score;
if (profile) {
  const e = evaluate(model, readJson(profile));
  if (!e.ok) fail(`household ${profile} is not valid:`, e.errors);
  result = e.score;
} else {
  const f = checkFeatures(model, readJson(features!));
  if (!f.ok) fail(`features ${features} are not valid:`, f.errors);
  result = score(model, f.value);
}
const out = {
  model: model.id,
  score: result.score,
  logit: result.logit,
  provenance: result.provenance,
  contributions: result.contributions.map((c) => ({
    variable: c.variable,
    level: c.level,
    logodds: c.logodds,
    status: c.status,
  })),
};
process.stdout.write(JSON.stringify(out, null, 2) + '\n');

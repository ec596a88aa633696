// `npm run --silent score -- --model <id|file.json|file.csv> (--profile <household.json> | --features <vars.json>)
// [--lang fr|en]`: prints {model, score, logit, contributions} as JSON; errors go to stderr, in French by default.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkFeatures, evaluate, score, shippedModels } from '../engine/index.ts';
import type { Model, Score } from '../engine/index.ts';
import { SCORE_CLI as SAY } from '../i18n/cli.ts';
import { decodeModelBytes } from '../engine/decode.ts';
import { JsonSyntaxError, parseJsonWithLines } from '../engine/json-lines.ts';
import { loadModelBytes } from '../engine/load-model.ts';
import { isLang, type Lang } from '../i18n/index.ts';
import { formatProblem, interpolate } from '../i18n/messages.ts';
import { problem, type Problem } from '../problems/index.ts';
import { parseArgs } from './args.ts';

const args = parseArgs(process.argv.slice(2), ['model', 'profile', 'features', 'lang']);
const langArg = args.ok ? (args.value.lang ?? 'fr') : 'fr';
const lang: Lang = isLang(langArg) ? langArg : 'fr';
const say = (key: keyof (typeof SAY)['fr'], params: Record<string, string> = {}) =>
  interpolate(SAY[lang][key], params, lang);

function fail(message: string, problems: Problem[] = []): never {
  process.stderr.write([message, ...problems.map((p) => `  ${formatProblem(p, lang)}`)].join('\n') + '\n');
  process.exit(2);
}

function read(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    return fail(say('cannotRead', { path, reason: (e as Error).message }));
  }
}

/** A JSON file in any encoding an editor saves (a UTF-8 BOM included), with located syntax errors. */
function readJson(path: string): unknown {
  const text = decodeModelBytes(read(path));
  if (!text.ok) return fail(say('notText', { path }), text.errors);
  try {
    return parseJsonWithLines(text.value).value;
  } catch (e) {
    const p = e instanceof JsonSyntaxError ? problem('error', '', e.id, e.params, e.line) : undefined;
    return fail(say('notJson', { path }), p ? [p] : []);
  }
}

function loadModel(ref: string): Model {
  const shipped = shippedModels().find((m) => m.id === ref);
  if (shipped) return shipped;
  if (!/\.(json|csv)$/i.test(ref))
    fail(
      say('unknownModel', {
        ref,
        ids: shippedModels()
          .map((m) => m.id)
          .join(', '),
      }),
    );
  const r = loadModelBytes(read(ref), basename(ref), shippedModels());
  if (!r.ok) fail(say('badModel', { path: ref }), r.errors);
  for (const w of r.warnings) process.stderr.write(`${say('warning')}: ${formatProblem(w, lang)}\n`);
  return r.value;
}

if (!args.ok) fail(args.error);
if (!isLang(langArg)) fail(say('badLang', { lang: langArg }));
if (args.rest.length) fail(say('extra', { args: args.rest.join(' ') }));
const { model: modelRef, profile, features } = args.value;
if (!modelRef) fail(say('missingModel'));
if (!profile === !features) fail(say('oneInput'));
const model = loadModel(modelRef);
if (model.kind === 'card') fail(say('card', { id: model.id }));

let result: Score;
if (profile) {
  const e = evaluate(model, readJson(profile));
  if (!e.ok) fail(say('badHousehold', { path: profile }), e.errors);
  result = e.score;
} else {
  const f = checkFeatures(model, readJson(features!));
  if (!f.ok) fail(say('badFeatures', { path: features! }), f.errors);
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

// `npm run --silent score -- --model <id|file.json|file.csv> (--profile <household.json> | --features <vars.json>)
// [--lang fr|en]`: prints {model, score, logit, contributions} as JSON; errors go to stderr, in French by default.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkFeatures, evaluate, formatProblem as formatTextProblem, score, shippedModels } from '../engine/index.ts';
import type { Model, Problem as TextProblem, Score } from '../engine/index.ts';
import { decodeModelBytes } from '../engine/decode.ts';
import { JsonSyntaxError, parseJsonWithLines } from '../engine/json-lines.ts';
import { loadModelBytes } from '../engine/load-model.ts';
import { isLang, type Lang } from '../i18n/index.ts';
import { formatProblem, interpolate } from '../i18n/messages.ts';
import { problem, type Problem } from '../problems/index.ts';
import { parseArgs } from './args.ts';

/** The command's own sentences; the problems found in the files come from i18n/. */
const SAY = {
  fr: {
    cannotRead: 'impossible de lire {path} : {reason}',
    notJson: '{path} n’est pas du JSON valide :',
    notText: '{path} n’est pas un fichier texte lisible :',
    unknownModel: 'modèle inconnu "{ref}" : choisissez parmi {ids} ou un fichier .json/.csv',
    badModel: 'le fichier de modèle {path} n’est pas valide :',
    warning: 'attention',
    missingModel: 'il manque --model <id|fichier.json|fichier.csv>',
    oneInput: 'donnez exactement une option parmi --profile <foyer.json> et --features <variables.json>',
    card: 'le modèle {id} ne peut pas être calculé : sa structure n’est pas publiée',
    badHousehold: 'le foyer {path} n’est pas valide :',
    badFeatures: 'les variables {path} ne sont pas valides :',
    badLang: '--lang vaut fr ou en (reçu "{lang}")',
  },
  en: {
    cannotRead: 'cannot read {path}: {reason}',
    notJson: '{path} is not valid JSON:',
    notText: '{path} is not a readable text file:',
    unknownModel: 'unknown model "{ref}": use one of {ids} or a .json/.csv file',
    badModel: 'model file {path} is not valid:',
    warning: 'warning',
    missingModel: 'missing --model <id|file.json|file.csv>',
    oneInput: 'give exactly one of --profile <household.json> or --features <vars.json>',
    card: 'model {id} cannot be scored: its structure is not published',
    badHousehold: 'household {path} is not valid:',
    badFeatures: 'features {path} are not valid:',
    badLang: '--lang is fr or en (got "{lang}")',
  },
} as const;

const args = parseArgs(process.argv.slice(2), ['model', 'profile', 'features', 'lang']);
const langArg = args.ok ? (args.value.lang ?? 'fr') : 'fr';
const lang: Lang = isLang(langArg) ? langArg : 'fr';
const say = (key: keyof (typeof SAY)['fr'], params: Record<string, string> = {}) =>
  interpolate(SAY[lang][key], params, lang);

/** Problems of the household still come as bilingual texts; model and file problems as message ids. */
const line = (p: Problem | TextProblem) => ('message' in p ? formatTextProblem(p, lang) : formatProblem(p, lang));

function fail(message: string, problems: Array<Problem | TextProblem> = []): never {
  process.stderr.write([message, ...problems.map((p) => `  ${line(p)}`)].join('\n') + '\n');
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
  for (const w of r.warnings) process.stderr.write(`${say('warning')}: ${line(w)}\n`);
  return r.value;
}

if (!args.ok) fail(args.error);
if (!isLang(langArg)) fail(say('badLang', { lang: langArg }));
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

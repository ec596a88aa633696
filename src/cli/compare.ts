// `npm run --silent compare -- --model <id|file> (--a <household.json> | --a-features <vars.json>)
// (--b … | --b-features …) [--samples N] [--seed S] [--lang fr|en]`: the robust verdict between two
// households (sign dominance) and the sampled distribution of score(A) − score(B), as JSON.
// Errors go to stderr with exit code 2, in French by default.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkFeatures, evaluate, loadModelText, shippedModels } from '../engine/index.ts';
import { DEFAULT_SEED, designVector, dominance, modelConstraints, sampleComparison } from '../engine/index.ts';
import type { Features, Model, Problem } from '../engine/index.ts';
import { isLang, type Lang } from '../i18n/index.ts';
import { formatProblem, interpolate } from '../i18n/messages.ts';
import { parseArgs } from './args.ts';

/** The command's own sentences; the problems found in the files come from i18n/. */
const SAY = {
  fr: {
    cannotRead: 'impossible de lire {path} : {reason}',
    notJson: '{path} n’est pas du JSON valide : {reason}',
    unknownModel: 'modèle inconnu "{ref}" : choisissez parmi {ids} ou un fichier .json/.csv',
    badModel: 'le fichier de modèle {path} n’est pas valide :',
    warning: 'attention',
    missingModel: 'il manque --model <id|fichier.json|fichier.csv>',
    oneInput: 'donnez exactement une option parmi --{side} <foyer.json> et --{side}-features <variables.json>',
    card: 'le modèle {id} ne peut pas être calculé : sa structure n’est pas publiée',
    badHousehold: 'le foyer {path} n’est pas valide :',
    badFeatures: 'les variables {path} ne sont pas valides :',
    badLang: '--lang vaut fr ou en (reçu "{lang}")',
    badSamples: '--samples est un nombre entier de 1 à 10 000 000 (reçu "{value}")',
    badSeed: '--seed est un nombre entier de 0 à 4 294 967 295 (reçu "{value}")',
    usage:
      'usage : npm run --silent compare -- --model <id|fichier> (--a <foyer.json> | --a-features <variables.json>) (--b … | --b-features …) [--samples N] [--seed S] [--lang en]',
  },
  en: {
    cannotRead: 'cannot read {path}: {reason}',
    notJson: '{path} is not valid JSON: {reason}',
    unknownModel: 'unknown model "{ref}": use one of {ids} or a .json/.csv file',
    badModel: 'model file {path} is not valid:',
    warning: 'warning',
    missingModel: 'missing --model <id|file.json|file.csv>',
    oneInput: 'give exactly one of --{side} <household.json> or --{side}-features <vars.json>',
    card: 'model {id} cannot be scored: its structure is not published',
    badHousehold: 'household {path} is not valid:',
    badFeatures: 'features {path} are not valid:',
    badLang: '--lang is fr or en (got "{lang}")',
    badSamples: '--samples is a whole number from 1 to 10,000,000 (got "{value}")',
    badSeed: '--seed is a whole number from 0 to 4,294,967,295 (got "{value}")',
    usage:
      'usage: npm run --silent compare -- --model <id|file> (--a <household.json> | --a-features <vars.json>) (--b … | --b-features …) [--samples N] [--seed S] [--lang en]',
  },
} as const;

/** Draws when --samples is not given: quantiles 5/95 of a difference within about ±0.5 point. */
const DEFAULT_SAMPLES = 10_000;

const args = parseArgs(process.argv.slice(2), [
  'model',
  'a',
  'a-features',
  'b',
  'b-features',
  'samples',
  'seed',
  'lang',
]);
const langArg = args.ok ? (args.value.lang ?? 'fr') : 'fr';
const lang: Lang = isLang(langArg) ? langArg : 'fr';
const say = (key: keyof (typeof SAY)['fr'], params: Record<string, string> = {}) =>
  interpolate(SAY[lang][key], params, lang);

function fail(message: string, problems: Problem[] = []): never {
  process.stderr.write([message, ...problems.map((p) => `  ${formatProblem(p, lang)}`)].join('\n') + '\n');
  process.exit(2);
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    return fail(say('cannotRead', { path, reason: (e as Error).message }));
  }
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(read(path).replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail(say('notJson', { path, reason: (e as Error).message }));
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
  const r = loadModelText(read(ref), basename(ref), shippedModels());
  if (!r.ok) fail(say('badModel', { path: ref }), r.errors);
  for (const w of r.warnings) process.stderr.write(`${say('warning')}: ${formatProblem(w, lang)}\n`);
  return r.value;
}

/** The model variables of side `a` or `b`, from a household file or a features file. */
function sideFeatures(model: Model, side: 'a' | 'b'): Features {
  const household = args.ok ? args.value[side] : undefined;
  const features = args.ok ? args.value[`${side}-features`] : undefined;
  if (!household === !features) fail(say('oneInput', { side }));
  if (household) {
    const e = evaluate(model, readJson(household));
    if (!e.ok) fail(say('badHousehold', { path: household }), e.errors);
    return e.features;
  }
  const f = checkFeatures(model, readJson(features!));
  if (!f.ok) fail(say('badFeatures', { path: features! }), f.errors);
  return f.value;
}

function whole(text: string | undefined, fallback: number, max: number, min: number, key: 'badSamples' | 'badSeed') {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) fail(say(key, { value: text }));
  return n;
}

if (!args.ok) fail(`${args.error}\n${say('usage')}`);
if (!isLang(langArg)) fail(say('badLang', { lang: langArg }));
if (args.rest.length) fail(say('usage'));
const { model: modelRef, samples, seed } = args.value;
if (!modelRef) fail(say('missingModel'));
const n = whole(samples, DEFAULT_SAMPLES, 10_000_000, 1, 'badSamples');
const s = whole(seed, DEFAULT_SEED, 0xffffffff, 0, 'badSeed');
const model = loadModel(modelRef);
if (model.kind === 'card') fail(say('card', { id: model.id }));
const c = modelConstraints(model);
const xa = designVector(model, c, sideFeatures(model, 'a'));
const xb = designVector(model, c, sideFeatures(model, 'b'));
const d = dominance(model, c, xa, xb);
const sampled = sampleComparison(c, xa, xb, n, s);
const out = {
  dominance: d.verdict,
  breaking: d.breaking,
  samples: {
    n: sampled.n,
    a_higher: sampled.aHigher,
    diff_quantiles: { '5': sampled.diff.q05, '50': sampled.diff.q50, '95': sampled.diff.q95 },
  },
};
process.stdout.write(JSON.stringify(out, null, 2) + '\n');

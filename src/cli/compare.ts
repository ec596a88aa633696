// `npm run --silent compare -- --model <id|file> (--a <household.json> | --a-features <vars.json>)
// (--b … | --b-features …) [--samples N] [--seed S] [--lang fr|en]`: the robust verdict between two
// households (sign dominance) and the sampled distribution of score(A) − score(B), as JSON.
// Errors go to stderr with exit code 2, in French by default.

import { checkFeatures, evaluate } from '../engine/index.ts';
import { DEFAULT_SEED, designVector, dominance, modelConstraints, sampleComparison } from '../engine/index.ts';
import type { Features, Model } from '../engine/index.ts';
import { COMPARE_CLI as SAY } from '../i18n/cli.ts';
import { isLang, type Lang } from '../i18n/index.ts';
import { interpolate } from '../i18n/messages.ts';
import type { Problem } from '../problems/index.ts';
import { parseArgs } from './args.ts';
import { cliFiles } from './files.ts';
import { exitCode, isEntry, runMain, type Io } from './io.ts';

/** Draws when --samples is not given: the 5 and 95 % of a difference within about half a point. */
const DEFAULT_SAMPLES = 10_000;

const OPTIONS = ['model', 'a', 'a-features', 'b', 'b-features', 'samples', 'seed', 'lang'];

/** The command: its exit code (2 for bad input, said on stderr), never process.exit. */
export function main(argv: string[], io: Io): Promise<number> {
  return exitCode(() => {
    const args = parseArgs(argv, OPTIONS);
    const langArg = args.ok ? (args.value.lang ?? 'fr') : 'fr';
    const lang: Lang = isLang(langArg) ? langArg : 'fr';
    const say = (key: keyof (typeof SAY)['fr'], params: Record<string, string> = {}) =>
      interpolate(SAY[lang][key], params, lang);

    const files = cliFiles(lang, io);
    // Declared with its type so that TypeScript knows a call to it ends the command.
    const fail: (message: string, problems?: Problem[]) => never = files.fail;
    const { readJson, loadModel } = files;

    /** The model variables of side `a` or `b`, from a household file or a features file. */
    function sideFeatures(model: Model, values: Record<string, string | undefined>, side: 'a' | 'b'): Features {
      const household = values[side];
      const features = values[`${side}-features`];
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

    function whole(
      text: string | undefined,
      fallback: number,
      min: number,
      max: number,
      key: 'badSamples' | 'badSeed',
    ) {
      if (text === undefined) return fallback;
      const n = Number(text);
      if (!/^\d+$/.test(text) || n < min || n > max) fail(say(key, { value: text }));
      return n;
    }

    if (!args.ok) fail(args.error);
    if (!isLang(langArg)) fail(say('badLang', { lang: langArg }));
    if (args.rest.length) fail(say('extra', { args: args.rest.join(' ') }));
    const { model: modelRef, samples, seed } = args.value;
    if (!modelRef) fail(say('missingModel'));
    const n = whole(samples, DEFAULT_SAMPLES, 1, 10_000_000, 'badSamples');
    const s = whole(seed, DEFAULT_SEED, 0, 0xffffffff, 'badSeed');
    const model = loadModel(modelRef);
    if (model.kind === 'card') fail(say('card', { id: model.id }));
    const c = modelConstraints(model);
    const xa = designVector(model, c, sideFeatures(model, args.value, 'a'));
    const xb = designVector(model, c, sideFeatures(model, args.value, 'b'));
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
    io.stdout(JSON.stringify(out, null, 2) + '\n');
  });
}

if (isEntry(import.meta.url)) void runMain(main);

// `npm run --silent score -- --model <id|file.json|file.csv> (--profile <household.json> | --features <vars.json>)
// [--lang fr|en]`: prints {model, score, logit, contributions} as JSON; errors go to stderr, in French by default.
// `--jsonl <file>` scores one `{"id", "features"|"household"}` per line (score-jsonl.ts).

import { checkFeatures, evaluate, score } from '../engine/index.ts';
import type { Score } from '../engine/index.ts';
import { SCORE_CLI as SAY } from '../i18n/cli.ts';
import { isLang, type Lang } from '../i18n/index.ts';
import { interpolate } from '../i18n/messages.ts';
import type { Problem } from '../problems/index.ts';
import { parseArgs } from './args.ts';
import { cliFiles } from './files.ts';
import { exitCode, isEntry, runMain, type Io } from './io.ts';
import { scoreJsonl } from './score-jsonl.ts';

/** The command: its exit code (2 for bad input, said on stderr), never process.exit. */
export function main(argv: string[], io: Io): Promise<number> {
  return exitCode(() => {
    const args = parseArgs(argv, ['model', 'profile', 'features', 'jsonl', 'lang']);
    const langArg = args.ok ? (args.value.lang ?? 'fr') : 'fr';
    const lang: Lang = isLang(langArg) ? langArg : 'fr';
    const say = (key: keyof (typeof SAY)['fr'], params: Record<string, string> = {}) =>
      interpolate(SAY[lang][key], params, lang);

    const files = cliFiles(lang, io);
    // Declared with its type so that TypeScript knows a call to it ends the command.
    const fail: (message: string, problems?: Problem[]) => never = files.fail;
    const { readJson, loadModel } = files;

    if (!args.ok) fail(args.error);
    if (!isLang(langArg)) fail(say('badLang', { lang: langArg }));
    if (args.rest.length) fail(say('extra', { args: args.rest.join(' ') }));
    const { model: modelRef, profile, features, jsonl } = args.value;
    if (!modelRef) fail(say('missingModel'));
    if (jsonl !== undefined && (profile || features)) fail(say('oneBatchInput'));
    if (jsonl === undefined && !profile === !features) fail(say('oneInput'));
    const model = loadModel(modelRef);
    if (model.kind === 'card') fail(say('card', { id: model.id }));
    if (jsonl !== undefined) return scoreJsonl(model, new TextDecoder().decode(files.read(jsonl)), jsonl, lang, io);

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
    io.stdout(JSON.stringify(out, null, 2) + '\n');
  });
}

if (isEntry(import.meta.url)) void runMain(main);

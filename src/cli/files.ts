// What the `score` and `compare` commands share: problems written to stderr in the chosen language
// with exit code 2, files read as bytes in any encoding an editor saves, models by id or by file.

import { basename } from 'node:path';
import { type Model } from '../engine/index.ts';
import { allShippedModels as shippedModels } from '../engine/registry-binned.ts';
import { decodeModelBytes } from '../formats/text.ts';
import { JsonSyntaxError, parseJsonWithLines } from '../formats/json-lines.ts';
import { loadModelBytes } from '../formats/model-file.ts';
import { SCORE_CLI } from '../i18n/cli.ts';
import type { Lang } from '../i18n/index.ts';
import { formatProblem, interpolate } from '../i18n/messages.ts';
import { problem, type Problem } from '../problems/index.ts';
import { Exit, type Io } from './io.ts';

type Shared = 'cannotRead' | 'notJson' | 'notText' | 'unknownModel' | 'badModel' | 'warning';

export function cliFiles(lang: Lang, io: Io) {
  const say = (key: Shared, params: Record<string, string> = {}) => interpolate(SCORE_CLI[lang][key], params, lang);

  function fail(message: string, problems: Problem[] = []): never {
    io.stderr([message, ...problems.map((p) => `  ${formatProblem(p, lang)}`)].join('\n') + '\n');
    throw new Exit(2);
  }

  function read(path: string): Uint8Array {
    try {
      return io.readFile(path);
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

  /** A shipped model by id, or a model file (JSON model or coefficient table); warnings go to stderr. */
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
    for (const w of r.warnings) io.stderr(`${say('warning')}: ${formatProblem(w, lang)}\n`);
    return r.value;
  }

  return { fail, read, readJson, loadModel };
}

// Keeps in embed.html only what its code can read: the interface and problem texts it names, and
// the benefit parameters' values and dates. The first build
// gives each module's rendered code (tree-shaken: what the embed actually runs); every name and
// dotted id written in it is collected, and the second build's dictionaries keep only those keys.
// Over-inclusive by design: a key named anywhere in that code is kept, used or not. A key built at
// run time (`t['a' + b]`) would be missed: the UI reads its texts as `t.key`, ids as literal strings.

import { readFileSync } from 'node:fs';
import type { Plugin, Rollup } from 'vite';
import type { DatedSeries } from '../src/benefits/dated.ts';
import { fr } from '../src/i18n/fr.ts';
import { en } from '../src/i18n/en.ts';
import { PROBLEM_TEXTS } from '../src/i18n/problems/index.ts';

/** The dictionary modules themselves: their own keys prove nothing. */
const DICT_FILE = /\/src\/i18n\/(fr|en)\.ts$|\/src\/i18n\/texts\/|\/src\/i18n\/problems\//;

/** Every name and dotted id (`t.score`, 'engine.unknownModel') in the embed's code, and each part of a dotted one. */
export function namesUsed(output: readonly (Rollup.OutputChunk | Rollup.OutputAsset)[]): Set<string> {
  const names = new Set<string>();
  for (const f of output) {
    if (f.type !== 'chunk') continue;
    for (const [id, m] of Object.entries(f.modules)) {
      if (DICT_FILE.test(id) || !m.code) continue;
      for (const [token] of m.code.matchAll(/[A-Za-z_$][\w$]*(?:\.[\w$]+)*/g)) {
        names.add(token);
        for (const part of token.split('.')) names.add(part);
      }
    }
  }
  return names;
}

const pick = <T extends object>(dict: T, keep: Set<string>): Partial<T> =>
  Object.fromEntries(Object.entries(dict).filter(([k]) => keep.has(k))) as Partial<T>;

/**
 * Problems in a model file (its format, JSON, CSV): the embed imports no file, and the one model
 * it may check, a link's edited weights, reports its problems in the full app's import panel only.
 */
export const MODEL_FILE_PROBLEM = /^(model|json|csv)\./;

const problems = (dict: Readonly<Record<string, string>>, keep: Set<string>) =>
  pick(Object.fromEntries(Object.entries(dict).filter(([k]) => !MODEL_FILE_PROBLEM.test(k))), keep);

/** The three dictionary modules, each replaced by its kept keys (values unchanged). */
export function prunedTexts(keep: Set<string>): Plugin {
  const modules: [RegExp, () => string][] = [
    [/\/src\/i18n\/fr\.ts$/, () => `export const fr = ${JSON.stringify(pick(fr, keep))};`],
    [/\/src\/i18n\/en\.ts$/, () => `export const en = ${JSON.stringify(pick(en, keep))};`],
    [
      /\/src\/i18n\/problems\/index\.ts$/,
      () =>
        `export const PROBLEM_TEXTS = ${JSON.stringify({ fr: problems(PROBLEM_TEXTS.fr, keep), en: problems(PROBLEM_TEXTS.en, keep) })};`,
    ],
  ];
  return {
    name: 'embed-texts',
    enforce: 'pre',
    load(id) {
      const hit = modules.find(([re]) => re.test(id.split('?')[0]!));
      return hit ? { code: hit[1](), moduleType: 'js' } : null;
    },
  };
}

/**
 * The benefit parameters with their values and dates exactly as in the files, without the legal
 * references (`ref`, `url`) and French descriptions that only the full app's rights panel and
 * the files themselves show: the rules read `from` and `value`, and `description.en` for an error.
 */
export function legalValues(): Plugin {
  return {
    name: 'embed-legal-values',
    enforce: 'pre',
    load(id) {
      if (!/\/src\/benefits\/parameters\/[\w-]+\.json$/.test(id.split('?')[0]!)) return null;
      const table = JSON.parse(readFileSync(id.split('?')[0]!, 'utf8')) as Record<string, DatedSeries>;
      const kept = Object.fromEntries(
        Object.entries(table).map(([k, s]) => [
          k,
          {
            description: { en: s.description.en },
            unit: s.unit,
            values: s.values.map((v) => ({ from: v.from, value: v.value })),
          },
        ]),
      );
      return JSON.stringify(kept);
    },
  };
}

// What the population and rank command lines share: the language, errors (stderr, exit 2, French by
// default), the model, the population file, the threshold and the weight draws.

import { basename } from 'node:path';
import { loadModelText, shippedModels, type Model, type Problem } from '../engine/index.ts';
import { loadPopulation, DEFAULT_CONTROLS, type Population, type Threshold } from '../engine/population/population.ts';
import { ownParameters } from '../engine/population/draws.ts';
import { modelConstraints } from '../engine/robust/constraints.ts';
import { DEFAULT_SEED, sampleWeights } from '../engine/robust/sampler.ts';

export { DEFAULT_SEED };
import { isLang, type Lang } from '../i18n/index.ts';
import { POPULATION_CLI as SAY } from '../i18n/cli.ts';
import { formatProblem, interpolate } from '../i18n/messages.ts';
import { problem, type Param } from '../problems/index.ts';
import { Exit, type Io } from './io.ts';
import { decodeModelBytes } from '../formats/text.ts';
import { JsonSyntaxError, parseJsonWithLines } from '../formats/json-lines.ts';

export const DEFAULT_POPULATION = new URL('../../public/population/foyers.bin', import.meta.url).pathname;

export type Sentence = keyof (typeof SAY)['fr'];

export interface Cli {
  lang: Lang;
  io: Io;
  fail(key: Sentence, params?: Record<string, Param>, problems?: Problem[]): never;
}

/** The CLI's language from `--lang` (French by default); an unknown language fails in French. */
export function cliFor(langOption: string | undefined, io: Io): Cli {
  const fail =
    (lang: Lang) =>
    (key: Sentence, params: Record<string, Param> = {}, problems: Problem[] = []) => {
      const lines = [interpolate(SAY[lang][key], params, lang), ...problems.map((p) => `  ${formatProblem(p, lang)}`)];
      io.stderr(lines.join('\n') + '\n');
      throw new Exit(2);
    };
  const lang = langOption ?? 'fr';
  if (!isLang(lang)) return fail('fr')('lang', { value: lang });
  return { lang, io, fail: fail(lang) };
}

/** A text file in any encoding an editor saves (UTF-16 with its mark, Windows-1252), as `score` reads it. */
export function readText(cli: Cli, path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = cli.io.readFile(path);
  } catch (e) {
    return cli.fail('read', { path, detail: (e as Error).message });
  }
  const text = decodeModelBytes(bytes);
  return text.ok ? text.value : cli.fail('notText', { path }, text.errors);
}

export function readJson(cli: Cli, path: string): unknown {
  const text = readText(cli, path);
  try {
    return parseJsonWithLines(text).value;
  } catch (e) {
    // Located and said in the CLI's language, as `score` says it (not JSON.parse's own English).
    const p = e instanceof JsonSyntaxError ? problem('error', '', e.id, e.params, e.line) : undefined;
    return cli.fail('json', { path, detail: p ? formatProblem(p, cli.lang) : (e as Error).message });
  }
}

/** A shipped model by id, or a model file; a card (structure unknown) cannot be scored. */
export function modelFor(cli: Cli, ref: string): Model {
  const known = shippedModels();
  let model = known.find((m) => m.id === ref);
  if (!model) {
    if (!/\.(json|csv)$/i.test(ref)) cli.fail('model', { ref, known: known.map((m) => m.id).join(', ') });
    const r = loadModelText(readText(cli, ref), basename(ref), known);
    if (!r.ok) cli.fail('modelFile', { path: ref }, r.errors);
    for (const w of r.warnings) cli.io.stderr(`${formatProblem(w, cli.lang)}\n`);
    model = r.value;
  }
  if (model.kind === 'card') cli.fail('card', { id: model.id });
  return model;
}

/**
 * The very same bytes decode to the same population (read-only typed arrays): an Io that hands the
 * same file object to several commands in one process, as the tests do, has it decoded once.
 */
const decoded = new WeakMap<Uint8Array, Population>();

export function populationFor(cli: Cli, path = DEFAULT_POPULATION): Population {
  let file: Uint8Array;
  try {
    file = cli.io.readFile(path);
  } catch (e) {
    return cli.fail('read', { path, detail: (e as Error).message });
  }
  const known = decoded.get(file);
  if (known) return known;
  try {
    const pop = loadPopulation(new Uint8Array(file));
    decoded.set(file, pop);
    return pop;
  } catch (e) {
    return cli.fail('file', { path, detail: (e as Error).message });
  }
}

export function positiveInteger(cli: Cli, name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) cli.fail('integer', { name, value });
  return n;
}

/** The most draws `--samples` takes: each one ranks the whole population (about 100,000 households). */
export const MAX_SAMPLES = 5000;

/** `--samples`: a whole number of draws from 1 to MAX_SAMPLES (a larger one would run for minutes, or overflow). */
export function samplesFor(cli: Cli, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_SAMPLES) cli.fail('samples', { value, max: MAX_SAMPLES });
  return n;
}

/** `--threshold`: a count of households (166000), or a share (0.012, 1.2%). Default: the 2024 data-mining controls. */
export function thresholdFor(cli: Cli, value: string | undefined): Threshold {
  if (value === undefined) return { count: DEFAULT_CONTROLS };
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(value);
  const x = Number(percent ? percent[1] : value);
  if (!/^\d+(\.\d+)?%?$/.test(value) || !Number.isFinite(x) || x <= 0) cli.fail('threshold', { value });
  if (percent) return x <= 100 ? { share: x / 100 } : cli.fail('threshold', { value });
  return x < 1 ? { share: x } : Number.isInteger(x) ? { count: x } : cli.fail('threshold', { value });
}

/**
 * The weight draws: `samples` weight sets drawn by the explorer's sampler (src/engine/robust/), each
 * free weight uniform within its plausible range, fixed weights at their value; and the model's own
 * placeholder weights, reported beside them as the example.
 */
export function drawsFor(model: Model, samples: number, seed: number) {
  const c = modelConstraints(model);
  return {
    draws: sampleWeights(c, samples, seed),
    example: ownParameters(model),
    weights:
      'sampled: each free weight uniform within its plausible range (src/engine/robust/sampler.ts), ' +
      'fixed weights at their value; "example" is the model’s own placeholder weights. Not the CNAF’s weights.',
    samples: { n: samples, seed, freeWeights: c.freeSlots.length, weights: c.size },
  };
}

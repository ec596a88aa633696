// `npm run --silent calibrate -- --model <id|file> [--targets <csv>] [--samples N] [--seed S]
// [--reading controlled|datamined] [--use id,id]`: calibrates the model's unknown weights on the
// published targets (ABC-SMC, docs/calibration.md) over the synthetic population and prints one
// JSON object: prior draws, accepted sets and their effective size, each target's achieved 5/50/95 %.

import { basename } from 'node:path';
import { loadModelText, modelConstraints, shippedModels, type Model, type Problem } from '../engine/index.ts';
import { loadPopulation } from '../engine/population/population.ts';
import { calibrate, CALIBRATION_SEED, DEFAULT_PARTICLES } from '../engine/calibration/calibrate.ts';
import { calibrationDesign } from '../engine/calibration/design.ts';
import { ENSEMBLE_WARNING } from '../engine/calibration/card.ts';
import {
  parseTargets,
  resolveTargets,
  SHIPPED_TARGETS_CSV,
  type SingleParentReading,
} from '../engine/calibration/targets.ts';
import { CALIBRATE_CLI as SAY } from '../i18n/calibrate-cli.ts';
import { isLang, type Lang } from '../i18n/index.ts';
import { formatProblem, interpolate } from '../i18n/messages.ts';
import { parseArgs } from './args.ts';
import { Exit, isEntry, runMain, type Io } from './io.ts';

export const DEFAULT_POPULATION = new URL('../../public/population/foyers.bin', import.meta.url).pathname;
/** Weight sets per generation: below 200 the 5 and 95 % rest on fewer than 10 sets; above 5000 a run takes over ten minutes. */
export const SAMPLES = { min: 200, max: 5000 } as const;
const OPTIONS = ['model', 'targets', 'samples', 'seed', 'reading', 'use', 'population', 'lang'];

export async function main(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, OPTIONS);
  const langArg = args.ok ? (args.value.lang ?? 'fr') : 'fr';
  const lang: Lang = isLang(langArg) ? langArg : 'fr';
  const fail = (key: keyof (typeof SAY)['fr'], params: Record<string, string> = {}, more: string[] = []): never => {
    io.stderr([interpolate(SAY[lang][key], params, lang), ...more.map((m) => `  ${m}`)].join('\n') + '\n');
    throw new Exit(2);
  };
  const read = (path: string): Uint8Array => {
    try {
      return io.readFile(path);
    } catch (e) {
      return fail('read', { path, detail: (e as Error).message });
    }
  };
  if (!args.ok) return fail('usage', {}, [args.error]);
  if (!isLang(langArg)) fail('lang', { value: langArg });
  const o = args.value;
  if (args.rest.length || !o.model) fail('usage');
  const particles = o.samples === undefined ? DEFAULT_PARTICLES : Number(o.samples);
  if (o.samples !== undefined && (!/^\d+$/.test(o.samples) || particles < SAMPLES.min || particles > SAMPLES.max))
    fail('samples', { value: o.samples, min: String(SAMPLES.min), max: String(SAMPLES.max) });
  const seed = o.seed === undefined ? CALIBRATION_SEED : Number(o.seed);
  if (o.seed !== undefined && (!/^\d+$/.test(o.seed) || seed > 0xffffffff)) fail('seed', { value: o.seed });
  const reading = (o.reading ?? 'controlled') as SingleParentReading;
  if (reading !== 'controlled' && reading !== 'datamined') fail('reading', { value: o.reading! });

  const known = shippedModels();
  let model: Model | undefined = known.find((m) => m.id === o.model);
  if (!model) {
    if (!/\.(json|csv)$/i.test(o.model!)) fail('model', { ref: o.model!, known: known.map((m) => m.id).join(', ') });
    const r = loadModelText(new TextDecoder().decode(read(o.model!)), basename(o.model!), known);
    if (!r.ok)
      fail(
        'modelFile',
        { path: o.model! },
        r.errors.map((p: Problem) => formatProblem(p, lang)),
      );
    else model = r.value;
  }
  if (model!.kind === 'card') fail('card', { id: model!.id });

  const csv = o.targets === undefined ? SHIPPED_TARGETS_CSV : new TextDecoder().decode(read(o.targets));
  const rows = parseTargets(csv);
  if (!rows.ok) return fail('targets', { path: o.targets ?? 'targets.csv' }, rows.errors);
  const use = o.use
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const resolved = resolveTargets(rows.value, { reading, ...(use ? { use } : {}) });
  if (!resolved.ok) return fail('targets', { path: o.targets ?? 'targets.csv' }, resolved.errors);

  const popPath = o.population ?? DEFAULT_POPULATION;
  let pop;
  try {
    pop = loadPopulation(read(popPath));
  } catch (e) {
    if (e instanceof Exit) throw e;
    return fail('population', { path: popPath, detail: (e as Error).message });
  }
  const c = modelConstraints(model!);
  const { controls, targets } = resolved.value;
  const cal = await calibrate(c, calibrationDesign(pop, model!, c), {
    controls,
    targets,
    particles,
    seed,
    pause: async () => {},
  });
  const out = {
    model: model!.id,
    seed,
    method: 'adaptive ABC-SMC (Del Moral et al. 2012): uniform prior within the plausible ranges',
    reading,
    controls,
    met: cal.met,
    prior: { n: cal.priorDraws },
    simulations: cal.simulations,
    accepted: { n: cal.met ? cal.importance.length : 0, ess: cal.ess, distinct: cal.distinct },
    ...(cal.met ? {} : { closest: { n: cal.importance.length, distance: cal.distance[0] } }),
    targets: cal.achieved.map((a, i) => ({
      id: a.id,
      value: a.value,
      tolerance: a.tolerance,
      used: a.used,
      reading: targets[i]!.reading,
      achieved: { '5': a.q05, '50': a.q50, '95': a.q95 },
    })),
    generations: cal.generations.map((g) => ({ ...g, epsilon: Number.isFinite(g.epsilon) ? g.epsilon : null })),
    warning: ENSEMBLE_WARNING[lang],
  };
  io.stdout(JSON.stringify(out, null, 2) + '\n');
  return 0;
}

if (isEntry(import.meta.url)) void runMain(main);

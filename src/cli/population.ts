// `npm run --silent population -- --summary`: the synthetic population's weighted counts (households,
// benefits) and shares (family types, as fractions of 1).
// `npm run --silent population -- --model <id|file> --controlled [--prior] [--threshold N] [--samples N] [--seed S]`:
// who fills the controlled group, against the whole population, with ranges over an ensemble of
// weight sets: the shipped calibrated one by default, the prior beside it with --prior, as `rank`
// reads them (a model file gets --samples prior draws, and says so). The threshold is each set's
// rank cut of the 166,000th household (or of --threshold), the one every other answer uses.
// `--population <file>` reads another population file; `--lang en` writes errors in English.

import { FAMILY_TYPES } from '../engine/population/groups.ts';
import { compositionOverDraws, compositionRanges } from '../engine/population/draws.ts';
import { ensembleForRank } from '../engine/calibration/rank.ts';
import { ensembleComposition } from '../engine/calibration/composition.ts';
import { kishEss } from '../engine/calibration/smc.ts';
import { modelConstraints } from '../engine/robust/constraints.ts';
import { controlledCount, type Population } from '../engine/population/population.ts';
import { parseArgs } from './args.ts';
import { exitCode, isEntry, runMain, type Io } from './io.ts';
import {
  cliFor,
  type Cli,
  DEFAULT_SEED,
  drawsFor,
  modelFor,
  populationFor,
  positiveInteger,
  samplesFor,
  thresholdFor,
} from './population-common.ts';

const OPTIONS = ['summary', 'model', 'controlled', 'prior', 'threshold', 'samples', 'seed', 'population', 'lang'];

/** Weighted counts of households, and family types as fractions of them. */
function summary(pop: Population) {
  const count = (test: (i: number) => boolean) => {
    let w = 0;
    for (let i = 0; i < pop.size; i++) if (test(i)) w += pop.weights[i]!;
    return Math.round(w);
  };
  const share = (k: number) => count((i) => pop.familyType[i] === k) / pop.total;
  const flag = (g: keyof Population['flags']) => count((i) => pop.flags[g][i] === 1);
  return {
    households: Math.round(pop.total),
    records: pop.size,
    familyType: Object.fromEntries(FAMILY_TYPES.map((t, k) => [t, Math.round(share(k) * 1e6) / 1e6])),
    benefits: {
      rsa: flag('rsa'),
      primeActivite: flag('primeActivite'),
      aah: flag('aah'),
      housingAid: flag('housingAid'),
      af: flag('af'),
    },
    qpv: flag('qpv'),
  };
}

/** The command: its exit code (2 for bad input, said on stderr), never process.exit. */
export function main(argv: string[], io: Io): Promise<number> {
  return exitCode(async () => {
    // `--summary`, `--controlled` and `--prior` are switches: give them a value so that parseArgs reads them.
    const args = argv.flatMap((a) => (a === '--summary' || a === '--controlled' || a === '--prior' ? [a, 'yes'] : [a]));
    const parsed = parseArgs(args, OPTIONS);
    const cli: Cli = cliFor(parsed.ok ? parsed.value.lang : undefined, io);
    if (!parsed.ok) cli.fail('usage');
    const o = parsed.value;
    if (parsed.rest.length || (o.summary === undefined) === (o.controlled === undefined)) cli.fail('usage');

    if (o.summary !== undefined) {
      if (o.model || o.prior || o.threshold || o.samples || o.seed) cli.fail('usage');
      io.stdout(JSON.stringify(summary(populationFor(cli, o.population)), null, 2) + '\n');
    } else {
      if (!o.model) cli.fail('usage');
      const model = modelFor(cli, o.model);
      const threshold = thresholdFor(cli, o.threshold);
      const samples = samplesFor(cli, o.samples, 200);
      const seed = positiveInteger(cli, 'seed', o.seed, DEFAULT_SEED);
      const pop = populationFor(cli, o.population);
      const { example, weights, samples: used } = drawsFor(model, samples, seed);
      const count = controlledCount(threshold, pop.total);
      const chosen = await ensembleForRank(model, pop, {
        prior: o.prior !== undefined,
        controls: count,
        samples,
        seed,
      });
      const e = chosen.ensemble;
      const r = compositionRanges(ensembleComposition(pop, model, modelConstraints(model), e));
      const own = compositionOverDraws(pop, model, example, threshold);
      io.stdout(
        JSON.stringify(
          {
            model: model.id,
            weights,
            samples: used,
            ensemble: e.kind,
            ensembleSource: chosen.source,
            ...(chosen.fallback ? { ensembleNote: chosen.fallback } : {}),
            draws: { n: e.sets, ess: kishEss(e.importance) },
            synthetic: 'synthetic population (public/population/provenance.json); the CNAF model weights are unknown',
            households: Math.round(pop.total),
            threshold: { count: Math.round(count), share: count / pop.total },
            cutScore: { ...r.cutScore, example: own.cutScore.median },
            ranges:
              'low = 5 %, median, high = 95 % over the ensemble’s weight sets; shares and ratios as fractions; ' +
              'controlled under a set: at or above its rank cut',
            composition: r.groups.map((g, k) => ({
              ...g,
              example: { controlled: own.groups[k]!.controlled.median, ratio: own.groups[k]!.ratio.median },
            })),
          },
          null,
          2,
        ) + '\n',
      );
    }
  });
}

if (isEntry(import.meta.url)) void runMain(main);

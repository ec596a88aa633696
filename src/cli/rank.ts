// `npm run --silent rank -- --model <id|file> --profile <household.json> [--prior] [--threshold N] [--samples N] [--seed S]`:
// where a household stands among the synthetic population: its percentile (the weighted share of
// households with a lower score, ties counted half) as a range over an ensemble of weight sets, and
// the share of them under which it would be in the controlled group. The ensemble is the shipped
// calibrated one (docs/calibration.md), or with --prior the prior beside it; a model file gets
// --samples prior draws, and says so. `--population <file>`, `--lang en` as for `population`.

import { decodeHousehold, effectiveHousehold, rights } from '../engine/index.ts';
import { headline } from '../engine/calibration/headline.ts';
import { ensembleForRank } from '../engine/calibration/rank.ts';
import { householdDesign } from '../engine/calibration/shipped.ts';
import { rankOverDraws } from '../engine/population/draws.ts';
import { controlledCount } from '../engine/population/population.ts';
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
  readJson,
  thresholdFor,
} from './population-common.ts';

/** The command: its exit code (2 for bad input, said on stderr), never process.exit. */
export function main(argv: string[], io: Io): Promise<number> {
  return exitCode(async () => {
    // --prior is a flag without a value.
    const prior = argv.includes('--prior');
    const parsed = parseArgs(
      argv.filter((a) => a !== '--prior'),
      ['model', 'profile', 'threshold', 'samples', 'seed', 'population', 'lang'],
    );
    const cli: Cli = cliFor(parsed.ok ? parsed.value.lang : undefined, io);
    if (!parsed.ok) cli.fail('rankUsage');
    const o = parsed.value;
    if (parsed.rest.length || !o.model || !o.profile) cli.fail('rankUsage');
    const model = modelFor(cli, o.model);
    const decoded = decodeHousehold(readJson(cli, o.profile));
    if (decoded.errors.length) cli.fail('profile', { path: o.profile }, decoded.errors);
    const threshold = thresholdFor(cli, o.threshold);
    const samples = samplesFor(cli, o.samples, 200);
    const seed = positiveInteger(cli, 'seed', o.seed, DEFAULT_SEED);
    const pop = populationFor(cli, o.population);
    // The household as the model scores it: in `computed` mode, with its RSA and prime d'activité by the law.
    const h = decoded.household;
    const household = effectiveHousehold(h, h.benefitsSource === 'computed' ? rights(h) : undefined);
    const { example, weights, samples: used } = drawsFor(model, samples, seed);
    const own = rankOverDraws(pop, model, example, household, threshold);
    const count = controlledCount(threshold, pop.total);
    const chosen = await ensembleForRank(model, pop, { prior, controls: count, samples, seed });
    // The decoded household: householdDesign applies the law once, as evaluate does.
    const e = headline(chosen.ensemble, householdDesign(model, h));
    io.stdout(
      JSON.stringify(
        {
          model: model.id,
          weights,
          samples: used,
          synthetic: 'synthetic population (public/population/provenance.json); the CNAF model weights are unknown',
          ensemble: e.ensemble,
          ensembleSource: chosen.source,
          ...(chosen.fallback ? { ensembleNote: chosen.fallback } : {}),
          draws: { n: e.n, ess: e.ess },
          score: { ...e.probability, example: own.score.median },
          percentile: { ...e.rank, example: own.percentile.median },
          threshold: { count: Math.round(count), share: count / pop.total },
          controlled: { shareOfDraws: e.controlledShare, example: own.controlledInShare === 1 },
          ranges:
            'low = 5 %, median, high = 95 %, min and max over the ensemble (weighted by importance); ' +
            'percentile as a fraction of households; score: the probability of what the model predicts',
        },
        null,
        2,
      ) + '\n',
    );
  });
}

if (isEntry(import.meta.url)) void runMain(main);

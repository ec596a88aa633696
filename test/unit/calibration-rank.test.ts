// The ensemble a rank is read over (shipped, retabulated for another threshold, or prior draws for a
// model file) and the rank command line's new fields, which must agree with the engine's headline.
import { main as rankMain } from '../../src/cli/rank.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeHousehold, shippedModels, type Model } from '../../src/engine/index.ts';
import { loadPopulation, type Population } from '../../src/engine/population/population.ts';
import { ensembleForRank, headline } from '../../src/engine/calibration/index.ts';
import { householdDesign, shippedEnsembles } from '../../src/engine/calibration/shipped.ts';

const root = new URL('../../', import.meta.url);
const PROFILE = 'test/cases/calibration/single-mother-900.json';
const mother = decodeHousehold(JSON.parse(readFileSync(new URL(PROFILE, root), 'utf8'))).household;
const cnaf = shippedModels().find((m) => m.id === 'cnaf-2014')!;
let pop: Population;
beforeAll(() => {
  pop = loadPopulation(new Uint8Array(readFileSync(new URL('public/population/foyers.bin', root))));
});
const request = { prior: false, controls: 166_000, samples: 40, seed: 3 };

describe('ensembleForRank', () => {
  it('reads a shipped model over its shipped ensembles, calibrated or prior', async () => {
    const shipped = (await shippedEnsembles('cnaf-2014'))!;
    const cal = await ensembleForRank(cnaf, pop, request);
    expect(cal).toEqual({ ensemble: shipped.calibrated, source: 'shipped' });
    const prior = await ensembleForRank(cnaf, pop, { ...request, prior: true });
    expect(prior.ensemble).toBe(shipped.prior);
  });

  it('remakes the tables of the same weight sets for another threshold: fewer controlled, a higher cut', async () => {
    const shipped = (await shippedEnsembles('cnaf-2014'))!;
    const r = await ensembleForRank(cnaf, pop, { ...request, controls: 50_000 });
    expect(r.source).toBe('retabulated');
    expect(r.ensemble.weights).toBe(shipped.calibrated.weights);
    for (let s = 0; s < 5; s++) expect(r.ensemble.cut[s]).toBeGreaterThan(shipped.calibrated.cut[s]!);
  });

  it('gives a model file prior draws, and says so when the calibrated ensemble was asked', async () => {
    const file: Model = { ...cnaf, origin: { kind: 'imported', file: 'x.json' } };
    const r = await ensembleForRank(file, pop, request);
    expect(r.source).toBe('drawn');
    expect(r.ensemble.kind).toBe('prior');
    expect(r.ensemble.sets).toBe(40);
    expect(r.fallback).toMatch(/no calibrated ensemble ships/);
  });
});

describe('rank (in-process; its spawned smoke test is in population-cli.test.ts)', () => {
  it('adds the ensemble and reads the percentile band and the controlled share over it', async () => {
    const io = memoryIo();
    const status = await rankMain(['--model', 'cnaf-2014', '--profile', PROFILE, '--prior'], io);
    expect(status, io.err).toBe(0);
    const out = JSON.parse(io.out);
    const want = headline((await shippedEnsembles('cnaf-2014'))!.prior, householdDesign(cnaf, mother));
    expect(out.ensemble).toBe('prior');
    expect(out.percentile).toMatchObject({ low: want.rank.low, median: want.rank.median, high: want.rank.high });
    expect(out.controlled.shareOfDraws).toBe(want.controlledShare);
    expect(out.threshold.count).toBe(166_000);
  }, 60_000);
});

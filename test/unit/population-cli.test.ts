// The population and rank command lines on the committed population: the summary prints the
// published margins, the controlled group and the rank come with ranges and say their weights are
// placeholders, and errors go to stderr with exit code 2, in French unless --lang en.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryIo, type Main } from '../../src/cli/io.ts';
import { main as population } from '../../src/cli/population.ts';
import { DEFAULT_POPULATION } from '../../src/cli/population-common.ts';
import { main as rankMain } from '../../src/cli/rank.ts';

const cwd = new URL('../../', import.meta.url).pathname;
const MAINS: Record<string, Main> = { population, rank: rankMain };
/** The command in this process: its exit code, stdout and stderr, as a spawned one would give them. */
/** The committed population, read once: the commands decode the same bytes once (population-common.ts). */
const files = { [DEFAULT_POPULATION]: readFileSync(DEFAULT_POPULATION) };
const run = async (script: 'population' | 'rank', args: string[]) => {
  const io = memoryIo(files);
  const status = await MAINS[script]!(args, io);
  return { status, stdout: io.out, stderr: io.err };
};
const json = async (script: 'population' | 'rank', args: string[]) => {
  const r = await run(script, args);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};
const close = (got: number, want: number) => expect(Math.abs(got / want - 1)).toBeLessThan(0.02);

describe('population --summary', () => {
  it('prints the published margins: weighted counts, and family types as fractions', async () => {
    const s = await json('population', ['--summary']);
    expect(s.records).toBeGreaterThanOrEqual(100_000);
    close(s.households, 13_800_000);
    // 47 %, 4 %, 33 %, 16 % (Insee Focus 348, Dec 2023): within 0.5 point.
    const want = { single: 0.47, coupleNoChildren: 0.04, coupleWithChildren: 0.33, singleParent: 0.16 };
    for (const [k, v] of Object.entries(want)) expect(Math.abs(s.familyType[k] - v)).toBeLessThanOrEqual(0.005);
    close(s.benefits.rsa, 1_811_239);
    close(s.benefits.primeActivite, 4_675_469);
    close(s.benefits.aah, 1_360_000);
    close(s.benefits.housingAid, 5_720_000);
    close(s.benefits.af, 5_000_000);
    close(s.qpv, 1_811_300);
  });
});

describe('population --controlled', () => {
  it('prints the composition of the controlled group with ranges over sampled weights, and the example', async () => {
    // A model file: no ensemble ships for it, so prior draws made now, and it says so.
    const out = await json('population', [
      '--model',
      'src/models/dmde-2026-modele-1.json',
      '--controlled',
      '--threshold',
      '1%',
      '--samples',
      '5',
    ]);
    expect(out.weights).toMatch(/^sampled/);
    expect(out.samples).toMatchObject({ n: 5, seed: 20260115 });
    expect(out.threshold.share).toBeCloseTo(0.01, 12);
    expect(out).toMatchObject({ ensemble: 'prior', ensembleSource: 'drawn', draws: { n: 5 } });
    expect(out.ensembleNote).toMatch(/prior draws/);
    const family = out.composition.filter((g: { group: string }) => g.group === 'familyType');
    expect(family.map((g: { level: string }) => g.level)).toEqual([
      'single',
      'coupleNoChildren',
      'coupleWithChildren',
      'singleParent',
    ]);
    // Under one weight set (the example), the controlled group is shared out among the family types.
    const sum = family.reduce((s: number, g: { example: { controlled: number } }) => s + g.example.controlled, 0);
    expect(sum).toBeCloseTo(1, 9);
    for (const g of out.composition) {
      expect(g.controlled.low).toBeLessThanOrEqual(g.controlled.high);
      expect(g.example.controlled).toBeGreaterThanOrEqual(0);
    }
  });
  it('reads the calibrated ensemble by default, the prior with --prior, at each set’s rank cut', async () => {
    const [cal, pri] = await Promise.all([
      json('population', ['--model', 'cnaf-2014', '--controlled']),
      json('population', ['--model', 'cnaf-2014', '--controlled', '--prior']),
    ]);
    expect(cal).toMatchObject({ ensemble: 'calibrated', ensembleSource: 'shipped', threshold: { count: 166_000 } });
    expect(pri).toMatchObject({ ensemble: 'prior', ensembleSource: 'shipped' });
    expect(cal.draws.n).toBe(300);
    const sp = (o: { composition: { level: string; controlled: { low: number; high: number } }[] }) =>
      o.composition.find((g) => g.level === 'singleParent')!.controlled;
    // The calibrated sets meet the reported 36 % ± 5 points of single parents among the controlled
    // (src/calibration/targets.csv): the prior's, drawn from the directions only, spread far wider.
    expect(sp(cal).low).toBeGreaterThanOrEqual(0.31 - 0.005);
    expect(sp(cal).high).toBeLessThanOrEqual(0.41 + 0.005);
    expect(sp(pri).high - sp(pri).low).toBeGreaterThan(2 * (sp(cal).high - sp(cal).low));
  });
});

describe('rank', () => {
  it('prints a household’s percentile as a range in [0, 1]', async () => {
    const out = await json('rank', [
      '--model',
      'dmde-2026-modele-1',
      '--profile',
      'test/cases/cli/household.json',
      '--samples',
      '20',
    ]);
    expect(out.weights).toMatch(/^sampled/);
    expect(out.samples.n).toBe(20);
    // The model's own placeholder weights, beside the draws.
    expect(out.percentile.example).toBeGreaterThanOrEqual(0);
    expect(out.percentile.example).toBeLessThanOrEqual(1);
    expect(out.percentile.low).toBeGreaterThanOrEqual(0);
    expect(out.percentile.high).toBeLessThanOrEqual(1);
    expect(out.percentile.low).toBeLessThanOrEqual(out.percentile.median);
    expect(out.threshold.count).toBe(166_000);
  });
});

describe('errors', () => {
  it('exits with 2 and says why on stderr, in French by default and in English with --lang en', async () => {
    const fr = await run('population', ['--model', 'nope', '--controlled']);
    expect(fr.status).toBe(2);
    expect(fr.stderr).toMatch(/modèle inconnu « nope »/);
    const en = await run('population', ['--model', 'nope', '--controlled', '--lang', 'en']);
    expect(en.stderr).toMatch(/unknown model "nope"/);
    expect((await run('population', ['--summary', '--controlled'])).status).toBe(2);
    expect(
      (await run('population', ['--model', 'dmde-2026-modele-1', '--controlled', '--threshold', 'many'])).stderr,
    ).toMatch(/--threshold/);
    expect((await run('population', ['--model', 'dmde-2026-modele-2', '--controlled'])).stderr).toMatch(
      /ne peut pas être calculé/,
    );
    const rank = await run('rank', [
      '--model',
      'dmde-2026-modele-1',
      '--profile',
      'test/cases/cli/droits-invalid.json',
    ]);
    expect(rank.status).toBe(2);
    expect(rank.stderr).toMatch(/n’est pas valide/);
    const file = await run('population', ['--summary', '--population', 'package.json']);
    expect(file.status).toBe(2);
    expect(file.stderr).toMatch(/n’est pas un fichier de population valide/);
  });
});

// Started as `npm run population` and `npm run rank` do, once each: the entry hands main the real
// arguments, output and exit code.
describe('the population and rank commands, started as programs', { timeout: 60_000 }, () => {
  const spawn = (script: string, args: string[]) =>
    spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', `src/cli/${script}.ts`, ...args], {
      cwd,
      encoding: 'utf8',
    });

  it('population exits with 2 on a usage error, saying why on stderr', async () => {
    const args = ['--summary', '--controlled'];
    const r = spawn('population', args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^usage : npm run --silent population/);
    expect(r.stderr).toBe((await run('population', args)).stderr);
  });

  it('rank exits with 2 on an invalid household, saying why on stderr', async () => {
    const args = ['--model', 'dmde-2026-modele-1', '--profile', 'test/cases/cli/droits-invalid.json', '--lang', 'en'];
    const r = spawn('rank', args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe((await run('rank', args)).stderr);
  });
});

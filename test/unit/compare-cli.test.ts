import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main as compare } from '../../src/cli/compare.ts';
import { memoryIo } from '../../src/cli/io.ts';

const cwd = new URL('../../', import.meta.url).pathname;
const dir = 'test/cases/compare/';
/** The command in this process: its exit code, stdout and stderr, as a spawned one would give them. */
const run = async (args: string[]) => {
  const io = memoryIo();
  const status = await compare(args, io);
  return { status, stdout: io.out, stderr: io.err };
};
const json = async (args: string[]) => {
  const r = await run(args);
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
};
const σ = (x: number) => 1 / (1 + Math.exp(-x));
const model = ['--model', `${dir}model.json`];
const features = (a: string, b: string) => ['--a-features', `${dir}${a}.json`, '--b-features', `${dir}${b}.json`];

describe('compare CLI', () => {
  it('prints exactly the documented keys', async () => {
    const out = await json([...model, ...features('a', 'none'), '--samples', '100']);
    expect(Object.keys(out)).toEqual(['dominance', 'breaking', 'samples']);
    expect(Object.keys(out.samples)).toEqual(['n', 'a_higher', 'diff_quantiles']);
    expect(Object.keys(out.samples.diff_quantiles)).toEqual(['5', '50', '95']);
  });

  it('holds A ≥ B from a + weight and a fixed +0.8, with the sampled quantiles worked by hand', async () => {
    const out = await json([...model, ...features('a', 'none'), '--samples', '40000', '--seed', '3']);
    expect(out.dominance).toBe('a>=b');
    expect(out.breaking).toEqual([]);
    expect(out.samples.n).toBe(40000);
    expect(out.samples.a_higher).toBe(1);
    // logit(A) − logit(B) = w + 0.8 with w ~ U(0, 2) (default range of a + boolean): the difference of
    // scores is increasing in w, so its q-quantile is σ(−2 + 0.8 + 2q) − σ(−2).
    for (const [key, q] of [
      ['5', 0.05],
      ['50', 0.5],
      ['95', 0.95],
    ] as const)
      expect(Math.abs(out.samples.diff_quantiles[key] - (σ(-1.2 + 2 * q) - σ(-2)))).toBeLessThan(0.003);
  });

  it.each([
    ['the other way round', 'none', 'a', 'b>=a', []],
    ['two identical households', 'tutelle', 'tutelle', 'equal', []],
    ['an unknown-sign variable that differs', 'qpv', 'none', 'none', ['quartier_prioritaire']],
    // Tie of one breaking variable each way: the fixed part (−0.8) picks B ≥ A, broken by the + weight.
    ['a fixed weight that points the other way', 'tutelle', 'pension', 'none', ['tutelle']],
  ])('gives the verdict for %s', async (_, a, b, dominance, breaking) => {
    const out = await json([...model, ...features(a, b), '--samples', '200']);
    expect(out.dominance).toBe(dominance);
    expect(out.breaking).toEqual(breaking);
  });

  it('compares household files through the law and the encoder, naming the unknown-sign total of benefits', async () => {
    // Same household, RSA 500 € against 0 €: the RSA mean (+) and the total of benefits (?) differ.
    const out = await json([
      '--model',
      'dmde-2026-modele-1',
      '--a',
      'test/cases/cli/household.json',
      '--b',
      `${dir}rsa-0.json`,
      '--samples',
      '500',
    ]);
    expect(out.dominance).toBe('none');
    expect(out.breaking).toEqual(['montant_moyen_prestations_12m']);
  });

  it('holds A ≥ B with the 2014 reconstruction for an unemployed parent against the same parent at work', async () => {
    // Every criterion that differs (unemployment, RSA, low income, separation, rent share, fewer
    // months worked) has a reported direction that raises A's score: no weight set can reverse it.
    const out = await json([
      '--model',
      'cnaf-2014',
      '--a',
      `${dir}unemployed-parent.json`,
      '--b',
      `${dir}working-parent.json`,
    ]);
    expect(out.dominance).toBe('a>=b');
    expect(out.samples.a_higher).toBe(1);
    expect(out.samples.diff_quantiles['5']).toBeGreaterThan(0);
  });

  it('gives the same figures for the same seed', async () => {
    const args = [...model, ...features('qpv', 'tutelle'), '--samples', '300', '--seed', '9'];
    expect(await json(args)).toEqual(await json(args));
  });

  it.each([
    ['an unknown model, in French by default', ['--model', 'nope', ...features('a', 'none')], /modèle inconnu "nope"/],
    [
      'an unknown model, in English with --lang en',
      ['--model', 'nope', '--lang', 'en', ...features('a', 'none')],
      /unknown model "nope"/,
    ],
    [
      'a side given twice',
      [...model, '--a', 'x.json', '--a-features', 'y.json', '--b-features', `${dir}none.json`],
      /--a <foyer.json> et --a-features/,
    ],
    ['a side missing', [...model, '--a-features', `${dir}a.json`], /--b <foyer.json> et --b-features/],
    ['a bad sample count', [...model, ...features('a', 'none'), '--samples', '0'], /--samples est un nombre entier/],
    ['a bad seed', [...model, ...features('a', 'none'), '--seed', '-1'], /--seed est un nombre entier/],
    ['a bad features file', [...model, ...features('bad', 'none')], /tutelle — true\/false/],
    ['a missing file', [...model, ...features('absent', 'none')], /impossible de lire/],
  ])('exits with 2 on %s', async (_, args, message) => {
    const r = await run(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});

// Started as `npm run compare` does, once: the entry hands main the real arguments, output and exit code.
describe('the compare command, started as a program', () => {
  it('exits with 2 and says why on stderr, as main does', async () => {
    const args = ['--model', 'nope', ...features('a', 'none')];
    const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/compare.ts', ...args], {
      cwd,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe((await run(args)).stderr);
    expect(r.stderr).toMatch(/modèle inconnu "nope"/);
  }, 30_000);
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo, type Main } from '../../src/cli/io.ts';
import { main as droits } from '../../src/cli/droits.ts';
import { main as score } from '../../src/cli/score.ts';

const cwd = new URL('../../', import.meta.url).pathname;
const cases = 'test/cases/cli/';
/** A command run in this process, as a spawned one would answer: its exit code, stdout and stderr. */
async function call(main: Main, args: string[]) {
  const io = memoryIo();
  const status = await main(args, io);
  return { status, stdout: io.out, stderr: io.err };
}
const run = (args: string[]) => call(score, args);
const json = async (args: string[]) => {
  const r = await run(args);
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
};

describe('score CLI', () => {
  it('gives the logistic score of a CSV model with known coefficients to 1e-12', async () => {
    const out = await json(['--model', `${cases}known-weights.csv`, '--features', `${cases}features.json`]);
    // −2.75 + 0.9 + ln 1.5 + 0.0021 × 607.75 + 0.8
    const logit = -2.75 + 0.9 + Math.log(1.5) + 0.0021 * 607.75 + 0.8;
    expect(Math.abs(out.logit - logit)).toBeLessThan(1e-12);
    expect(Math.abs(out.score - 1 / (1 + Math.exp(-logit)))).toBeLessThan(1e-12);
    expect(out.contributions.find((c: { variable: string }) => c.variable === 'activite_foyer')).toMatchObject({
      level: 'seul_sans_activite',
    });
  });

  it('scores a household file through the same mapping as the app', async () => {
    const out = await json(['--model', `${cases}known-weights.csv`, '--profile', `${cases}household.json`]);
    // unemployed alone: seul_sans_activite (ln 1.5); guardianship 0.9; RSA 500 × 0.0021;
    // income 400 / 1 443.11 = 0.277 SMIC: bin [-inf, 0.5) 0.8
    const logit = -2.75 + 0.9 + Math.log(1.5) + 0.0021 * 500 + 0.8;
    expect(Math.abs(out.logit - logit)).toBeLessThan(1e-12);
    expect(out.model).toBe('import-known-weights');
  });

  it('accepts a shipped model id', async () => {
    const out = await json(['--model', 'dmde-2026-modele-1', '--profile', `${cases}household.json`]);
    expect(out.model).toBe('dmde-2026-modele-1');
    expect(out.contributions).toHaveLength(17);
  });

  const tmp = mkdtempSync(join(tmpdir(), 'score-cli-'));
  const household = readFileSync(`${cases}household.json`, 'utf8');
  const table = readFileSync(`${cases}known-weights.csv`, 'utf8');
  const encoded: Array<[string, string, Buffer]> = [
    [
      'a household file with a UTF-8 BOM',
      'profile',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(household)]),
    ],
    [
      'a household file in UTF-16 LE with a BOM',
      'profile',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(household, 'utf16le')]),
    ],
    [
      'a coefficient table in UTF-16 LE with a BOM',
      'model',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(table, 'utf16le')]),
    ],
    [
      'a coefficient table with a UTF-8 BOM and CRLF line ends',
      'model',
      Buffer.from('\ufeff' + table.replace(/\n/g, '\r\n')),
    ],
  ];
  for (const [name, option, bytes] of encoded)
    it(`reads ${name} and gives the score of the plain files`, async () => {
      const file = join(tmp, option === 'model' ? 'known-weights.csv' : 'household.json');
      writeFileSync(file, bytes);
      const args =
        option === 'model'
          ? ['--model', file, '--profile', `${cases}household.json`]
          : ['--model', `${cases}known-weights.csv`, '--profile', file];
      // the same household and weights as 'scores a household file through the same mapping as the app'
      expect(Math.abs((await json(args)).logit - (-2.75 + 0.9 + Math.log(1.5) + 0.0021 * 500 + 0.8))).toBeLessThan(
        1e-12,
      );
    });

  const failures: Array<[string, string[], RegExp, RegExp]> = [
    [
      'an unknown model id',
      ['--model', 'nope', '--profile', `${cases}household.json`],
      /modèle inconnu "nope"/,
      /unknown model "nope"/,
    ],
    [
      'a missing file',
      ['--model', 'cnaf-2014', '--profile', `${cases}absent.json`],
      /impossible de lire/,
      /cannot read/,
    ],
    [
      'a broken model file, with its line',
      ['--model', 'test/cases/bad-models/bins-gap.json', '--features', `${cases}features.json`],
      /ligne 80, variables\[2\]\.bins\[1\]\.min — trou entre deux tranches : celle-ci commence à 2, la précédente finit à 1/,
      /line 80, variables\[2\]\.bins\[1\]\.min — gap between two intervals: this one starts at 2, the previous one ends at 1/,
    ],
    [
      'an unknown level',
      ['--model', `${cases}known-weights.csv`, '--features', 'test/cases/cli/bad-level.json'],
      /niveau inconnu "astronaute"/,
      /unknown level "astronaute"/,
    ],
    [
      'both inputs at once',
      ['--model', 'cnaf-2014', '--profile', 'a', '--features', 'b'],
      /exactement une option/,
      /exactly one of/,
    ],
    ['an unknown option', ['--modele', 'x'], /unknown option --modele/, /unknown option --modele/],
    [
      'the model card',
      ['--model', 'dmde-2026-modele-2', '--profile', `${cases}household.json`],
      /ne peut pas être calculé/,
      /cannot be scored/,
    ],
  ];
  for (const [name, args, french, english] of failures) {
    it(`exits 2 with a message in French on stderr for ${name}`, async () => {
      const r = await run(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(french);
    });
    it(`says it in English with --lang en for ${name}`, async () => {
      const r = await run([...args, '--lang', 'en']);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(english);
    });
  }

  it('refuses a language it does not speak', async () => {
    const r = await run(['--model', 'cnaf-2014', '--profile', `${cases}household.json`, '--lang', 'de']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('--lang vaut fr ou en (reçu "de")\n');
  });
});

describe('droits CLI, batch mode', () => {
  const batch = (file: string) => call(droits, ['--jsonl', file]);

  it('writes one line per input line, in order, a located error for each bad line, and exits 2', async () => {
    // Lines 1 and 4 are OpenFisca vectors ppa-0 (185.22 €) and ppa-13 (258.42 €),
    // from test/cases/droits/openfisca-vectors-ppa.json.
    const r = await batch(`${cases}droits-batch.jsonl`);
    expect(r.status).toBe(2);
    const out = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['ppa-0', 'bad-age', undefined, 'ppa-13']);
    expect(Math.abs(out[0].primeActivite.montant - 185.22)).toBeLessThanOrEqual(0.01);
    expect(out[1]).toEqual({
      id: 'bad-age',
      line: 2,
      errors: [{ path: 'input.adults[0].age', message: 'nombre entier entre 18 et 120 attendu (reçu 7)' }],
    });
    expect(out[2]).toMatchObject({ line: 3, errors: [{ path: '', message: expect.stringMatching(/JSON invalide/) }] });
    expect(Math.abs(out[3].primeActivite.montant - 258.42)).toBeLessThanOrEqual(0.01);
    expect(r.stderr).toMatch(/2 of 4 lines/);
  });

  it('exits 0 when every line is a valid household', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'droits-'));
    const file = join(dir, 'ok.jsonl');
    const line = readFileSync(`${cwd}${cases}droits-batch.jsonl`, 'utf8').split('\n')[0];
    writeFileSync(file, `${line}\n${line}\n`);
    const r = await batch(file);
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(r.stderr).toBe('');
  });

  it('exits 2 with a message for a missing file', async () => {
    const r = await batch(`${cases}absent.jsonl`);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read/);
  });
});

// The commands above run in this process; these start each one as `npm run` does (through tsx), once,
// to show that the entry hands `main` the real process: its arguments, output and exit code.
describe('the score and droits commands, started as programs', { timeout: 30_000 }, () => {
  const spawn = (script: string, args: string[]) =>
    spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', `src/cli/${script}.ts`, ...args], {
      cwd,
      encoding: 'utf8',
    });

  it('score prints what main prints, and exits 0', async () => {
    const args = ['--model', `${cases}known-weights.csv`, '--profile', `${cases}household.json`];
    const r = spawn('score', args);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe((await run(args)).stdout);
  });

  it('droits writes every line of a batch, its errors on stderr, and exits 2', async () => {
    const r = spawn('droits', ['--jsonl', `${cases}droits-batch.jsonl`]);
    const inProcess = await call(droits, ['--jsonl', `${cases}droits-batch.jsonl`]);
    expect(r.status).toBe(2);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(4);
    expect(r.stdout).toBe(inProcess.stdout);
    expect(r.stderr).toBe(inProcess.stderr);
  });
});

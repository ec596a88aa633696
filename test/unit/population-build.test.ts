// The population build: raking reaches known answers, a small build reproduces every margin of
// margins.csv, and the same command writes the same bytes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as buildMain } from '../../scripts/population-build.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { buildPopulation } from '../../src/population/build.ts';
import { parseMargins } from '../../src/population/margins.ts';
import { rake } from '../../src/population/rake.ts';
import { seededRandom } from '../../src/population/random.ts';
import { decodeHousehold } from '../../src/engine/index.ts';
import { marginChecks, withinTolerance } from './population-margins.ts';

const cwd = new URL('../../', import.meta.url).pathname;
const margins = parseMargins(readFileSync(join(cwd, 'src/population/margins.csv'), 'utf8'));

describe('raking', () => {
  it('reaches the independence table from equal weights on two crossed margins', () => {
    // Records (row, column): (0,0) (0,1) (1,0) (1,1); rows 3 and 7, columns 4 and 6, total 10.
    // From a uniform start, IPF converges to rows × columns / total.
    const r = rake(new Float64Array(4).fill(1), [
      { id: 'row', classOf: Uint8Array.from([0, 0, 1, 1]), targets: [3, 7] },
      { id: 'col', classOf: Uint8Array.from([0, 1, 0, 1]), targets: [4, 6] },
    ]);
    [1.2, 1.8, 2.8, 4.2].forEach((w, i) => expect(r.weights[i]).toBeCloseTo(w, 6));
    expect(r.maxRelativeError).toBeLessThan(1e-7);
  });

  it('fails loudly when a margin asks for a class no record is in', () => {
    const p = { id: 'x', classOf: Uint8Array.from([0, 0]), targets: [1, 1] };
    expect(() => rake(new Float64Array(2).fill(1), [p])).toThrow(/no candidate/);
  });
});

describe('the seeded random source', () => {
  it('repeats itself for a seed and differs between seeds', () => {
    const a = seededRandom(5);
    const b = seededRandom(5);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(seededRandom(6).next()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('a small build', () => {
  const built = buildPopulation({ records: 600, seed: 11, margins });
  const households = built.records.map((r) => r.household);
  const weights = built.records.map((r) => r.weight);

  it('reproduces every margin: within 0.5 point for shares and 2 % for counts', () => {
    const checks = marginChecks(margins, households, weights);
    expect(checks.length).toBe(margins.length);
    for (const c of checks) expect(withinTolerance(c), `${c.margin}/${c.class}: ${c.got} for ${c.target}`).toBe(true);
  });

  it('keeps only valid households of the app’s format, in the population’s month', () => {
    for (const h of households) {
      const d = decodeHousehold(JSON.parse(JSON.stringify(h)));
      expect(d.errors).toEqual([]);
      expect(d.household).toEqual(h);
    }
  });

  it('gives the same bytes for the same seed, others for another seed', () => {
    expect(buildPopulation({ records: 600, seed: 11, margins }).bytes).toEqual(built.bytes);
    expect(buildPopulation({ records: 600, seed: 12, margins }).bytes).not.toEqual(built.bytes);
  });
});

describe('npm run population:build', () => {
  it('writes the same file and card twice for the same command, started as a program or in this process', async () => {
    const dirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'population-')));
    const args = (out: string) => ['--records', '200', '--seed', '3', '--out', out, '--quiet'];
    const r = spawnSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'scripts/population-build.ts', ...args(dirs[0]!)],
      {
        cwd,
        encoding: 'utf8',
      },
    );
    expect(r.status, r.stderr).toBe(0);
    const io = memoryIo();
    expect(await buildMain(args(dirs[1]!), io), io.err).toBe(0);
    for (const f of ['foyers.bin', 'provenance.json', 'foyers.js'])
      expect(readFileSync(join(dirs[0]!, f)).equals(readFileSync(join(dirs[1]!, f))), f).toBe(true);
    const card = JSON.parse(readFileSync(join(dirs[0]!, 'provenance.json'), 'utf8'));
    expect(card.file).toMatchObject({ records: 200, seed: 3 });
  }, 60_000);

  it('exits with 2 on a bad argument, saying why', async () => {
    const io = memoryIo();
    expect(await buildMain(['--records', '5'], io)).toBe(2);
    expect(io.err).toBe('--records must be an integer ≥ 10 and --seed an integer\n');
  });
});

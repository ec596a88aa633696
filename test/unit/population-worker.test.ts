// The population as the worker reads it: the columns file round-trips, the shipped module
// (public/population/foyers.js) is the population of foyers.bin, answers gathered chunk by chunk are
// the answers over all the draws at once, and the worker's calls answer or say what is wrong.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defaultHousehold, shippedModels, type Household } from '../../src/engine/index.ts';
import { decodeColumns, encodeColumns } from '../../src/engine/population/columns.ts';
import { chunkDraws, chunkRanges, gatherChunks } from '../../src/engine/population/chunk.ts';
import { compositionOverDraws, ownParameters, rankOverDraws } from '../../src/engine/population/draws.ts';
import {
  loadPopulation,
  populationFromHouseholds,
  populationRows,
  populationScores,
} from '../../src/engine/population/population.ts';
import { createApi } from '../../src/worker/api.ts';

const root = new URL('../../', import.meta.url).pathname;
const model = shippedModels().find((m) => m.id === 'cnaf-2014')!;
const base = { ...defaultHousehold('2024-12'), benefitsSource: 'declared' as const };
const kinds: Household[] = [
  base,
  { ...base, priorityNeighbourhood: true },
  { ...base, benefits: { ...base.benefits, rsa: 400 } },
  { ...base, benefits: { ...base.benefits, rsa: 600 }, priorityNeighbourhood: true },
];
const small = populationFromHouseholds(kinds, [40, 30, 20, 10]);

/** Seven weight draws: the model's own weights, each scaled differently (so that the answers differ). */
const own = ownParameters(model);
const draws = new Float64Array(7 * own.length);
for (let k = 0; k < 7; k++)
  draws.set(
    own.map((w) => w * (0.5 + k / 4)),
    k * own.length,
  );

describe('the columns file', () => {
  it('round-trips a population: groups and weights exactly, numbers as float32, NaN kept', () => {
    const back = decodeColumns(encodeColumns(small));
    expect(back.size).toBe(4);
    expect(back.total).toBe(100);
    expect(Array.from(back.familyType)).toEqual(Array.from(small.familyType));
    expect(Array.from(back.flags.qpv)).toEqual([0, 1, 0, 1]);
    for (const [id, col] of Object.entries(small.features))
      for (let i = 0; i < 4; i++)
        if (Number.isNaN(col[i]!)) expect(back.features[id]![i], id).toBeNaN();
        else expect(back.features[id]![i], id).toBeCloseTo(col[i]!, 4);
  });

  it('refuses what is not a columns file, or a truncated one, saying so', () => {
    expect(() => decodeColumns(new Uint8Array(16))).toThrow('not a population columns file');
    const bytes = encodeColumns(small);
    expect(() => decodeColumns(bytes.subarray(0, bytes.length - 64))).toThrow(/truncated/);
  });

  it('ships as a script module holding the population of foyers.bin, within 2 MB gzip', () => {
    const text = readFileSync(`${root}public/population/foyers.js`, 'utf8');
    // At gzip's default level, what a server compresses on the fly (level 9 is smaller still, and 8× slower).
    expect(gzipSync(text).length).toBeLessThan(2 * 1024 * 1024);
    const columns = /export const columns = "([^"]+)"/.exec(text)![1]!;
    const fromModule = decodeColumns(new Uint8Array(Buffer.from(columns, 'base64')));
    const fromFile = loadPopulation(new Uint8Array(readFileSync(`${root}public/population/foyers.bin`)));
    expect(fromModule.size).toBe(fromFile.size);
    expect(Array.from(fromModule.weights)).toEqual(Array.from(fromFile.weights));
    expect(Array.from(fromModule.incomeBand)).toEqual(Array.from(fromFile.incomeBand));
    expect(Array.from(fromModule.flags.rsa)).toEqual(Array.from(fromFile.flags.rsa));
    // Float32 amounts: the scores agree far below anything a percentile shows.
    for (const m of shippedModels().filter((x) => x.kind === 'model')) {
      const a = populationScores(fromModule, m);
      const b = populationScores(fromFile, m);
      let worst = 0;
      for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
      expect(worst, m.id).toBeLessThan(1e-5);
    }
  });
});

describe('answers gathered chunk by chunk', () => {
  it('are the answers over every draw at once', () => {
    const rows = populationRows(small, model);
    const p = own.length;
    const h = kinds[2]!;
    const threshold = { count: 25 };
    const chunks = [
      chunkDraws(small, model, draws.subarray(0, 3 * p), h, threshold, rows),
      chunkDraws(small, model, draws.subarray(3 * p), h, threshold, rows),
    ];
    const gathered = chunkRanges(gatherChunks(chunks));
    expect(gathered.rank).toEqual(rankOverDraws(small, model, draws, h, threshold));
    expect(gathered.composition).toEqual(compositionOverDraws(small, model, draws, threshold));
  });
});

describe('the worker’s population calls', () => {
  // A module like the shipped one, over the four-household population.
  // At population/foyers.js, as the worker imports no other module (test/unit/population-url.test.ts).
  const dir = join(mkdtempSync(join(tmpdir(), 'population-')), 'population');
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'foyers.js'),
    `export const card = {"margins":[],"file":{"records":4}};\n` +
      `export const columns = "${Buffer.from(encodeColumns(small)).toString('base64')}";\n`,
  );
  const url = pathToFileURL(join(dir, 'foyers.js')).href;
  const api = createApi();
  const req = { url, modelId: 'cnaf-2014', household: kinds[3], controls: 10 };

  it('give the distribution and the placeholder example, then per-draw answers', async () => {
    const r = await api.populationOverview(req);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.records).toBe(4);
    expect(r.value.total).toBe(100);
    expect(r.value.controlled).toBe(10);
    expect(r.value.card?.file.records).toBe(4);
    expect(r.value.histogram.households.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    // RSA and QPV both raise the 2014 placeholder score: the fourth kind scores highest, it is the
    // 10 households controlled; 90 below it, itself tied: (90 + 10 / 2) / 100.
    expect(r.value.example.rank.percentile.median).toBeCloseTo(0.95, 12);
    expect(r.value.example.rank.controlledInShare).toBe(1);
    const c = await api.populationChunk({ ...req, samples: 20, seed: 1, from: 5, to: 9 });
    if (!c.ok) throw new Error(c.reason);
    expect(c.value.rank.percentile).toHaveLength(4);
    expect(c.value.composition.runs).toHaveLength(4);
  });

  it('say what is wrong instead of throwing', async () => {
    const reason = async (r: Promise<{ ok: boolean; reason?: string }>) => (await r).reason;
    expect(await reason(api.populationOverview({ ...req, modelId: 'nope' }))).toBe('unknown-model');
    const card = shippedModels().find((m) => m.kind === 'card');
    if (card) expect(await reason(api.populationOverview({ ...req, modelId: card.id }))).toBe('card');
    expect(await reason(api.populationOverview({ ...req, household: { adults: [{ age: 9 }] } }))).toBe('household');
    expect(await reason(api.populationOverview({ ...req, controls: 0 }))).toBe('controls');
    const missing = pathToFileURL(join(dir, 'absent', 'population', 'foyers.js')).href;
    expect(await reason(api.populationOverview({ ...req, url: missing }))).toBe('unavailable');
  });
});

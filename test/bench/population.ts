// The population section of `npm run bench` (Node: also `npx tsx test/bench/population.ts`): file
// sizes, load, one full scoring on the compiled batch path, one draw of the controlled group, 200
// draws, and the memory the population holds; in Chromium (benchPopulationBrowser), the same calls
// in the app's worker and the view's 200 draws with the page's longest frame. Prints medians; asserts nothing.

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import {
  compileModel,
  defaultHousehold,
  modelConstraints,
  sampleWeights,
  shippedModels,
} from '../../src/engine/index.ts';
import {
  loadPopulation,
  populationRows,
  selectControlled,
  composition,
} from '../../src/engine/population/population.ts';
import { compositionOverDraws, ownParameters } from '../../src/engine/population/draws.ts';
import { decodeColumns } from '../../src/engine/population/columns.ts';
import { chunkDraws } from '../../src/engine/population/chunk.ts';

const FILE = new URL('../../public/population/foyers.bin', import.meta.url);
const MODULE = new URL('../../public/population/foyers.js', import.meta.url);
const MB = 1024 * 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (f: () => void, runs: number) =>
  median(
    Array.from({ length: runs }, () => {
      const t = performance.now();
      f();
      return performance.now() - t;
    }),
  );
const line = (label: string, value: string, target = '') =>
  console.log(`${label.padEnd(52)} ${value.padStart(16)}  ${target}`);

function fromBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}

const gc = (globalThis as { gc?: () => void }).gc;
/** Memory held (JS heap + typed arrays), after a collection: only when node runs with --expose-gc. */
function held(): number {
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}
/** Bytes of the typed arrays reachable from `x` (two levels down): what the worker keeps, counted exactly. */
function typedBytes(x: unknown, depth = 2): number {
  if (ArrayBuffer.isView(x)) return x.byteLength;
  if (depth === 0 || typeof x !== 'object' || x === null) return 0;
  return Object.values(x).reduce((sum: number, v) => sum + typedBytes(v, depth - 1), 0);
}

export function benchPopulation(): void {
  console.log('\n== Population (Node) ==');
  const bytes = new Uint8Array(readFileSync(FILE));
  const text = readFileSync(MODULE, 'utf8');
  const gz = (x: Uint8Array | string) => `${(gzipSync(x, { level: 9 }).length / MB).toFixed(2)} MB`;
  line(
    'foyers.js, the module the page’s worker imports, gzip',
    gz(text),
    `target ≤ 2 MB  (${(text.length / MB).toFixed(1)} MB raw)`,
  );
  line('foyers.bin, the households (command line), gzip', gz(bytes), `(${(bytes.length / MB).toFixed(1)} MB raw)`);
  line('RSS before loading (Node, tsx, the engine)', `${(process.memoryUsage().rss / MB).toFixed(0)} MB`);
  const columns = /export const columns = "([^"]+)"/.exec(text)![1]!;
  line(
    'load from the households (decode + features), median of 3',
    `${time(() => loadPopulation(bytes), 3).toFixed(0)} ms`,
  );
  line(
    'load from the stored columns (base64 + views), median of 5',
    `${time(() => decodeColumns(fromBase64(columns)), 5).toFixed(0)} ms`,
    'what the worker does',
  );
  const before = held();
  let t = performance.now();
  const pop = decodeColumns(fromBase64(columns));
  const model = shippedModels().find((m) => m.id === 'dmde-2026-modele-1')!;
  t = performance.now();
  const rows = populationRows(pop, model);
  line('rows for one model (once per model)', `${(performance.now() - t).toFixed(0)} ms`);
  const compiled = compileModel(model);
  const out = new Float64Array(pop.size);
  line(
    `score ${pop.size} records, compiled (median of 21)`,
    `${time(() => compiled.scoreRows(rows, out), 21).toFixed(2)} ms`,
    'target ≤ 20 ms',
  );
  line(
    'controlled group + composition, one draw (median of 11)',
    `${time(() => composition(pop, selectControlled(out, pop.weights, { count: 166_000 })), 11).toFixed(1)} ms`,
  );
  const own = ownParameters(model);
  const draws = new Float64Array(200 * own.length);
  for (let k = 0; k < 200; k++)
    draws.set(
      own.map((w, j) => w * (1 + 0.1 * Math.sin(k + j))),
      k * own.length,
    );
  t = performance.now();
  compositionOverDraws(pop, model, draws, { count: 166_000 }, { rows });
  line(
    '200 draws: score + controlled group + composition',
    `${((performance.now() - t) / 1000).toFixed(2)} s`,
    'target ≤ 5 s',
  );
  // What the view asks: the sampler's 200 draws of the 2014 model, rank and composition in one pass.
  const m2014 = shippedModels().find((m) => m.id === 'cnaf-2014')!;
  const sampled = sampleWeights(modelConstraints(m2014), 200, 20260115);
  const rows2014 = populationRows(pop, m2014);
  const h = { ...defaultHousehold('2024-12'), benefitsSource: 'declared' as const };
  t = performance.now();
  chunkDraws(pop, m2014, sampled, h, { count: 166_000 }, rows2014);
  line(
    '200 sampled draws, cnaf-2014: rank + composition',
    `${((performance.now() - t) / 1000).toFixed(2)} s`,
    'target ≤ 5 s',
  );
  line(
    'typed arrays held by the population and one model’s rows',
    `${((typedBytes(pop) + typedBytes(rows)) / MB).toFixed(1)} MB`,
    'target ≤ 150 MB (worker)',
  );
  // Without a collection before each reading the heap difference means nothing (it came out negative).
  if (gc)
    line(
      'heap + array buffers held after gc, same objects',
      `${((held() - before) / MB).toFixed(1)} MB`,
      'target ≤ 150 MB',
    );
  line('peak RSS of this process', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

type Line = (label: string, value: string, target?: string) => void;

/**
 * In Chromium: the app's worker script started directly (Comlink's raw wire format), asked the
 * population calls as the view asks them; then the view itself, its 200 draws timed from the page
 * with the longest gap between two frames (the page must stay responsive).
 */
export async function benchPopulationBrowser(browser: Browser, origin: string, workerFile: string, out: Line) {
  console.log('\n== Population in Chromium (the app’s worker; median of 3 fresh workers) ==');
  const page = await browser.newPage();
  await page.addInitScript('window.__name = (f) => f');
  await page.goto(origin + '/');
  await page.getByTestId('score').waitFor();
  const runs = await page.evaluate(
    async ({ url, population, household }) => {
      const results: { load: number; one: number; all: number }[] = [];
      for (let run = 0; run < 3; run++) {
        const w = new Worker(url, { type: 'module' });
        let id = 0;
        const call = (path: string[], args: unknown[]) =>
          new Promise<unknown>((resolve) => {
            const me = String(++id);
            const onMessage = (e: MessageEvent) => {
              if (e.data?.id !== me) return;
              w.removeEventListener('message', onMessage);
              resolve(e.data.value);
            };
            w.addEventListener('message', onMessage);
            w.postMessage({ id: me, type: 'APPLY', path, argumentList: args.map((value) => ({ type: 'RAW', value })) });
          });
        await call(['listModels'], []);
        const req = { url: population, modelId: 'cnaf-2014', household, controls: 166_000 };
        const o = (await call(['populationOverview'], [req])) as { ok: boolean; value: { loadMs: number } };
        if (!o.ok) throw new Error(`population: ${JSON.stringify(o)}`);
        let t = performance.now();
        await call(['populationChunk'], [{ ...req, samples: 200, seed: 20260115, from: 0, to: 1 }]);
        const one = performance.now() - t;
        t = performance.now();
        await call(['populationChunk'], [{ ...req, samples: 200, seed: 20260115, from: 0, to: 200 }]);
        results.push({ load: o.value.loadMs, one, all: performance.now() - t });
        w.terminate();
      }
      return results;
    },
    {
      url: `${origin}/assets/${workerFile}`,
      population: `${origin}/population/foyers.js`,
      household: { ...defaultHousehold('2024-12'), benefitsSource: 'declared' as const },
    },
  );
  const med = (k: 'load' | 'one' | 'all') => median(runs.map((r) => r[k]));
  out('worker: import + decode the population', `${med('load').toFixed(0)} ms`, 'first opening of the view');
  out('worker: one draw (score 100,000 + rank + composition)', `${med('one').toFixed(1)} ms`, 'scoring alone ≤ 20 ms');
  out('worker: 200 draws of cnaf-2014, one call', `${(med('all') / 1000).toFixed(2)} s`, 'target ≤ 5 s');
  await page.close();

  // The view: 200 draws in chunks, as the person sees them, and the page's longest frame meanwhile.
  const view = await browser.newPage();
  await view.addInitScript('window.__name = (f) => f');
  await view.goto(origin + '/#lang=fr&model=cnaf-2014');
  await view.getByTestId('score').waitFor();
  await view.locator('#preset').selectOption('single-mother-rsa');
  await view.evaluate(() => {
    const w = window as unknown as { gaps: number[] };
    w.gaps = [];
    let last = performance.now();
    const frame = () => {
      const now = performance.now();
      w.gaps.push(now - last);
      last = now;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await view.getByTestId('population').locator('summary').first().click();
  // From the first chunk's ranges (the population loaded, 5 draws done) to the last draw.
  await view.getByTestId('population-rank').locator('.range').waitFor({ timeout: 120_000 });
  const t0 = Date.now();
  await view.getByTestId('population-cancel').waitFor({ state: 'detached', timeout: 120_000 });
  const drawsMs = Date.now() - t0;
  const gap = await view.evaluate(() => Math.max(...(window as unknown as { gaps: number[] }).gaps));
  out('view: draws 5 → 200 in chunks of 5 (worker)', `${(drawsMs / 1000).toFixed(2)} s`, 'target ≤ 5 s for 200');
  out('view: longest gap between two frames meanwhile', `${gap.toFixed(0)} ms`, 'page responsive');
  await view.close();
}

if (import.meta.url === `file://${process.argv[1]}`) benchPopulation();

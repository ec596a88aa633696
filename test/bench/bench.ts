// `npm run bench [-- --json] [-- --node-only]`: sizes, time to first score, slider latency, scoring
// throughput and the robust views, as medians and percentiles. Prints figures; asserts nothing
// (targets are read in BENCHMARKS.md). `--json` adds every figure as one JSON object on the last
// line; `--node-only` skips the browser (no build, no Chromium).

import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DIST, launch, readOn, serveDist } from '../e2e/harness.ts';
import { benchModelImport } from './model-import.ts';
import { benchModelImportBrowser } from './model-import-browser.ts';
import { benchPopulation, benchPopulationBrowser } from './population.ts';
import { benchPopulationView } from './population-view.ts';
import { benchRobust } from './robust.ts';
import { benchCalibration } from './calibration.ts';
import { benchAmsterdam } from './amsterdam.ts';
import {
  compileModel,
  defaultHousehold,
  evaluate,
  score,
  shippedModels,
  encodeHousehold,
} from '../../src/engine/index.ts';

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const FLAGS = new Set(process.argv.slice(2));
const nodeOnly = FLAGS.has('--node-only');
/** Every figure printed, for --json: "<label> (<unit>)" → number, or the text when it is not one. */
const figures: Record<string, number | string> = Object.create(null);
const record = (key: string, value: number | string) => (figures[key] = value);
const print = (label: string, value: string, target = '') =>
  console.log(`${label.padEnd(52)} ${value.padStart(16)}  ${target}`);
const line = (label: string, value: string, target = '') => {
  print(label, value, target);
  const m = /^(-?[\d.]+) (.+)$/.exec(value);
  if (m) record(`${label} (${m[2]})`, Number(m[1]));
  else record(label, value);
};

/** A page of one line of text, served beside the app: what the first score is measured against. */
const BLANK = '/__blank.html';
const web = nodeOnly
  ? undefined
  : await (async () => {
      const { server, origin } = await serveDist('/', {
        [BLANK]: '<!doctype html><title>-</title><p id="blank">-</p>',
      });
      return { server, origin, browser: await launch() };
    })();
// The browser sections below run only when `web` is set.
const { server, origin, browser } = web ?? ({} as NonNullable<typeof web>);
// tsx keeps function names with a `__name` helper that pages do not have: give them a no-op one.
const NAME_SHIM = 'window.__name = (f) => f';

/** HTML, JS and CSS bytes (raw, gzip) fetched by a page, lazy chunks and the worker included. */
async function loaded(path: string, settle: (p: Page) => Promise<unknown>) {
  const ctx = await browser.newContext();
  const files = new Set<string>();
  ctx.on('request', (r) => {
    const u = new URL(r.url());
    if (/\.(js|css)$/.test(u.pathname)) files.add(u.pathname.replace(/^\//, ''));
    else if (r.resourceType() === 'document')
      files.add(u.pathname.replace(/^\//, '').replace(/^$|\/$/, '$&index.html'));
  });
  const page = await ctx.newPage();
  await page.goto(origin + path);
  await page.getByTestId('score').waitFor();
  await settle(page);
  await ctx.close();
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const body = readFileSync(DIST + f);
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }
  return { files: files.size, raw, gz };
}

if (web) {
  console.log('\n== Size (HTML + JS + CSS actually loaded, gzip -9) ==');
  // The embed code frames dist/embed.html: one file (so it runs in a sandboxed frame and from file://)
  // holding only what the embed shows. Measured as a page loads it: every file fetched, gzip -9.
  const frame = await loaded('/embed.html?childId=b#embed=1', async () => undefined);
  line(
    'embed = embed.html, everything it loads',
    kb(frame.gz),
    `target ≤ 80 KB  (${frame.files} file${frame.files > 1 ? 's' : ''}, ${kb(frame.raw)} raw)`,
  );
  // The whole app in one file, for USB sticks and e-mail (no longer the embed's page).
  const single = readFileSync(DIST + 'standalone.html');
  line(
    'standalone.html (whole app, one file)',
    kb(gzipSync(single, { level: 9 }).length),
    `(${kb(single.length)} raw)`,
  );
  const embed = await loaded('/#embed=1', async () => undefined);
  line('index.html#embed=1 (module build, worker)', kb(embed.gz), `(${embed.files} files, ${kb(embed.raw)} raw)`);
  // The whole page as read: the panels below the first screen load at the reader's first scroll.
  const full = await loaded('/', async (p) => (await readOn(p), await p.getByTestId('droits').waitFor()));
  line('full app', kb(full.gz), `(${full.files} files, ${kb(full.raw)} raw)`);
  // A first visit as a phone on a metered line makes it: service workers blocked (no precache), every
  // request of the page and its worker until the first screen is complete (score and headline shown)
  // and nothing more is fetched for 2 s. The calibration ensembles (src/calibration/ensembles, about
  // 0.5 MB gzip each since format 2, what the headline reads) are data that the worker fetches: counted apart.
  const firstVisit = async () => {
    const ctx = await browser.newContext({ serviceWorkers: 'block' });
    const paths = new Set<string>();
    let last = performance.now();
    ctx.on('request', (r) => {
      const u = new URL(r.url());
      if (u.origin !== origin) return;
      paths.add(u.pathname.replace(/^\//, '').replace(/^$|\/$/, '$&index.html'));
      last = performance.now();
    });
    const page = await ctx.newPage();
    await page.goto(origin + '/');
    await page.getByTestId('headline').waitFor({ timeout: 120_000 });
    while (performance.now() - last < 2000) await new Promise((r) => setTimeout(r, 250));
    await ctx.close();
    const out = { code: 0, data: 0, files: 0, list: [] as string[] };
    for (const f of paths) {
      if (!existsSync(DIST + f)) continue;
      const gz = gzipSync(readFileSync(DIST + f), { level: 9 }).length;
      // An ensemble module is named after its model (cnaf-2014-….js, dmde-2026-modele-1-….js).
      if (/^assets\/(cnaf|dmde)-[\w-]+\.js$/.test(f)) out.data += gz;
      else if (/\.(html|js|css)$/.test(f)) ((out.code += gz), out.files++, out.list.push(f));
    }
    return out;
  };
  const visits = [await firstVisit(), await firstVisit(), await firstVisit()];
  const firstCode = median(visits.map((v) => v.code));
  line(
    'first visit, service workers blocked: HTML + JS + CSS, median of 3',
    kb(firstCode),
    `target ≤ 150 KB  (${visits[0]!.files} files, page and worker, until the headline and 2 s quiet)`,
  );
  line('first visit: calibration ensembles the worker loads (data)', kb(median(visits.map((v) => v.data))));
  if (FLAGS.has('--files')) console.log(visits[0]!.list.join('\n'));
  const all = readdirSync(DIST + 'assets').filter((f) => /\.(js|css)$/.test(f));
  line(
    'whole dist/ (every chunk, in-thread fallback too)',
    kb(all.reduce((s, f) => s + gzipSync(readFileSync(DIST + 'assets/' + f), { level: 9 }).length, 0)),
  );

  console.log('\n== First score on screen against a blank page of the same server (cold: fresh context each run) ==');
  // Both times are read the same way: the start of the first frame in which the element can be seen
  // (a frame is painted right after its animation callbacks; a page whose style sheet is still
  // loading runs none). The blank page is one line of text, served by the same server.
  const onScreen = async (path: string, selector: string) => {
    const ctx = await browser.newContext();
    await ctx.addInitScript(NAME_SHIM);
    await ctx.addInitScript((sel: string) => {
      const w = window as unknown as { __first?: number };
      const look = (t: number) => {
        const el = document.querySelector(sel);
        if (el && getComputedStyle(el).visibility === 'visible' && el.getClientRects().length) w.__first = t;
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    }, selector);
    const page = await ctx.newPage();
    await page.goto(origin + path);
    await page.waitForFunction(() => (window as unknown as { __first?: number }).__first !== undefined);
    const t = await page.evaluate(() => (window as unknown as { __first: number }).__first);
    await ctx.close();
    return t;
  };
  const runs = { blank: [] as number[], first: [] as number[], link: [] as number[] };
  const linkPath =
    '/#lang=fr&model=dmde-2026-modele-1&foyer=' +
    Buffer.from('{"adults":[{"age":30,"earnings":900}],"children":[{"age":4}]}').toString('base64url');
  // Interleaved, so that the machine's load falls on the three alike.
  for (let i = 0; i < 10; i++) {
    runs.blank.push(await onScreen(BLANK, '#blank'));
    runs.first.push(await onScreen('/', '[data-testid=score]'));
    runs.link.push(await onScreen(linkPath, '[data-testid=score]'));
  }
  const range = (xs: number[]) => `(min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
  line('blank page, median of 10', `${median(runs.blank).toFixed(0)} ms`, range(runs.blank));
  line(
    'first score (default household, prerendered), median of 10',
    `${median(runs.first).toFixed(0)} ms`,
    range(runs.first),
  );
  line(
    'first score / blank page (medians)',
    `${(median(runs.first) / median(runs.blank)).toFixed(2)} ×`,
    'target ≤ 3 ×',
  );
  line(
    'first score, shared link (scored in the page), median of 10',
    `${median(runs.link).toFixed(0)} ms`,
    range(runs.link),
  );
  line(
    'shared link / blank page (medians)',
    `${(median(runs.link) / median(runs.blank)).toFixed(2)} ×`,
    'target ≤ 4 ×',
  );

  console.log('\n== First score in the one-file page (engine in the page, fresh context each run) ==');
  for (const [label, url] of [
    ['embed: embed.html over http', `${origin}/embed.html?childId=b#embed=1`],
    ['standalone.html from file://', `file://${DIST}standalone.html`],
  ]) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      await page.goto(url!);
      await page.getByTestId('score').waitFor();
      times.push(await page.evaluate(() => performance.getEntriesByName('app:first-evaluation')[0]?.startTime ?? NaN));
      await ctx.close();
    }
    line(
      `${label}, median of 5`,
      `${median(times).toFixed(0)} ms`,
      `(min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`,
    );
  }

  console.log('\n== Dragging the earnings slider (200 real pointer moves) ==');
  {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(NAME_SHIM);
    await page.goto(origin + '/');
    await page.getByTestId('score').waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { __slow: number[]; __inputs: number };
      w.__slow = [];
      w.__inputs = 0;
      document.querySelector('input[type=range]')!.addEventListener('input', () => w.__inputs++);
      // Event Timing reports events whose input-to-next-paint duration is 16 ms or more.
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          if (e.name === 'input' || e.name === 'pointermove') w.__slow.push(e.duration);
      }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    });
    const box = (await page.locator('input[type=range]').first().boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 200; i++)
      await page.mouse.move(box.x + 2 + ((box.width - 4) * i) / 200, box.y + box.height / 2);
    await page.mouse.up();
    await page.waitForTimeout(500);
    const { slow, inputs } = await page.evaluate(() => ({
      slow: (window as unknown as { __slow: number[] }).__slow,
      inputs: (window as unknown as { __inputs: number }).__inputs,
    }));
    const events = Math.max(inputs, 200);
    // Events under the 16 ms reporting threshold count as "< 16 ms".
    const all = [...slow, ...Array(Math.max(0, events - slow.length)).fill(8)];
    const p = (q: number) => (quantile(all, q) < 16 ? '< 16 ms' : `${quantile(all, q).toFixed(0)} ms`);
    line('input-to-paint p50', p(0.5), `(${inputs} input events, ${slow.length} reported ≥ 16 ms by Event Timing)`);
    line('input-to-paint p95', p(0.95), 'target < 16 ms');

    // Input to updated score on screen: the worker round trip, one step at a time.
    const rtt = await page.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('#earnings-0')!;
      const out = document.querySelector('[data-testid=score]')!;
      const times: number[] = [];
      for (let i = 0; i < 50; i++) {
        const before = out.textContent;
        const t0 = performance.now();
        input.value = String(300 + i * 37);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise<void>((resolve) => {
          const check = () => (out.textContent !== before ? resolve() : requestAnimationFrame(check));
          requestAnimationFrame(check);
          setTimeout(resolve, 1000);
        });
        times.push(performance.now() - t0);
      }
      return times;
    });
    line(
      'input to updated score (worker round trip) p50',
      `${median(rtt).toFixed(0)} ms`,
      `p95 ${quantile(rtt, 0.95).toFixed(0)} ms`,
    );
    await page.close();
  }
}

console.log('\n== Engine throughput (Node, this machine) ==');
const dmde = shippedModels()[0]!;
const h = defaultHousehold('2026-11');
const rate = (fn: () => void, ms = 600) => {
  const rates: number[] = [];
  for (let run = 0; run < 5; run++) {
    let n = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < ms / 5) {
      fn();
      n++;
    }
    rates.push((n * 1000) / (performance.now() - t0));
  }
  return median(rates);
};
const features = encodeHousehold(h);
line('score() of encoded variables', `${(rate(() => score(dmde, features)) / 1e6).toFixed(2)} M/s`);
line('evaluate() (rights by law, 12 months, 26-point sweep)', `${rate(() => evaluate(dmde, h)).toFixed(0)} /s`);
const width = dmde.variables.length;
const N = 1_000_000;
const rows = new Float64Array(N * width);
for (let i = 0; i < rows.length; i++) rows[i] = (i * 7919) % 5 === 0 ? 1 : (i % 13) * 37;
for (let r = 0; r < N; r++) {
  rows[r * width] = r % 5;
  rows[r * width + 2] = r % 4;
}
const compiled = compileModel(dmde);
const out = new Float64Array(N);
const batchNode: number[] = [];
for (let run = 0; run < 5; run++) {
  const t0 = performance.now();
  compiled.scoreRows(rows, out);
  batchNode.push((N * 1000) / (performance.now() - t0));
}
line('batch, compiled model, 1 M rows (median of 5)', `${(median(batchNode) / 1e6).toFixed(1)} M/s`);
benchPopulation();

console.log('\n== Binned terms: Amsterdam Slimme Check (Node, this machine) ==');
await benchAmsterdam(line);

console.log('\n== Model import (Node, this machine, median of 5) ==');
benchModelImport(line);
if (web) {
  console.log('\n== Model import in the page (Chromium: file box → "Modèle chargé" → score) ==');
  await benchModelImportBrowser(browser, origin, line);
}

if (web) {
  console.log('\n== Batch scoring in the app’s Web Worker (Chromium, transferred Float64Array) ==');
  {
    const page = await browser.newPage();
    await page.addInitScript(NAME_SHIM);
    await page.goto(origin + '/');
    await page.getByTestId('score').waitFor();
    const worker = readdirSync(DIST + 'assets').find((f) => f.startsWith('engine.worker'))!;
    const rates = await page.evaluate(
      async ({ url, width, n }) => {
        // Started as the app starts it (src/worker/spawn.ts): a blob: shim that imports the engine
        // file and says when it listens; started from its own URL, the engine closes at once.
        const file = JSON.stringify(new URL(url, location.href).href);
        const shim = new Blob([`await import(${file});\npostMessage('engine-ready');\n`], { type: 'text/javascript' });
        const w = new Worker(URL.createObjectURL(shim), { type: 'module' });
        await new Promise<void>((ready) => w.addEventListener('message', (e) => e.data === 'engine-ready' && ready()));
        // Comlink's wire format (v4): APPLY a path with RAW arguments, reply RAW with the same id.
        let id = 0;
        const call = (path: string[], args: unknown[], transfer: Transferable[] = []) =>
          new Promise<unknown>((resolve) => {
            const me = String(++id);
            const onMessage = (e: MessageEvent) => {
              if (e.data?.id !== me) return;
              w.removeEventListener('message', onMessage);
              resolve(e.data.value);
            };
            w.addEventListener('message', onMessage);
            w.postMessage(
              { id: me, type: 'APPLY', path, argumentList: args.map((value) => ({ type: 'RAW', value })) },
              transfer,
            );
          });
        await call(['listModels'], []);
        const out: number[] = [];
        for (let run = 0; run < 6; run++) {
          const rows = new Float64Array(n * width);
          for (let i = 0; i < rows.length; i++) rows[i] = (i % 13) * 37;
          for (let r = 0; r < n; r++) rows[r * width] = r % 5;
          const t0 = performance.now();
          const res = (await call(['scoreBatch'], ['dmde-2026-modele-1', rows, width], [rows.buffer])) as Float64Array;
          const dt = performance.now() - t0;
          if (res.length !== n) throw new Error('short batch');
          if (run > 0) out.push((n * 1000) / dt);
        }
        w.terminate();
        return out;
      },
      { url: `${origin}/assets/${worker}`, width, n: 1_000_000 },
    );
    line(
      'worker batch, 1 M households, round trip (median of 5)',
      `${(median(rates) / 1e6).toFixed(1)} M/s`,
      'target > 5 M/s',
    );
    await page.close();
    await benchPopulationBrowser(browser, origin, worker, line);
    await benchPopulationView(browser, origin, line);
  }
}

console.log('\n== Robust views: weight draws and the explorer refresh (Node, this machine) ==');
// Printed without the automatic record: the section names its figures itself (wall and CPU).
benchRobust(print, record);

console.log('\n== Calibration: build per model and the headline lookup (Node, this machine) ==');
await benchCalibration(line);

if (web) {
  await browser.close();
  server.close();
}
console.log('');
if (FLAGS.has('--json')) console.log(JSON.stringify(figures));

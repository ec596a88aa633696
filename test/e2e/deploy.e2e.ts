// A deploy while a page is open (issue 21, item 4): dist/ is replaced by another build whose every
// file has another name, the new service worker takes over, and the page opened on the old build
// still loads a view it never opened and starts a new engine worker, both from the old build's
// files, until it reloads; then it runs the new build and the old build's cache goes.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { DIST, launch, readOn, readScore, recordedContext, serveDist } from './harness.ts';
import type { Browser } from 'playwright-core';

/**
 * Build B: the same sources built again with every emitted file under another name (`-b-` before
 * the hash), so that no file of build A (dist/) is left on the server after the deploy, as when a
 * change touches every chunk.
 */
const NAMES = {
  entryFileNames: 'assets/[name]-b-[hash].js',
  chunkFileNames: 'assets/[name]-b-[hash].js',
  assetFileNames: 'assets/[name]-b-[hash][extname]',
};
let buildB = '';
let served = DIST;
let browser: Browser;
let server: Server;
let origin = '';

beforeAll(async () => {
  buildB = mkdtempSync(join(tmpdir(), 'score-caf-build-b-'));
  await build({
    configFile: new URL('../../vite.config.ts', import.meta.url).pathname,
    logLevel: 'error',
    worker: { rolldownOptions: { output: NAMES } },
    build: { outDir: buildB, emptyOutDir: true, rolldownOptions: { output: NAMES } },
  });
  ({ origin, server } = await serveDist('/', {}, () => served));
  browser = await launch();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
  if (buildB) rmSync(buildB, { recursive: true, force: true });
});

const versionOf = (dir: string) => /const VERSION = "(\w+)"/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))![1]!;
const entryOf = (dir: string) =>
  /src="\.\/(assets\/index-[^"]+\.js)"/.exec(readFileSync(join(dir, 'index.html'), 'utf8'))![1]!;
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** The registration's active worker is the one of `version` (its cache exists) and nothing is pending. */
const settledOn = (page: Page, version: string) =>
  page.evaluate(async (name) => {
    const r = await navigator.serviceWorker.getRegistration();
    return !!r?.active && r.active.state === 'activated' && !r.installing && !r.waiting && (await caches.has(name));
  }, `score-caf-${version}`);

/** The score of a preset household, once shown (it differs from `before`) and no longer being computed. */
async function scoreOf(page: Page, preset: string, before: number): Promise<number> {
  await page.locator('#preset').selectOption(preset);
  await expect.poll(() => readScore(page), { timeout: 15_000 }).not.toBe(before);
  await expect.poll(() => page.locator('[aria-busy]').first().getAttribute('aria-busy')).toBe('false');
  return readScore(page);
}

describe('a deploy while a page is open', () => {
  it('leaves the open page working on its build until it reloads, then serves the new one', async () => {
    const [a, b] = [versionOf(DIST), versionOf(buildB)];
    expect(a).not.toBe(b);
    expect(entryOf(buildB)).not.toBe(entryOf(DIST));
    const { context, rec } = await recordedContext(browser, { serviceWorkers: 'allow' });
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/#lang=fr&model=cnaf-2014`);
      await page.getByTestId('score').waitFor();
      await expect.poll(() => settledOn(page, a), { timeout: 20_000 }).toBe(true);
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state), { timeout: 15_000 })
        .toBe('activated');
      // Two households' scores, computed by build A's engine before the deploy.
      const preset = page.locator('#preset');
      const mother = await scoreOf(page, 'single-mother-rsa', await readScore(page));
      const other = await scoreOf(page, 'well-off-couple', mother);

      // The deploy: the server now has build B only, and the page's next update check installs it.
      served = buildB;
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      await expect.poll(() => settledOn(page, b), { timeout: 30_000 }).toBe(true);

      // The engine worker closes; its replacement loads build A's engine file and answers.
      await expect.poll(() => page.workers().length).toBe(1);
      const first = page.workers()[0]!;
      await first.evaluate(() => void setTimeout(() => self.close()));
      await expect.poll(() => page.workers().includes(first), { timeout: 15_000 }).toBe(false);
      await preset.selectOption('single-mother-rsa');
      await expect.poll(() => readScore(page), { timeout: 15_000 }).toBe(mother);
      expect(await page.getByText('échoué').count()).toBe(0);
      // a worker again, not the engine moved into the page for want of one
      await expect.poll(() => page.workers().length).toBe(1);
      expect(await page.getByText('tourne désormais dans la page').count()).toBe(0);

      // A view never opened before: its files are build A's, gone from the server. The reader scrolls
      // only now, so the panel's own code is fetched after the deploy too.
      await readOn(page);
      await page.getByTestId('population').locator('summary').first().click();
      await page.getByTestId('population-rank').locator('.range').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('population-failure').count()).toBe(0);
      await preset.selectOption('well-off-couple');
      await expect.poll(() => readScore(page)).toBe(other);

      // A reload runs build B, and build A's cache goes once no page uses it.
      await page.reload();
      await page.getByTestId('score').waitFor();
      const entry = await page.evaluate(() =>
        document.querySelector('script[type="module"][src]')?.getAttribute('src'),
      );
      expect(entry).toBe(`./${entryOf(buildB)}`);
      await expect.poll(() => cacheNames(page), { timeout: 15_000 }).toEqual([`score-caf-${b}`]);
      expect(rec.errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});

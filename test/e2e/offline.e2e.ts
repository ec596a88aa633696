// The app with no network: dist/standalone.html opened from disk shows a score and requests
// nothing, and the served app, once visited, reloads with the network cut (dist/sw.js).

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { DIST, readScore, recordedContext, useSession } from './harness.ts';

const session = useSession({ serviceWorkers: 'allow' });

describe('one file that works anywhere', () => {
  it('shows a score from file://, with no page error and no request but the file itself', async () => {
    const { context, rec } = await recordedContext(session.browser);
    const page = await context.newPage();
    const file = `file://${DIST}standalone.html`;
    await page.goto(`${file}#lang=fr`);
    await page.getByTestId('score').waitFor();
    expect(await readScore(page)).toBeGreaterThan(0);
    await page.getByRole('heading', { name: 'Votre foyer' }).waitFor();
    await page.getByTestId('droits').waitFor();
    expect(rec.requests).toEqual([file]);
    expect(rec.errors).toEqual([]);
    await context.close();
  });

  it('allows its one script by its hash, never by unsafe-inline', () => {
    const html = readFileSync(`${DIST}standalone.html`, 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1]!;
    expect(csp).toMatch(/script-src 'sha256-[\w+/]+=*';/);
    expect(csp).not.toMatch(/unsafe-inline'[^;]*;[^;]*$|script-src[^;]*unsafe/);
    const [head, rest] = html.split('<script type="module">');
    expect(head).not.toMatch(/<script|<link[^>]+href="(?!data:)/);
    expect(rest!.split('</script>')).toHaveLength(2);
  });
});

describe('offline after one visit', () => {
  it('reloads with a score once the network is cut, from the files of this build alone', async () => {
    const page = await session.open('/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);
    const sw = readFileSync(`${DIST}sw.js`, 'utf8');
    const files = JSON.parse(/const FILES = (\[.*\]);/.exec(sw)![1]!) as string[];
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const keys = await (await caches.open(names[0]!)).keys();
      return { names, paths: keys.map((r) => new URL(r.url).pathname.slice(1)).sort() };
    });
    expect(cached.names).toHaveLength(1);
    expect(cached.paths).toEqual(files);
    expect(files).toContain('index.html');
    expect(files).toContain('embed.html');
    expect(files).toContain('standalone.html');
    expect(files.some((f) => /^assets\/index-.*\.js$/.test(f))).toBe(true);

    // the cut is real: a page that was never visited does not open
    const cold = await session.browser.newContext({ offline: true });
    await expect((await cold.newPage()).goto(`${session.origin}/`)).rejects.toThrow(/INTERNET_DISCONNECTED/);
    await cold.close();

    await session.context.setOffline(true);
    try {
      await page.reload();
      await page.getByTestId('score').waitFor();
      expect(await readScore(page)).toBeGreaterThan(0);
      // the form's lazily loaded files come from the cache too
      await page.getByRole('heading', { name: 'Votre foyer' }).waitFor();
      // and so do the embed and the one-file copy
      const embed = await session.context.newPage();
      await embed.goto(`${session.origin}/embed.html#lang=fr`);
      await expect.poll(() => embed.getByTestId('score').textContent(), { timeout: 15_000 }).toMatch(/\d/);
      await embed.goto(`${session.origin}/standalone.html#lang=fr`);
      await embed.getByTestId('score').waitFor();
      expect(await readScore(embed)).toBeGreaterThan(0);
      await embed.close();
    } finally {
      await session.context.setOffline(false);
    }
    // the app's own files, and the engine worker's blob: shim made by the page
    const out = session.rec.requests.filter(
      (u) => !u.startsWith(`${session.origin}/`) && !u.startsWith(`blob:${session.origin}/`),
    );
    expect(out).toEqual([]);
    expect(session.rec.errors).toEqual([]);
    await page.close();
  });
});

describe('updates', () => {
  it('installs a new build on the next visit and drops the old one’s cache once no page uses it', async () => {
    // dist/ as served before and after a new build: only sw.js's version differs
    let version = 'aaaa';
    const server = createServer((req, res) => {
      const path = (req.url ?? '/').split(/[?#]/)[0]!.replace(/^\/$/, '/index.html');
      try {
        let body: string | Buffer = readFileSync(DIST + path.slice(1));
        if (path === '/sw.js') body = body.toString().replace(/const VERSION = "\w+"/, `const VERSION = "${version}"`);
        const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : 'text/html';
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    const { context } = await recordedContext(session.browser, { serviceWorkers: 'allow' });
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.getByTestId('score').waitFor();
      await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 15_000 }).toEqual(['score-caf-aaaa']);
      // the first version is active and controls the page: an update check now finds the next one
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state), { timeout: 15_000 })
        .toBe('activated');
      version = 'bbbb';
      await page.reload();
      await page.getByTestId('score').waitFor();
      // This page was opened by the first version: its cache stays while the page is open
      // (test/e2e/deploy.e2e.ts), and goes when the page reloads under the new version.
      const settled = () =>
        page.evaluate(async () => {
          const r = await navigator.serviceWorker.getRegistration();
          return r?.active?.state === 'activated' && !r.installing && !r.waiting && (await caches.keys());
        });
      await expect.poll(settled, { timeout: 15_000 }).toEqual(['score-caf-aaaa', 'score-caf-bbbb']);
      await page.reload();
      await page.getByTestId('score').waitFor();
      await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 15_000 }).toEqual(['score-caf-bbbb']);
    } finally {
      await context.close();
      server.close();
    }
  });
});

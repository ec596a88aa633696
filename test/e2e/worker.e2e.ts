// The engine's Web Worker in Chromium: it obeys the page's CSP (no fetch, WebSocket or import()
// towards another local server), and a worker that hangs or closes itself is replaced and says so.
// The faults are injected by running code inside the worker through Playwright (Worker.evaluate),
// so the app carries no test hook.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { DIST, readScore, running, serveDist, useSession } from './harness.ts';
import { DEADLINES } from '../../src/worker/deadline.ts';

const session = useSession();
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Another server on the loopback interface that would gladly answer the worker: CORS open, a
 * JavaScript module, a WebSocket handshake. It counts every request, which is the real proof.
 */
let probe: { server: Server; origin: string; hits: string[] };
beforeAll(async () => {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`http ${req.url}`);
    res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'text/javascript' });
    res.end('export const leaked = true;');
  });
  server.on('upgrade', (req, socket) => {
    hits.push(`ws ${req.url}`);
    const accept = createHash('sha1')
      .update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
      .digest('base64');
    socket.end(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        `Sec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no port');
  probe = { server, origin: `http://127.0.0.1:${addr.port}`, hits };
});
afterAll(() => probe?.server.close());

/**
 * What the worker tries, as source text: the test runner would rewrite a real `import()` in a
 * function body. Each try is bounded: one that neither succeeds nor fails in 5 s counts as a leak.
 */
const PROBE = `async (origin) => {
  const bounded = (p) => Promise.race([p, new Promise((r) => setTimeout(() => r('no answer'), 5000))]);
  const attempt = (p) => bounded(p().then(() => 'reached', (e) => 'blocked: ' + e.name));
  const socket = () =>
    new Promise((resolve, reject) => {
      const ws = new WebSocket(origin.replace('http', 'ws') + '/socket');
      ws.onopen = () => resolve(ws.close());
      ws.onerror = () => reject(new Error('websocket error'));
    });
  return {
    fetch: await attempt(() => fetch(origin + '/fetch')),
    webSocket: await attempt(async () => socket()),
    import: await attempt(() => import(origin + '/module.js')),
  };
}`;

async function engineWorker(page: Page): Promise<Worker> {
  await expect.poll(() => page.workers().length).toBe(1);
  return page.workers()[0]!;
}

/** A model of known, fixed weights (−2 + 0.002 per € of RSA): the shipped placeholders may change. */
const FIXTURE = readFileSync(new URL('../fixtures/models/known-weights.csv', import.meta.url));
const fixture = (rsa: number) => logistic(-2 + 0.002 * rsa);

async function useFixture(page: Page) {
  await page
    .getByTestId('model-file')
    .setInputFiles({ name: 'known-weights.csv', mimeType: 'text/csv', buffer: FIXTURE });
  await expect.poll(() => page.locator('#model').inputValue()).toBe('import-known-weights');
}

async function declare(page: Page) {
  await page.getByLabel('Montants que je saisis').check();
  await page.getByLabel('RSA', { exact: true }).waitFor();
  await page.getByLabel('Prime d’activité', { exact: true }).fill('0');
  await page.getByLabel('RSA', { exact: true }).fill('0');
}

/**
 * Edits the RSA amount and waits for the page to show `expected`, busy flag cleared. How soon a lost
 * worker is replaced is the supervisor's deadline, tested with an injected clock in
 * test/unit/worker-supervisor.test.ts: a test here that measured it against the wall would fail on a
 * loaded machine, so it waits for what the user sees instead.
 */
async function edit(page: Page, rsa: string, expected: number): Promise<void> {
  await page.getByLabel('RSA', { exact: true }).fill(rsa);
  // A worker that closed itself is known lost when a call's allowance runs out: the ensembles load in
  // a step of their own (client.ts ENSEMBLE_CALLS), so the lookups after it keep a short one. The
  // behaviour is checked here, the deadlines on a virtual clock in test/unit/worker-supervisor.test.ts.
  // A replacement closed before its first answer is still "cold": it is known lost only when the cold
  // allowance runs out (DEADLINES.coldMs), so the wait covers that allowance and a margin for the next one.
  await expect
    .poll(() => readScore(page), { timeout: DEADLINES.coldMs + 15_000, interval: 25 })
    .toBeCloseTo(expected, 3);
  await expect
    .poll(() => page.locator('[aria-busy]').first().getAttribute('aria-busy'), { interval: 25 })
    .toBe('false');
}

describe('the engine worker', () => {
  it('cannot fetch, open a WebSocket or import() from another local server', async () => {
    // The probe answers from here, so silence below means the browser refused, not a dead server.
    expect((await fetch(`${probe.origin}/control`)).ok).toBe(true);
    probe.hits.length = 0;
    const page = await session.open();
    const worker = await engineWorker(page);
    // Started from a blob: URL, it runs under the page's policy rather than under none.
    expect(worker.url()).toMatch(/^blob:/);
    const tries = await worker.evaluate(`(${PROBE})(${JSON.stringify(probe.origin)})`);
    expect(tries).toEqual({
      fetch: expect.stringMatching(/^blocked/),
      webSocket: expect.stringMatching(/^blocked/),
      import: expect.stringMatching(/^blocked/),
    });
    expect(probe.hits).toEqual([]);
    await page.close();
  });

  it('replaces a worker stuck in an endless loop at the next edit, and says so', async () => {
    const page = await session.open();
    await useFixture(page);
    await declare(page);
    await edit(page, '625', fixture(625));
    const first = await engineWorker(page);
    await first.evaluate(
      () =>
        void setTimeout(() => {
          for (;;);
        }),
    );
    await edit(page, '0', fixture(0));
    await expect.poll(() => page.workers().includes(first), { timeout: 15000 }).toBe(false);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'redémarré' }).count()).toBe(1);
    await page.close();
  });

  it('replaces a worker that closed itself, keeping the household and the imported model', async () => {
    const page = await session.open();
    await declare(page);
    const csv = 'variable,level,coefficient\nintercept,,-1\nmontant_moyen_rsa_12m,*,0.002\n';
    await page
      .getByTestId('model-file')
      .setInputFiles({ name: 'mes-poids.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => readScore(page)).toBeCloseTo(logistic(-1), 3);
    const first = await engineWorker(page);
    await first.evaluate(() => void setTimeout(() => self.close()));
    // 500 € × 0.002 = +1 in log-odds: the imported weights, not the shipped ones
    await edit(page, '500', logistic(0));
    await expect.poll(() => page.workers().includes(first), { timeout: 15000 }).toBe(false);
    expect(await page.getByLabel('RSA', { exact: true }).inputValue()).toBe('500');
    await page.close();
  });

  it('runs the engine in the page after three replacements, and says so', async () => {
    const page = await session.open();
    await useFixture(page);
    await declare(page);
    const seen = new Set<Worker>();
    for (const rsa of ['625', '0', '625', '0']) {
      await expect.poll(() => page.workers().filter((w) => !seen.has(w)).length).toBe(1);
      const worker = page.workers().find((w) => !seen.has(w))!;
      seen.add(worker);
      await worker.evaluate(() => void setTimeout(() => self.close()));
      await edit(page, rsa, fixture(Number(rsa)));
    }
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'tourne désormais dans la page' }).count())
      .toBe(1);
    await expect.poll(() => page.workers().length).toBe(0);
    await edit(page, '625', fixture(625));
    await page.close();
    // Four lost workers, each possibly noticed only at the end of its cold allowance (see edit()).
  }, 180_000);

  it('starts its worker when the same build is served from a sub-directory', async () => {
    const { origin, server } = await serveDist('/outils/score-caf/');
    const context = await session.browser.newContext();
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    try {
      const page = await context.newPage();
      // The form is in the prerendered HTML: a file set before the app runs would reach no handler.
      await running(page, () => page.goto(`${origin}/outils/score-caf/`));
      await page.getByTestId('score').waitFor();
      await engineWorker(page);
      await useFixture(page);
      await declare(page);
      await edit(page, '625', fixture(625));
      expect(await page.getByText('Le calcul tourne dans la page').count()).toBe(0);
      expect(requests.filter((u) => !u.startsWith(`${origin}/outils/score-caf/`) && !u.startsWith('blob:'))).toEqual(
        [],
      );
    } finally {
      await context.close();
      server.close();
    }
  });

  it('does nothing for a page script that starts it from its own file, where no policy applies', async () => {
    // A static host sends no CSP header with assets/engine.worker-….js: a worker started from that
    // URL (worker-src 'self' allows it, for sw.js) runs under no policy at all. Script in the page
    // must not get the engine's calls there, least of all the population loader's import().
    probe.hits.length = 0;
    const page = await session.open();
    await engineWorker(page);
    const file = readdirSync(`${DIST}assets`).find((f) => f.startsWith('engine.worker'))!;
    const started = page.waitForEvent('worker', (w) => w.url().endsWith(file));
    await page.evaluate(
      ({ url, module }) => {
        const w = new Worker(url, { type: 'module' });
        const replies: unknown[] = ((window as unknown as { replies: unknown[] }).replies = []);
        w.onmessage = (e) => replies.push(e.data);
        const req = { url: module, modelId: 'cnaf-2014', household: { adults: [{ age: 40 }] }, controls: 10 };
        // Comlink's wire format (v4), sent until the worker listens: a module worker drops earlier messages.
        const send = (n: number) => {
          w.postMessage({
            id: `${n}`,
            type: 'APPLY',
            path: ['populationOverview'],
            argumentList: [{ type: 'RAW', value: req }],
          });
          if (!replies.length && n < 50) setTimeout(() => send(n + 1), 100);
        };
        send(0);
      },
      { url: `assets/${file}`, module: `${probe.origin}/population/foyers.js` },
    );
    const worker = await started;
    // The worker either closes, or answers (and then has tried the foreign module).
    const outcome = await Promise.race([
      worker.waitForEvent('close').then(() => 'closed'),
      expect
        .poll(() => page.evaluate(() => (window as unknown as { replies: unknown[] }).replies.length), {
          timeout: 30_000,
        })
        .toBeGreaterThan(0)
        .then(() => 'answered'),
    ]);
    expect(outcome).toBe('closed');
    expect(probe.hits).toEqual([]);
    await page.close();
  });

  it('sent no request beyond the app’s own files, and logged no error', () => {
    // Chromium reports the blocked import() as a request; the probe's empty log shows it never left.
    const foreign = session.rec.requests.filter(
      (u) => !u.startsWith(`${session.origin}/`) && !u.startsWith(`${probe.origin}/`) && !/^(data|blob):/.test(u),
    );
    expect(foreign).toEqual([]);
    expect(session.rec.errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
  });
});

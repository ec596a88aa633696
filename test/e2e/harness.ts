// Serves dist/ on a loopback port and drives Debian's Chromium through playwright-core,
// recording every request so that tests can prove nothing leaves the machine.

import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain',
  '.webmanifest': 'application/manifest+json',
};

export const DIST = new URL('../../dist/', import.meta.url).pathname;

/**
 * Serves dist/ under `prefix` (a directory of the host, e.g. '/outils/score/'), at the root by default;
 * `pages` adds HTML pages at their paths (the benchmark's blank page); `root` says, at each request,
 * which build directory is served (a deploy swaps it).
 */
export async function serveDist(
  prefix = '/',
  pages: Record<string, string> = {},
  root: () => string = () => DIST,
): Promise<{ origin: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const url = (req.url ?? '/').split(/[?#]/)[0]!;
    const page = Object.hasOwn(pages, url) ? pages[url] : undefined;
    if (page !== undefined) return void res.writeHead(200, { 'content-type': TYPES['.html']! }).end(page);
    if (!url.startsWith(prefix)) return void res.writeHead(404).end('not found');
    const path = normalize(decodeURIComponent(url.slice(prefix.length - 1))).replace(/^(\.\.[/\\])+/, '');
    const file = join(root(), path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no port');
  return { origin: `http://127.0.0.1:${addr.port}`, server };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

export interface Recorder {
  requests: string[];
  errors: string[];
}

/**
 * A context whose every request and page error is recorded. Service workers are blocked unless a test
 * asks for them (`serviceWorkers: 'allow'`: offline.e2e.ts and deploy.e2e.ts, which test dist/sw.js).
 * Elsewhere each context's worker would precache the whole build beside the test, and twice in about
 * 2,500 page opens on a loaded machine a page under its control fetched every module of the app and
 * never ran them (no error, no pending request: `running` below printed it); not understood yet, and
 * the page then says so after 8 s (the boot script's note). Said in the note of 2026-12-03.
 */
export async function recordedContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; rec: Recorder }> {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const rec: Recorder = { requests: [], errors: [] };
  context.on('request', (r) => rec.requests.push(r.url()));
  context.on('page', (p) => watch(p, rec));
  return { context, rec };
}

function watch(page: Page, rec: Recorder) {
  page.on('pageerror', (e) => rec.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') rec.errors.push(m.text());
  });
}

/**
 * The score as a number (0–1) read from the page: the headline when the model's weights are all
 * fixed, else the one example weighting shown under the range (the score with the file's values).
 */
export async function readScore(page: Page): Promise<number> {
  const example = page.getByTestId('score-example').locator('strong');
  const text =
    ((await example.count()) ? await example.textContent() : await page.getByTestId('score').textContent()) ?? '';
  return Number(text.replace(/[^\d,.-]/g, '').replace(',', '.')) / 100;
}

export interface Session {
  browser: Browser;
  origin: string;
  context: BrowserContext;
  rec: Recorder;
  /** Opens `path` in the recorded context and waits for the first score. */
  open(path?: string): Promise<Page>;
}

/**
 * Waits until the app's code has taken over the page. The score and the form are in the prerendered
 * HTML from the first byte: a test that acts on them before this acts on markup with no handler yet.
 * `go` navigates once the page is watched. On timeout it says what the page was doing (marks, boot attributes, service worker, unanswered
 * requests, page errors) rather than only "timed out".
 */
export async function running(page: Page, go?: () => Promise<unknown>, timeout = 30_000): Promise<void> {
  const pending = new Set<string>();
  const errors: string[] = [];
  const onRequest = (r: { url(): string }) => pending.add(r.url());
  const onDone = (r: { url(): string }) => pending.delete(r.url());
  const onError = (e: Error) => errors.push(e.message);
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  page.on('pageerror', onError);
  try {
    await go?.();
    await page.waitForFunction(() => performance.getEntriesByName('app:mounted').length > 0, undefined, { timeout });
  } catch (e) {
    const state = await page
      .evaluate(() => ({
        marks: performance.getEntriesByType('mark').map((m) => m.name),
        html: [...document.documentElement.attributes].map((a) => a.name),
        serviceWorker: navigator.serviceWorker?.controller?.state ?? 'none',
        scripts: performance
          .getEntriesByType('resource')
          .filter((r) => /\.js$/.test(r.name))
          .map((r) => `${r.name.split('/').pop()} ${Math.round((r as PerformanceResourceTiming).responseEnd)}ms`),
      }))
      .catch((err: Error) => ({ unreadable: err.message }));
    throw new Error(
      `the app did not start on ${page.url()}: ${JSON.stringify({ ...state, pending: [...pending], errors })}`,
      { cause: e },
    );
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onDone);
    page.off('requestfailed', onDone);
    page.off('pageerror', onError);
  }
}

/**
 * Turns the wheel once, as a reader about to read on, and waits for what it brings: the panels below
 * the first screen load at the first sign of intent (ui/primitives/when-needed.ts).
 */
export async function readOn(page: Page): Promise<void> {
  // The score is in the prerendered HTML: wait until the page's code is running to see the wheel.
  await running(page);
  await page.mouse.move(10, 10);
  await page.mouse.wheel(0, 1);
  // Every panel's code came and it is on the page (no place-holding block left).
  await page.waitForFunction(() => !document.querySelector('[data-when-needed]'));
}

/** One server, one Chromium and one recorded context for a test file, closed after it. */
export function useSession(options: Parameters<Browser['newContext']>[0] = {}): Session {
  let server: Server | undefined;
  const session = {} as Session;
  beforeAll(async () => {
    const served = await serveDist();
    server = served.server;
    session.origin = served.origin;
    session.browser = await launch();
    Object.assign(session, await recordedContext(session.browser, options));
  });
  afterAll(async () => {
    await session.browser?.close();
    server?.close();
  });
  session.open = async (path = '/') => {
    const page = await session.context.newPage();
    // Listening from before the navigation: a request that never ends is named if the app never starts.
    await running(page, () => page.goto(session.origin + path), 45_000);
    await page.getByTestId('score').waitFor();
    await readOn(page);
    return page;
  };
  return session;
}

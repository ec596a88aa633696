// Pages opened the ways issue 21 found wanting: a share link with JavaScript off, index.html from
// file:// or in a sandboxed frame (an opaque origin: no module script can load), a link whose only
// part is an empty `#poids=`. Each says what it is, rather than showing another household's score
// or a blank page.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Server } from 'node:http';
import { DIST, launch, readOn, serveDist } from './harness.ts';
import { buildFragment } from '../../src/state/url.ts';
import { defaultHousehold } from '../../src/household/household.ts';
import { localMonth } from '../../src/state/clock.ts';
import { BOOT_SLOW_MS } from '../../src/prerender/constants.ts';

let browser: Browser;
let server: Server;
let origin: string;
const FRAMED = '/cadre.html';
beforeAll(async () => {
  const served = await serveDist('/', {
    [FRAMED]: '<!doctype html><title>cadre</title><iframe sandbox="allow-scripts" src="/index.html"></iframe>',
  });
  server = served.server;
  origin = served.origin;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

const household = { ...defaultHousehold(localMonth()), housing: { status: 'locataire', rent: 777, zone: 2 } };

describe('without JavaScript', () => {
  it('a share link says its household needs JavaScript, and that the score below is the default example', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(origin + '/' + buildFragment({ lang: 'fr', model: 'dmde-2026-modele-1', household } as never));
    const note = page.locator('#app noscript');
    const text = (await note.textContent()) ?? '';
    expect(text).toMatch(/lien partagé/);
    expect(text).toMatch(/exemple par défaut/);
    await context.close();
  });
});

describe('index.html where it cannot run', () => {
  it('from file:// names standalone.html', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('file://' + DIST + 'index.html');
    const note = page.getByTestId('wrong-file');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/standalone\.html/);
    await context.close();
  });

  it('in a frame sandboxed without allow-same-origin names embed.html', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin + FRAMED);
    const frame = page.frameLocator('iframe');
    const note = frame.getByTestId('wrong-file');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/embed\.html/);
    await context.close();
  });

  it('served normally, says nothing of the kind', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin + '/');
    await page.getByTestId('score').waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('app:engine-ready').length > 0);
    expect(await page.getByTestId('wrong-file').isVisible()).toBe(false);
    // The app took the boot script's mark away: its slow-start timer (tested below) will find nothing to say.
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-booting'))).toBe(false);
    expect(await page.getByTestId('boot-slow').isVisible()).toBe(false);
    await context.close();
  });

  it('whose code cannot load says so, and shows no other household’s score as this one’s', async () => {
    const context = await browser.newContext();
    // The app's entry file never arrives (a proxy that drops it, a stalled download).
    await context.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(origin + '/' + buildFragment({ lang: 'fr', model: 'dmde-2026-modele-1', household } as never));
    const note = page.getByTestId('boot-slow');
    expect(await note.isVisible()).toBe(false);
    await page.clock.runFor(BOOT_SLOW_MS + 1000);
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/rechargez la page/);
    // In sight, not below the height of the hidden view.
    const box = (await note.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    // The prerendered view is the default household's: it stays hidden for this link's.
    expect(await page.getByTestId('score').first().isVisible()).toBe(false);
    await context.close();
  });
});

describe('a link with only #poids=', () => {
  it('says its edited weights could not be read', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin + '/#poids=');
    await page.getByTestId('score').waitFor();
    await expect.poll(() => page.getByText('les pondérations modifiées du lien sont illisibles').count()).toBe(1);
    await context.close();
  });

  it('pasted into an open tab, opens its edited weights', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin + '/#lang=fr&model=cnaf-2014');
    await page.getByTestId('score').waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('app:engine-ready').length > 0);
    const poids = Buffer.from(JSON.stringify({ base: 'cnaf-2014', changes: [{ variable: 'intercept', value: 0 }] }));
    await page.evaluate((p) => (location.hash = `#poids=${p}`), poids.toString('base64url'));
    await expect.poll(() => page.locator('#model').inputValue()).toBe('cnaf-2014-modifie');
    await context.close();
  });
});

describe('a refused weight', () => {
  it('leaves its box for the model’s value, says so, and the refusal goes with a later valid value', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin + '/#lang=fr&model=cnaf-2014');
    await page.waitForFunction(() => performance.getEntriesByName('app:engine-ready').length > 0);
    await readOn(page); // the weights panel loads as a reader scrolls to it
    await page.getByText('Pour les expert·es : modifier les pondérations').click();
    const box = page.getByRole('spinbutton', { name: /intercept/ });
    const before = await box.inputValue();
    await box.fill('1e300');
    await box.press('Tab');
    await expect.poll(() => page.getByTestId('weights-note').textContent()).toMatch(/valeur refusée/);
    expect(await box.inputValue()).toBe(before);
    expect(await page.locator('#model').inputValue()).toBe('cnaf-2014');
    await box.fill('-2');
    await box.press('Tab');
    await expect.poll(() => page.locator('#model').inputValue()).toBe('cnaf-2014-modifie');
    expect(await page.getByTestId('weights-note').textContent()).toBe('');
    expect(await page.getByText('1e+300').count()).toBe(0);
    await context.close();
  });
});

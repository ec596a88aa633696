// Score at first paint: the built index.html already carries the default household's score, its
// contributions and charts (prerendered at build time); the page hydrates it without a mismatch;
// a link's household, a saved one or another language never shows the default's score as its own.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSession } from './harness.ts';
import { createApi } from '../../src/worker/api.ts';
import { defaultHousehold, type Household } from '../../src/household/household.ts';
import { decodeHousehold } from '../../src/formats/household.ts';
import { formatMonth, formatPercent } from '../../src/i18n/format.ts';
import { buildFragment } from '../../src/state/url.ts';
import { localMonth } from '../../src/state/clock.ts';
import type { Lang } from '../../src/i18n/index.ts';
import presets from '../../src/presets/presets.json';

const session = useSession({ viewport: { width: 1280, height: 900 } });
const MODEL = 'dmde-2026-modele-1';
const month = localMonth();

/** The headline the engine gives for `household`, computed here in Node (the range: free weights). */
function headline(household: Household, lang: Lang): string {
  const api = createApi();
  const view = api.explore({ id: 1, modelIds: [MODEL], households: [household], sweepFields: [] });
  if (!view.answer.ok) throw new Error('no explorer view');
  const band = view.answer.value.cells.find((c) => c.household === 0 && c.model === MODEL)!.band;
  return `${formatPercent(band.q05, lang)} – ${formatPercent(band.q95, lang)}`;
}
const preset = (id: string) =>
  decodeHousehold({ ...presets.find((p) => p.id === id)!.household, month }, month).household;

/**
 * Records, just before every frame the page paints, the headline score's text when it can be seen
 * (the boot script hides a prerendered view that is not this visit's); and every console warning.
 */
const BLOCKED_SW = 'Service Worker registration blocked by Playwright';

async function watched(path: string, context = session.context): Promise<{ page: Page; warnings: string[] }> {
  const page = await context.newPage();
  const warnings: string[] = [];
  page.on('console', (m) => {
    // The harness blocks service workers (harness.ts recordedContext): Playwright says so itself; not the app's.
    if ((m.type() === 'warning' || m.type() === 'error') && m.text() !== BLOCKED_SW) warnings.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __seen: string[] };
    w.__seen = [];
    const look = () => {
      const el = document.querySelector('[data-testid=score]');
      if (el && getComputedStyle(el).visibility === 'visible' && el.getClientRects().length) {
        const text = el.textContent ?? '';
        if (w.__seen.at(-1) !== text) w.__seen.push(text);
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(session.origin + path);
  return { page, warnings };
}
const seen = (page: Page) => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
/** Waits until the page's engine (worker) has answered: the page is then no longer on its first score. */
const engineReady = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('app:engine-ready').length > 0);

describe('score at first paint', () => {
  it('the served index.html carries the default household’s score, its contributions and charts', async () => {
    const html = await (await fetch(session.origin + '/')).text();
    const score = /data-testid="score"[^>]*>([^<]*)</.exec(html)?.[1];
    expect(score).toBe(headline(defaultHousehold(month), 'fr'));
    for (const id of ['term-ranges', 'contributions', 'waterfall', 'provenance', 'reasons'])
      expect(html).toContain(`data-testid="${id}"`);
    expect(html).toMatch(/<svg[^>]*>/);
  });

  it('shows that score with JavaScript disabled', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(session.origin + '/');
    const score = page.getByTestId('score');
    await expect.poll(() => score.isVisible()).toBe(true);
    expect(await score.textContent()).toBe(headline(defaultHousehold(month), 'fr'));
    await context.close();
  });

  it('hydrates with no warning and keeps the same score once the worker answers', async () => {
    const { page, warnings } = await watched('/');
    await engineReady(page);
    const want = headline(defaultHousehold(month), 'fr');
    await expect.poll(() => page.getByTestId('score').textContent()).toBe(want);
    expect(await seen(page)).toEqual([want]);
    expect(warnings).toEqual([]);
    // The page is live: the form (loaded after hydration) answers.
    await page.getByRole('heading', { name: 'Votre foyer' }).waitFor();
    await page.close();
  });

  it('a link’s household shows its own score, never the default’s, and the worker takes over', async () => {
    const household = preset('single-mother-rsa');
    const want = headline(household, 'fr');
    expect(want).not.toBe(headline(defaultHousehold(month), 'fr'));
    const { page, warnings } = await watched('/' + buildFragment({ lang: 'fr', model: MODEL, household }));
    await expect.poll(() => page.getByTestId('score').textContent()).toBe(want);
    await engineReady(page);
    await expect.poll(() => page.getByTestId('score').textContent()).toBe(want);
    expect(await seen(page)).toEqual([want]);
    expect(warnings).toEqual([]);
    await page.close();
  });

  it('#lang=en shows the default household’s score in English, with no French score seen first', async () => {
    const want = headline(defaultHousehold(month), 'en');
    const { page, warnings } = await watched('/#lang=en');
    await expect.poll(() => page.getByTestId('score').textContent()).toBe(want);
    await engineReady(page);
    expect(await seen(page)).toEqual([want]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(warnings).toEqual([]);
    await page.close();
  });

  it('a household saved on this device is shown with its own score', async () => {
    const household = preset('well-off-couple');
    const want = headline(household, 'fr');
    const context = await session.browser.newContext();
    await context.addInitScript(
      (saved) => localStorage.setItem('score-caf:foyer', saved),
      JSON.stringify({ ...household }),
    );
    const { page, warnings } = await watched('/', context);
    await expect.poll(() => page.getByTestId('score').textContent()).toBe(want);
    await expect
      .poll(() => page.getByRole('checkbox', { name: 'Se souvenir de ce foyer sur cet appareil' }).isChecked())
      .toBe(true);
    expect(await seen(page)).toEqual([want]);
    expect(warnings).toEqual([]);
    await context.close();
  });

  it('in another month than the build’s, shows that month’s default household with its own score', async () => {
    const [y, m] = month.split('-').map(Number) as [number, number];
    const next = new Date(y, m, 15); // the 15th of the month after the build's
    const household = defaultHousehold(localMonth(next));
    const want = headline(household, 'fr');
    const context = await session.browser.newContext();
    await context.clock.setFixedTime(next);
    const { page, warnings } = await watched('/', context);
    await expect.poll(() => page.getByTestId('score').textContent()).toBe(want);
    // The household is that month's (the printed header names it), not the build's.
    expect(await page.getByTestId('print-header').textContent()).toContain(formatMonth(localMonth(next), 'fr'));
    expect(await seen(page)).toEqual([want]);
    expect(warnings).toEqual([]);
    await context.close();
  });
});

// The population view in Chromium: for a preset household, its rank and the controlled group's
// composition render with their ranges over the ensemble (at 166,000) or over weight draws (at
// another threshold); the view says the population is
// synthetic and the weights unknown; the provenance card opens; the draws can be stopped; the
// engine in the page (?no-worker) answers too; the one-file page says the population is left out;
// and nothing is requested from any origin but the app's own.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { DIST, useSession } from './harness.ts';

const session = useSession();
const SAMPLES = 200;

/** Opens the app on the 2014 model (free weights: every answer a range) with a preset household. */
async function openWithPreset(path = '/#lang=fr&model=cnaf-2014'): Promise<Page> {
  const page = await session.open(path);
  await page.locator('#preset').selectOption('single-mother-rsa');
  return page;
}

const openView = (page: Page) => page.getByTestId('population').locator('summary').first().click();
const status = (page: Page) => page.getByTestId('population-status').textContent();

/** Another threshold than the 166,000 the ensembles' cuts are stored for: the answers come from draws. */
async function drawsThreshold(page: Page): Promise<void> {
  await page.locator('#population-controls').fill('100000');
}

/** Waits until every draw is done: the ranges then cover 200 weight sets (or the ensemble's 300). */
async function waitForDraws(page: Page): Promise<void> {
  await page.getByTestId('population-rank').locator('.range').waitFor({ timeout: 30_000 });
  await expect.poll(() => page.getByTestId('population-cancel').count(), { timeout: 30_000 }).toBe(0);
  expect(await page.getByTestId('population-failure').count()).toBe(0);
}

/** The numbers (as fractions) of a French percentage text, in order. */
const percents = (text: string) =>
  [...text.matchAll(/(\d+(?:,\d+)?)\s?%/g)].map((m) => Number(m[1]!.replace(',', '.')) / 100);

describe('the population view', () => {
  it('renders the rank and the controlled group of a preset with their ranges, and says what it is', async () => {
    const page = await openWithPreset();
    const before = session.rec.requests.length;
    await openView(page);
    await waitForDraws(page);
    const view = page.getByTestId('population');
    const text = (await view.textContent()) ?? '';
    expect(text).toContain('synthétiques');
    // At the 166,000 controlled, the answers are over the ensemble app.knowledge reads, each
    // weighting's threshold the rank cut of the 166,000th household (issue 17).
    expect(text).toContain('Les réponses portent sur 300 pondérations compatibles avec ce qui est publié');
    expect(await page.getByTestId('population-share').textContent()).toMatch(
      /Dans \d+(,\d+)?\s% des pondérations compatibles avec ce qui est publié, ce foyer ferait partie des 166\s000/,
    );

    // The rank: a range of percentiles (low ≤ median ≤ high), then the placeholder example.
    const range = (await page.getByTestId('population-rank').locator('.range').textContent()) ?? '';
    expect(range).toMatch(/plus élevé que .* à .* des foyers \(médiane/);
    const [low, high, median] = percents(range);
    expect(low).toBeLessThanOrEqual(median!);
    expect(median).toBeLessThanOrEqual(high!);
    expect(high).toBeLessThanOrEqual(1);
    expect(await page.getByTestId('population-rank').locator('.example').textContent()).toMatch(
      /exemple de poids fictifs : plus élevé que \d+(,\d)?\s%\sdes foyers/,
    );

    // The chart is drawn, with a table behind it.
    expect(await page.getByTestId('population-chart').locator('rect').count()).toBeGreaterThan(10);
    expect(await page.getByTestId('population-histogram-table').locator('tbody tr').count()).toBeGreaterThan(10);

    // The composition: single parents' share among the controlled as a range, with its ratio.
    const row = page.getByTestId('population-groups').locator('tr[data-group="singleParent"]');
    const cells = await row.locator('td').allTextContents();
    expect(cells).toHaveLength(4);
    expect(percents(cells[0]!)[0]).toBeGreaterThan(0.1);
    expect(cells[1]).toMatch(/\d+(,\d)?\s% – \d+(,\d)?\s%/);
    expect(cells[2]).toMatch(/^× \d+,\d\d – \d+,\d\d$/);
    expect(await page.getByTestId('population-reported').textContent()).toMatch(/des 300 jeux de poids/);

    // The provenance card, one row per margin with its source.
    await page.getByTestId('population-provenance').locator('summary').click();
    const margins = page.getByTestId('population-provenance').locator('tbody tr');
    expect(await margins.count()).toBeGreaterThanOrEqual(8);
    expect(await page.getByTestId('population-provenance').textContent()).toContain('insee.fr');

    // WCAG 2.1 AA over the open view (its tables, the chart's table, the threshold box, the card).
    await page.getByTestId('population-histogram-table').locator('xpath=..').locator('summary').click();
    const axe = await new AxeBuilder({ page })
      .include('[data-testid="population"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // Nothing left the app's origin; and at 166,000 the view opened on the figures stored with the
    // ensembles: the population's records (population/foyers.js) were not even loaded.
    const requests = session.rec.requests.slice(before);
    expect(requests.filter((r) => r.includes('/population/foyers'))).toEqual([]);
    for (const r of requests) expect(r.startsWith(`${session.origin}/`) || r.startsWith('blob:'), r).toBe(true);
    await page.close();
  });

  it('stops the draws on request: the ranges then cover the draws done', async () => {
    const page = await openWithPreset();
    // Clicks "Arrêter" from inside the page as soon as 10 draws are done, long before all 200 can be.
    await page.evaluate(() => {
      const observer = new MutationObserver(() => {
        const shown = document.querySelector('[data-testid="population-status"]')?.textContent ?? '';
        const done = /Jeux de poids : (\d+)/.exec(shown);
        if (done && Number(done[1]) >= 10) {
          (document.querySelector('[data-testid="population-cancel"]') as HTMLButtonElement | null)?.click();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await openView(page);
    await drawsThreshold(page);
    await expect.poll(() => status(page), { timeout: 30_000 }).toMatch(/^\s*Arrêté/);
    const done = Number(/les (\d+) jeux de poids/.exec((await status(page)) ?? '')?.[1]);
    expect(done).toBeGreaterThanOrEqual(10);
    expect(done).toBeLessThan(SAMPLES);
    expect(await page.getByTestId('population-rank').locator('.range').count()).toBe(1);
    // It stays stopped, and can be started again.
    expect(await status(page)).toContain(`les ${done} jeux`);
    await page.getByTestId('population-restart').click();
    await waitForDraws(page);
    await page.close();
  });

  it('keeps scoring edits during the draws, without counting the busy worker as hung', async () => {
    const page = await openWithPreset();
    await openView(page);
    await drawsThreshold(page);
    await expect.poll(() => status(page), { timeout: 30_000 }).toMatch(/Jeux de poids : \d+ sur 200/);
    const score = () => page.getByTestId('score-example').textContent();
    const before = await score();
    // QPV raises the 2014 placeholder score: the edit is scored while the engine draws.
    await page.getByLabel('Logement en quartier prioritaire (QPV)').check();
    await expect.poll(score, { timeout: 30_000 }).not.toBe(before);
    await waitForDraws(page);
    expect(await page.getByText('Le calcul ne répondait plus').count()).toBe(0);
    await page.close();
  });

  it('answers with the engine in the page too (?no-worker), in English', async () => {
    const page = await openWithPreset('/?no-worker#lang=en&model=cnaf-2014');
    await openView(page);
    await waitForDraws(page);
    const text = (await page.getByTestId('population').textContent()) ?? '';
    expect(text).toContain('synthetic');
    expect(text).toContain('weightings compatible with what is published');
    expect(await page.getByTestId('population-rank').locator('.range').textContent()).toMatch(/scores higher than/);
    await page.close();
  });

  it('says plainly, in the one-file page, that the population is not included', async () => {
    const page = await session.context.newPage();
    await page.goto(`file://${DIST}standalone.html`);
    await page.getByTestId('score').waitFor();
    await openView(page);
    expect(await page.getByTestId('population-standalone').textContent()).toContain(
      'La population synthétique n’est pas incluse',
    );
    await page.close();
  });
});

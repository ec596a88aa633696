// Calibrating an IMPORTED model in the worker, in Chromium: the page says it has no compatible
// weightings yet and offers to calibrate it; the run shows its progress and can be stopped (the page
// then says what is left); a small model's run goes to the end, and the headline and the knowledge
// panel's line per published figure then answer from the weightings calibrated in the worker.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSession } from './harness.ts';

const session = useSession();
// A calibration takes seconds to a minute on a loaded machine: every wait is on what the page shows.
const RUN = 240_000;
const SHOTS = process.env.SHOTS;
const poll = <T>(fn: () => T | Promise<T>, timeout = 30_000) => expect.poll(fn, { timeout, interval: 100 });

/** DMDE modèle 1 under another id: 21 free weights, a run long enough to be stopped under way. */
const LARGE = JSON.stringify({
  ...JSON.parse(readFileSync(new URL('../../src/models/dmde-2026-modele-1.json', import.meta.url), 'utf8')),
  id: 'dmde-copie',
});
/** Five free numbers: the worker calibrates it on the default figures in seconds. */
const SMALL = readFileSync(new URL('../fixtures/models/free-weights.csv', import.meta.url));

async function importModel(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await page.getByTestId('model-file').setInputFiles({ name, mimeType, buffer });
  await poll(() => page.getByText(`Modèle chargé : ${name}`).count()).toBe(1);
  // No weightings compatible with what is published yet: said, with the button to calibrate.
  await page.getByTestId('headline-not-calibrated').waitFor({ timeout: 30_000 });
}

describe('calibrating an imported model in the worker', () => {
  it('shows the progress, stops when asked and says what is left', async () => {
    const page = await session.open('/#lang=fr');
    await importModel(page, 'dmde-copie.json', 'application/json', Buffer.from(LARGE));
    await page.getByTestId('calibrate-model').click();
    const progress = page.getByTestId('calibration-progress');
    await progress.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('calibrate-model').isDisabled()).toBe(true);
    // weight sets tried, step by step, out of at most 30,000 (100 × 300 particles)
    await poll(() => progress.locator('progress').getAttribute('value'), RUN).not.toBe('0');
    expect(await progress.locator('progress').getAttribute('max')).toBe('30000');
    expect(await progress.textContent()).toMatch(
      /Calibration en cours : étape \d+, [\d\s\u202f]+ pondérations essayées/,
    );
    await page.getByTestId('calibration-stop').click();
    const stopped = page.getByTestId('calibration-stopped');
    await stopped.waitFor({ timeout: RUN });
    expect(await progress.count()).toBe(0);
    // Nothing was kept: still no answer of its own, and the page says so rather than "directions only".
    expect(await stopped.textContent()).toMatch(/n’a toujours pas de pondérations compatibles/);
    expect(await page.getByTestId('headline-not-calibrated').count()).toBe(1);
    expect(await page.getByTestId('headline').count()).toBe(0);
    expect(await page.getByTestId('calibrate-model').isEnabled()).toBe(true);
    await page.close();
  });

  it('runs to the end: the headline and the line per figure answer from the worker’s weightings', async () => {
    const page = await session.open('/#lang=fr');
    await importModel(page, 'free-weights.csv', 'text/csv', SMALL);
    await page.getByTestId('calibrate-model').click();
    const met = page.getByTestId('calibration-met');
    await met.waitFor({ timeout: RUN });
    expect(await met.textContent()).toMatch(
      /Calibration terminée : 300 pondérations compatibles \([\d\s\u202f]+ essayées\)/,
    );
    const lead = page.getByTestId('headline');
    await lead.waitFor({ timeout: 30_000 });
    const share = (await lead.textContent())!.match(/Dans (\d+,\d)\s%\sdes pondérations compatibles/)?.[1];
    expect(share).toBeDefined();

    // The knowledge panel: each figure with the answer with it and without it, and the table.
    await page.getByTestId('knowledge-targets').locator('summary').click();
    const row = page.getByTestId('narrowing-row-single_parent_share_controlled');
    await row.waitFor({ timeout: 30_000 });
    const cells = await row.locator('td').allTextContents();
    // With the figure (ticked): the worker's calibrated weightings, the share the headline leads with.
    expect(cells[0]).toMatch(new RegExp(`^${share}\\s%$`));
    expect(cells[1]).toMatch(/^\d+,\d\s% à \d+,\d\s%$/);
    expect(cells[5]).toMatch(/^300 \/ \d+$/);
    const table = page.getByTestId('narrowing-table');
    expect(await table.locator('caption').textContent()).toBe('Ce que chaque chiffre publié change pour ce foyer');
    expect(await table.locator('th[scope="col"]').count()).toBe(7);
    expect(await table.locator('tbody th[scope="row"]').count()).toBe(4);
    expect(await page.getByTestId('target-narrowing').first().textContent()).toMatch(
      /^\s*Avec ce chiffre : .*Sans lui : /,
    );
    expect(await page.getByTestId('narrowing-how').textContent()).toMatch(
      /Lecture des 36 % : le groupe contrôlé est celui du datamining/,
    );
    if (SHOTS) await page.getByTestId('knowledge-targets').screenshot({ path: `${SHOTS}/knowledge-narrowing.png` });
    await page.close();
  });
});

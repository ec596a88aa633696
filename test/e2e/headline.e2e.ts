// The headline in Chromium: among the 166,000 controlled in X % of the weightings compatible with
// what is published, the rank band; the switch to the directions only changes it; unticking a
// published figure re-calibrates the model in the worker, with progress, and can be stopped.

import { describe, expect, it } from 'vitest';
import { useSession } from './harness.ts';

const session = useSession();
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 50 });
const SHOTS = process.env.SHOTS;

describe('the headline in Chromium', () => {
  it('leads with the share of compatible weightings and the rank band; the switch to the directions only changes it', async () => {
    const page = await session.open('/#lang=fr');
    const lead = page.getByTestId('headline');
    await lead.waitFor({ timeout: 30_000 });
    expect(await lead.textContent()).toMatch(
      /^\s*Dans \d+,\d\s%\sdes pondérations compatibles avec ce qui est publié, ce foyer ferait partie des 166 000 foyers contrôlés\.\s*$/,
    );
    const rank = await page.getByTestId('headline-rank').textContent();
    const [low, high] = [...rank!.matchAll(/(\d+,\d)\s%/g)].map((m) => Number(m[1]!.replace(',', '.')));
    expect(low).toBeLessThanOrEqual(high!);
    expect(rank).toMatch(/plus haut que celui de .* à .* des 13,8 millions de foyers/);
    expect(await page.getByTestId('headline-narrowing').textContent()).toMatch(
      /chiffres publiés (resserrent|élargissent|ne changent pas)/,
    );
    // The probability band is named by what the model predicts, never "probabilité de contrôle".
    expect(await page.locator('.card').first().textContent()).not.toMatch(/probabilité de contrôle/i);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/headline-published.png`, fullPage: false });

    const before = `${await lead.textContent()} ${rank}`;
    await page.getByRole('radio', { name: 'les sens seulement' }).check();
    await poll(() => lead.textContent()).toMatch(/pondérations permises par les sens connus/);
    const after = `${await lead.textContent()} ${await page.getByTestId('headline-rank').textContent()}`;
    expect(after).not.toBe(before);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/headline-directions.png`, fullPage: false });
    await page.close();
  });

  it('re-calibrates when a published figure is unticked, with progress, and stops when asked', async () => {
    const page = await session.open('/#lang=fr');
    await page.getByTestId('headline').waitFor({ timeout: 30_000 });
    await page.getByTestId('knowledge-targets').locator('summary').click();
    const box = page.getByTestId('target-targeted_hit_rate').getByRole('checkbox');
    expect(await box.isChecked()).toBe(true);
    expect(await page.getByTestId('target-keeps').count()).toBeGreaterThan(0);
    await box.uncheck();
    const progress = page.getByTestId('calibration-progress');
    await progress.waitFor({ timeout: 30_000 });
    // until the new calibration is done, the answer is the directions-only one, and says so
    await page.getByTestId('headline-targets-pending').waitFor();
    await poll(() => progress.locator('progress').getAttribute('value')).not.toBe('0');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/headline-calibrating.png`, fullPage: true });
    await page.getByTestId('calibration-stop').click();
    await page.getByTestId('calibration-stopped').waitFor({ timeout: 30_000 });
    expect(await progress.count()).toBe(0);
    await page.close();
  });
});

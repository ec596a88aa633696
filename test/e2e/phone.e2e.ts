// On a phone the score stays in sight while the form is edited: a bar at the bottom of the screen
// with the score and its change since the last edit; wide screens, which show both columns, have none.

import { describe, expect, it } from 'vitest';
import { useSession } from './harness.ts';

const session = useSession({ viewport: { width: 390, height: 760 } });

describe('the sticky score bar', () => {
  it('keeps the score and its change in sight while the form is edited on a phone', async () => {
    const page = await session.open('/#lang=fr');
    const bar = page.getByTestId('sticky-score');
    const earnings = page.getByLabel('Revenus d’activité nets (€/mois)').first();
    await earnings.scrollIntoViewIfNeeded();
    const inView = async () => {
      const b = (await bar.boundingBox())!;
      return b.y >= 0 && b.y + b.height <= 760 + 1;
    };
    expect(await inView()).toBe(true);
    const headline = () => page.getByTestId('score').textContent();
    await expect.poll(async () => bar.locator('strong').textContent()).toBe(await headline());
    const before = await headline();
    await earnings.fill('1700');
    await expect.poll(headline).not.toBe(before);
    await expect.poll(async () => bar.locator('strong').textContent()).toBe(await headline());
    expect(await bar.locator('.delta').textContent()).toMatch(/^[+−]\d+,\d\s?pt depuis la dernière modification$/);
    expect(await inView()).toBe(true);
    await page.close();
  });

  it('is not shown where the form and the score sit side by side', async () => {
    const page = await session.open('/#lang=fr');
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => page.getByTestId('sticky-score').isVisible()).toBe(false);
    await page.close();
  });
});

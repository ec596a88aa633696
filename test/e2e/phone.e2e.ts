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

describe('at 360 px', () => {
  it('the bar shows the range while weights are free, as the score panel does', async () => {
    const page = await session.open('/#lang=fr');
    await page.setViewportSize({ width: 360, height: 740 });
    const bar = page.getByTestId('sticky-score');
    await expect.poll(() => bar.isVisible()).toBe(true);
    const headline = await page.getByTestId('score').textContent();
    expect(headline).toMatch(/^\d+,\d\s%\s–\s\d+,\d\s%$/);
    await expect.poll(() => bar.locator('strong').textContent()).toBe(headline);
    await page.close();
  });

  it('says when a table scrolls, names it, and lets the keyboard scroll it', async () => {
    const page = await session.open('/#lang=fr');
    await page.setViewportSize({ width: 360, height: 740 });
    const region = page.getByRole('region', { name: 'Vos droits estimés — RSA' });
    await region.waitFor();
    await expect.poll(() => region.getAttribute('aria-describedby')).toMatch(/^scroll-hint-/);
    const hint = page.locator(`#${await region.getAttribute('aria-describedby')}`);
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toContain('faites-le défiler de côté');
    // The edge shadows are drawn by the region's own background.
    expect(await region.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('radial-gradient');
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    // Wide enough, the same table no longer scrolls and no hint is shown.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => region.getAttribute('aria-describedby')).toBe(null);
    await page.close();
  });

  it('each benefit has one headline amount, with the amount the model reads and why they differ', async () => {
    const page = await session.open('/#lang=fr');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByTestId('droits').waitFor();
    expect(await page.getByTestId('pa-amount').count()).toBe(1);
    expect(await page.getByTestId('rsa-amount').count()).toBe(1);
    for (const id of ['pa-seen', 'rsa-seen'])
      expect(await page.getByTestId(id).textContent()).toMatch(
        /^Moyenne des 12 derniers mois, celle que le modèle lit : \d[\d\s]*,\d\d\s€$/,
      );
    const why = page.getByTestId('mean-why');
    expect(await why.isVisible()).toBe(true);
    expect(await why.textContent()).toContain('le droit du mois est ce que la CAF verserait ce mois-ci');
    await page.close();
  });
});

// The workshop deck on a projector-sized screen: preset cards moved through with the keyboard, what
// holds whatever the weights before the one example, then the share of weightings under which it would
// be controlled, the pinned households on one rank axis, Esc to
// close, and axe's enhanced contrast rule (AAA) passing in the dialog.

import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { useSession } from './harness.ts';

// bypassCSP: axe injects its script into the page.
const session = useSession({ viewport: { width: 1280, height: 720 }, bypassCSP: true });

describe('the workshop deck', () => {
  it('shows each preset as a card, range first, and moves with the arrow keys', async () => {
    const page = await session.open('/#lang=fr');
    const presets = (await page.getByLabel('Épingler un exemple').locator('option').allTextContents()).slice(1);
    const opener = page.getByTestId('deck-open');
    await opener.click();
    const deck = page.getByTestId('deck');
    const card = page.getByTestId('deck-card');
    await expect.poll(() => deck.isVisible()).toBe(true);
    expect(await card.locator('h3').textContent()).toBe(presets[0]);
    const range = page.getByTestId('deck-range');
    await range.waitFor();
    expect(await range.textContent()).toMatch(/le score de ce foyer est\s+entre \d+,\d\s%\s+et \d+,\d\s%/);
    // What holds whatever the weights comes before the example weighting, which says what it is.
    // Then the one threshold: under how many weightings it would be among the 166,000 controlled.
    await card.getByTestId('controlled-share').waitFor();
    const order = await card.evaluate((el) =>
      [...el.querySelectorAll('[data-testid]')].map((e) => e.getAttribute('data-testid')),
    );
    expect(order).toEqual(['deck-range', 'deck-example', 'deck-controlled', 'controlled-share']);
    expect(await page.getByTestId('deck-example').textContent()).toContain('poids inventés');

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => card.locator('h3').textContent()).toBe(presets[1]);
    expect(await page.getByTestId('deck-position').textContent()).toBe(`Carte 2 sur ${presets.length + 1}`);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => card.locator('h3').textContent()).toBe(presets[0]);
    await page.keyboard.press('End');
    await expect.poll(() => card.locator('h3').textContent()).toBe('Foyers épinglés, sur le même axe');
    expect(await card.textContent()).toContain('Aucun foyer épinglé');

    const axe = await new AxeBuilder({ page })
      .include('[data-testid="deck"]')
      .withRules(['color-contrast', 'color-contrast-enhanced', 'button-name', 'aria-allowed-attr'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect.poll(() => deck.isVisible()).toBe(false);
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it('puts the pinned households on one shared axis, each with its range', async () => {
    const page = await session.open('/#lang=en');
    const select = page.getByLabel('Pin an example');
    const labels = (await select.locator('option').allTextContents()).slice(1, 4);
    for (const label of labels) await select.selectOption({ label });
    await page.getByTestId('deck-open').click();
    await page.keyboard.press('End');
    const grid = page.getByTestId('deck-pins');
    // The rows come as each pin's ranges are computed: wait for all three, never read a partial grid.
    await expect.poll(() => grid.locator('tbody th').allTextContents()).toEqual(labels);
    // Each with the one threshold: the share of weightings under which it would be controlled, its rank band.
    const line =
      /^Under \d+(\.\d+)?\s?% of the weightings compatible with what is published, this household would be among the 166,000 controlled \(a higher score than \d+(\.\d+)?\s?% to \d+(\.\d+)?\s?% of the 13\.8 million households\)\.$/;
    await expect
      .poll(async () => (await grid.locator('tbody td.num').allTextContents()).map((c) => line.test(c.trim())))
      .toEqual([true, true, true]);
    // One axis: the rank among all households, every bar within the same column.
    await expect.poll(() => grid.locator('caption').textContent()).toMatch(/Rank among the 13\.8 million households/);
    const spans = () =>
      grid.locator('tbody .span').evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          const c = e.parentElement!.getBoundingClientRect();
          return r.left >= c.left - 1 && r.right <= c.right + 5 && r.width > 0;
        }),
      );
    await expect.poll(spans).toEqual([true, true, true]);
    expect(session.rec.errors).toEqual([]);
    await page.close();
  });
});

// One threshold everywhere (issue 17): for the same household, the what-if answer, the population
// view, the pins, the workshop deck and the printed handout say the same "controlled or not": the
// same share of the weightings compatible with what is published under which it would be among the
// 166,000 controlled, read from each one's text. Waits on conditions only.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useSession } from './harness.ts';

const session = useSession({ viewport: { width: 1280, height: 900 } });
const poll = expect.poll;

/** The first percentage of a French text, as written ("12,3 %"). */
const firstPercent = (text: string | null) => /(\d+(?:,\d+)?)\s?%/.exec(text ?? '')?.[1] ?? null;

/** Waits for a share sentence to be there and returns its percentage and its exact share. */
async function shareOf(where: Locator): Promise<{ text: string; share: number }> {
  await where.waitFor({ state: 'attached', timeout: 30_000 });
  const text = (await where.textContent()) ?? '';
  expect(text).toMatch(/^\s*Dans \d+(,\d+)?\s?% des pondérations compatibles avec ce qui est publié/);
  expect(text).toMatch(/166\s000 foyers contrôlés/);
  return { text: firstPercent(text)!, share: Number(await where.getAttribute('data-share')) };
}

async function openHousehold(): Promise<Page> {
  const page = await session.open('/#lang=fr&model=cnaf-2014');
  await page.locator('#preset').selectOption('single-mother-rsa');
  return page;
}

/** The same preset pinned: the pins, the deck's last card and the handout read it. */
async function pinIt(page: Page): Promise<void> {
  const select = page.getByLabel('Épingler un exemple');
  const label = await select.locator('option[value="single-mother-rsa"]').textContent();
  await select.selectOption({ label: label! });
  await poll(() => page.getByTestId('pin-0').count()).toBe(1);
}

describe('one threshold everywhere', () => {
  it('gives the same controlled share in the what-if answer, the population view, the pins, the deck and the handout', async () => {
    const page = await openHousehold();
    const answers: Record<string, { text: string; share: number }> = {};

    // What would change it: the search over the same ensemble, its first sentence the share now.
    const panel = page.getByTestId('sensitivity');
    await panel.getByText('Voir les courbes, élément par élément').click();
    await panel.getByRole('button', { name: 'Chercher' }).click();
    answers.whatIf = await shareOf(panel.getByTestId('what-if-share'));
    expect(await panel.getByTestId('what-if').textContent()).toMatch(
      /166\s000 scores les plus élevés sur 13,8 millions/,
    );
    // The goal said, and the search's answer: a change, none, or nothing to change.
    expect(await panel.getByTestId('what-if-share').textContent()).toMatch(
      /Le plus petit changement|Aucun changement plausible|rien à changer/,
    );

    // The population view: the household's place, a lookup, once the view is open.
    await page.getByTestId('population').locator('summary').first().click();
    answers.population = await shareOf(page.getByTestId('population-share'));

    // Pinning the household clears the what-if answer (it was asked before): pin it now.
    await pinIt(page);
    // The pins: the current household and the pinned copy of it.
    answers.current = await shareOf(page.getByTestId('pin-current').getByTestId('controlled-share'));
    answers.pinned = await shareOf(page.getByTestId('pin-0').getByTestId('controlled-share'));

    // The handout printed for the pin (in the page, shown on paper only).
    answers.handout = await shareOf(page.getByTestId('controlled-handout-0').getByTestId('controlled-share'));

    // The deck's last card: the pinned households on one rank axis.
    await page.getByTestId('deck-open').click();
    await page.keyboard.press('End');
    answers.deck = await shareOf(page.getByTestId('deck-pins').getByTestId('controlled-share').first());

    const texts = Object.values(answers).map((a) => a.text);
    const shares = Object.values(answers).map((a) => a.share);
    expect(new Set(texts).size, JSON.stringify(answers)).toBe(1);
    expect(new Set(shares).size, JSON.stringify(answers)).toBe(1);
    expect(shares[0]).toBeGreaterThanOrEqual(0);
    expect(shares[0]).toBeLessThanOrEqual(1);
    await page.close();
  }, 180_000);
});

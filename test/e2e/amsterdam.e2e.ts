// Amsterdam's Slimme Check in the page (issue 18): choose the model, its own form opens on a published
// profile; "no-shows last year" from 0 to 3 moves the exact score and the term's chart by the published
// bins; the two versions side by side; the form's profile travels in the share link. Waits on conditions.
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { useSession } from './harness.ts';

const session = useSession({ viewport: { width: 1280, height: 900 } });
const poll = expect.poll;
const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const logit = (p: number) => Math.log(p / (1 - p));

// Published (ebm-terms.csv, 2022-05-23): afspraken_no_show_count_last_year bins [-inf, 0.5) and [2.5, inf).
const NO_SHOW_0 = -0.023059125540683883;
const NO_SHOW_3 = 1.9061515846906498;
// Published score of the profile the form starts from (model_scoring_comparison.csv row 2).
const ROW_2 = { early: 0.5368090774517874, late: 0.520267802060416 };

describe('the Amsterdam Slimme Check in the page', () => {
  it('scores the form’s profile exactly, moves score and chart by the published bins, compares the versions', async () => {
    const page = await session.open('/#lang=fr');
    await page.locator('#model').selectOption('amsterdam-slimme-check-2022-05-23');
    const score = page.getByTestId('app-score');
    await score.waitFor();
    const read = async () => Number(await score.getAttribute('data-score'));
    // The form starts from a published profile: its published score, exact.
    await poll(read).toBeCloseTo(ROW_2.early, 12);
    await expect(page.getByTestId('app-exact').textContent()).resolves.toMatch(/Score exact/);
    await expect(page.getByTestId('app-context').textContent()).resolves.toMatch(/pas les 166\s000 contrôles/);

    const chart = page.getByTestId('term-chart-afspraken_no_show_count_last_year');
    const term = async () => Number(await chart.getByTestId('term-here').getAttribute('data-term'));
    expect(await term()).toBe(NO_SHOW_0);

    const field = page.getByRole('spinbutton', { name: /Rendez-vous manqués l’an dernier/ });
    await field.fill('3');
    await poll(term).toBe(NO_SHOW_3);
    const after = await read();
    expect(after).toBeCloseTo(logistic(logit(ROW_2.early) + NO_SHOW_3 - NO_SHOW_0), 12);

    // The two versions, same profile, term by term.
    const versions = page.getByTestId('versions');
    await versions.waitFor();
    await expect(versions.getByTestId('versions-row-afspraken_no_show_count_last_year').textContent()).resolves.toMatch(
      /1,9/,
    );
    expect(await versions.getByTestId('versions-score-a').textContent()).toMatch(/%/);
    // The other version on its own: the same profile, its own published bins.
    await page.locator('#model').selectOption('amsterdam-slimme-check-2022-05-31');
    await poll(async () => (await page.getByTestId('application-result').textContent()) ?? '').toMatch(/2022-05-31/);
    await poll(term).toBe(1.447103887921836); // [2.5, 3.5) of the reweighted model
    // The facts, with the register and Lighthouse Reports.
    const facts = page.getByTestId('model-facts');
    expect(await facts.getByTestId('fact-auc').textContent()).toMatch(/0,635/);
    expect(await facts.locator('a[href*="algoritmes.overheid.nl"]').count()).toBe(1);
    expect(await facts.locator('a[href*="Lighthouse-Reports"]').count()).toBeGreaterThan(0);
  });

  it('keeps the profile in the share link', async () => {
    // Not session.open: it waits for the household score, which this model's page does not show.
    const page = await session.context.newPage();
    await page.goto(session.origin + '/#lang=fr&model=amsterdam-slimme-check-2022-05-23');
    await page.getByTestId('app-score').waitFor();
    await page.getByRole('spinbutton', { name: /Rendez-vous manqués l’an dernier/ }).fill('2');
    await page.getByRole('button', { name: 'Copier le lien de partage' }).click();
    await poll(() => page.evaluate(() => location.hash)).toMatch(/profil=/);
    const hash = await page.evaluate(() => location.hash);
    const again = await session.context.newPage();
    await again.goto(session.origin + '/' + hash);
    await again.getByTestId('app-score').waitFor();
    await poll(() => again.getByRole('spinbutton', { name: /Rendez-vous manqués l’an dernier/ }).inputValue()).toBe(
      '2',
    );
  });

  it('has no serious or critical axe violation, in French and English, a term’s table open', async () => {
    for (const lang of ['fr', 'en']) {
      const page = await session.context.newPage();
      await page.goto(`${session.origin}/#lang=${lang}&model=amsterdam-slimme-check-2022-05-31`);
      await page.getByTestId('app-score').waitFor();
      await page.getByTestId('term-chart-active_address_count').locator('summary').click();
      await page.getByTestId('term-chart-active_address_count').locator('table').waitFor();
      const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      expect(bad, lang).toEqual([]);
      await page.close();
    }
  }, 240_000);
});

// The rights as a person reads them on the page: a birth month decides the ARS where an age cannot, and a
// 70-year-old is told that the ASPA comes before the RSA.
import { describe, expect, it } from 'vitest';
import { useSession } from './harness.ts';

const session = useSession();
/** A euro amount shown on the page ("429,01 €") as a number. */
const euros = (text: string | null) => Number((text ?? '').replace(/[^\d,-]/g, '').replace(',', '.'));

describe('rights on the page', () => {
  it('the 5-year-old born in November 2020 gets the ARS of August 2026; the age alone does not', async () => {
    const page = await session.open();
    await page.getByLabel('Mois de la situation').fill('2026-08');
    await page.getByRole('button', { name: 'Ajouter un enfant' }).click();
    await page.getByLabel('Enfant 1 — Âge').fill('5');
    // The age alone: the sixth birthday is taken in the middle of the year, after the ARS's 1 February.
    await expect.poll(async () => euros(await page.getByTestId('family-ars').textContent())).toBe(0);
    await expect.poll(() => page.getByTestId('birth-month-why').count()).toBe(1);
    await page.getByLabel('Enfant 1 — Mois et année de naissance').fill('2020-11');
    // 89.72 % of the BMAF of April 2026 (478.16 €) = 429.01 € for a child of 6 to 10 (D543-1, R543-2).
    await expect.poll(async () => euros(await page.getByTestId('family-ars').textContent())).toBe(429.01);
    expect(await page.getByTestId('child-0-age').textContent()).toMatch(/5 ans/);
    expect(await page.getByTestId('birth-month-why').count()).toBe(0);
    expect(await page.getByTestId('why-ars').textContent()).toMatch(/1 enfant/);
    // Nothing that grants a right is ticked for the household: no ASF until the other parent's absence is said.
    expect(await page.getByLabel(/L’autre parent ne participe pas/).isChecked()).toBe(false);
    expect(euros(await page.getByTestId('family-asf').textContent())).toBe(0);
    await page.close();
  });

  it('a 70-year-old without income sees that the ASPA comes before the RSA, with the official page', async () => {
    const page = await session.open();
    expect(await page.getByTestId('aspa-notice').count()).toBe(0);
    await page.getByLabel('Âge', { exact: true }).fill('70');
    await page.getByLabel('Revenus d’activité nets (€/mois)').first().fill('0');
    await expect.poll(() => page.getByTestId('aspa-notice').count()).toBe(1);
    expect(await page.getByTestId('aspa-notice').textContent()).toMatch(/ASPA.*passe avant le RSA/);
    expect(await page.getByTestId('aspa-notice').locator('a').getAttribute('href')).toBe(
      'https://www.service-public.fr/particuliers/vosdroits/F16871',
    );
    // Earnings at 0 after months of work: the form asks whether the job ended (R262-13 CASF).
    await expect.poll(() => page.getByTestId('earnings-zero-ask-0').count()).toBe(1);
    expect(session.rec.errors).toEqual([]);
    await page.close();
  });
});

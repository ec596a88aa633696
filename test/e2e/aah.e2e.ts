// The AAH and the prime à la naissance as a person reads them on the page: an incapacity rate given in the form
// makes the law compute the AAH (and says how), a 50–79 % rate needs the RSDAE, an expected birth dates the prime;
// each has its "Je ne la demande pas" box, as the other benefits do.
import { describe, expect, it } from 'vitest';
import { useSession } from './harness.ts';

const session = useSession();
/** A euro amount shown on the page ("889,54 €") as a number. */
const euros = (text: string | null) => Number((text ?? '').replace(/[^\d,-]/g, '').replace(',', '.'));

describe('the AAH and the prime à la naissance on the page', () => {
  it('computes the AAH of a working adult from the rate, asks for the RSDAE at 50–79 %, and dates the prime', async () => {
    const page = await session.open();
    await page.getByLabel('Mois de la situation').fill('2025-06');
    await page.getByLabel('Revenus d’activité nets (€/mois)').first().fill('600');
    expect(await page.getByTestId('aah-rights').count()).toBe(0);
    await page.getByLabel('Taux d’incapacité reconnu par la CDAPH').selectOption({ label: '80 % ou plus' });
    // 7 200 € a year; 20 % of 6 486,62 + 60 % of 713,38 = 1 725,35; (12 × 1 033,32 − 1 725,35) / 12 (D821-9, D821-2).
    await expect.poll(async () => euros(await page.getByTestId('amount-aah-0').textContent())).toBe(889.54);
    expect(await page.getByTestId('why-aah-0').textContent()).toMatch(/D821-9/);
    expect(await page.getByTestId('why-aah-0').locator('a').getAttribute('href')).toBe(
      'https://www.service-public.fr/particuliers/vosdroits/F12242',
    );
    await page.getByLabel('Taux d’incapacité reconnu par la CDAPH').selectOption({ label: 'de 50 à 79 %' });
    await expect.poll(async () => page.getByTestId('amount-aah-0').textContent()).toBe('Pas de droit');
    await page.getByLabel(/Restriction substantielle et durable/).check();
    await expect.poll(async () => euros(await page.getByTestId('amount-aah-0').textContent())).toBe(889.54);
    await page.getByLabel('Grossesse en cours').check();
    await page.getByLabel('Mois de naissance attendu').fill('2025-08');
    // 229,75 % of the BMAF of April 2025 (474,37 €), paid two months before the birth (D531-2).
    await expect.poll(async () => euros(await page.getByTestId('amount-primeNaissance').textContent())).toBe(1089.87);
    // Not claimed, as the RSA's and the family's boxes say it: the amount stays, a sentence says it is not asked for.
    expect(await page.getByTestId('unclaimed-aah-0').count()).toBe(0);
    await page.getByLabel('Je ne la demande pas (AAH)').check();
    await expect
      .poll(async () => page.getByTestId('unclaimed-aah-0').textContent())
      .toMatch(/^Vous ne la demandez pas : vous pourriez avoir droit à environ 889,54\s€ par mois d’AAH\.$/);
    await page.getByLabel('Je ne la demande pas (Prime à la naissance)').check();
    await expect
      .poll(async () => page.getByTestId('unclaimed-primeNaissance').textContent())
      .toMatch(/vous pourriez avoir droit à 1\s089,87\s€ de prime à la naissance/);
    await page.getByLabel('Je ne la demande pas (AAH)').uncheck();
    await expect.poll(async () => page.getByTestId('unclaimed-aah-0').count()).toBe(0);
    expect(session.rec.errors).toEqual([]);
    await page.close();
  });
});

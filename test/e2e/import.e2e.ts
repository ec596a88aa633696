// A coefficient table of thousands of variables, imported in the page: it loads, scores, and the
// page lists what a person can read — the largest contributions, one row for the rest, the first
// weights and a filter for the others — with every repeated warning counted rather than listed.
// (How long it takes is a figure of `npm run bench`, not a test.)

import { describe, expect, it } from 'vitest';
import { readScore, useSession } from './harness.ts';

const session = useSession();
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** Two variables the app derives from a household, then 5,000 it cannot: all weights published. */
const N = 5000;
const TABLE = ['variable,level,coefficient,status', 'intercept,,-3,published', 'tutelle,1,0.5,published']
  .concat('montant_moyen_rsa_12m,*,0.002,published')
  .concat(Array.from({ length: N }, (_, i) => `v${i},1,${(i % 97) / 1000},published`))
  .join('\n');

describe('a table of 5,002 variables', () => {
  it('loads, scores with its weights and lists 40 contributions, the rest in one row', async () => {
    const page = await session.open();
    await page.getByLabel('Montants que je saisis').check();
    await page.getByLabel('RSA', { exact: true }).fill('300');
    await page.getByLabel('Dossier géré par une tutelle ou curatelle').check();
    await page
      .getByTestId('model-file')
      .setInputFiles({ name: 'grand.csv', mimeType: 'text/csv', buffer: Buffer.from(TABLE) });
    await expect.poll(() => page.getByText('Modèle chargé : grand.csv').count(), { timeout: 30_000 }).toBe(1);
    // the 5,000 unknown variables: twenty warnings word for word, then one line counting 4,980 more
    await expect.poll(() => page.getByText('… et 4 980 autres du même type, à partir de cette ligne').count()).toBe(1);
    // −3 + 0.5 (tutelle) + 0.002 × 300 (RSA): the other variables are not set by a household
    await expect.poll(() => readScore(page), { timeout: 30_000 }).toBeCloseTo(logistic(-1.9), 3);
    const waterfall = page.getByTestId('waterfall');
    await expect.poll(() => waterfall.locator('[data-variable]').count()).toBe(40);
    expect(await waterfall.locator('[data-variable="tutelle"]').count()).toBe(1);
    expect(await waterfall.locator('[data-variable="montant_moyen_rsa_12m"]').count()).toBe(1);
    expect(await waterfall.getByTestId('folded-row').innerText()).toMatch(/4\u202f962 autres variables/);
  });

  it('lists the first 100 of its 5,003 weights, and finds any other by its id', async () => {
    const page = await session.open();
    await page
      .getByTestId('model-file')
      .setInputFiles({ name: 'grand.csv', mimeType: 'text/csv', buffer: Buffer.from(TABLE) });
    await expect.poll(() => page.getByText('Modèle chargé : grand.csv').count(), { timeout: 30_000 }).toBe(1);
    await page.getByText('Pour les expert·es : modifier les pondérations').click();
    const panel = page.getByTestId('weights');
    await expect.poll(() => panel.locator('[data-weight]').count()).toBe(100);
    expect(await panel.getByText('Poids affichés : 100 sur 5 003').count()).toBe(1);
    await panel.getByLabel('Chercher un poids (libellé ou identifiant)').fill('v4321');
    await expect.poll(() => panel.locator('[data-weight]').count()).toBe(1);
    expect(await panel.locator('[data-weight="v4321"]').count()).toBe(1);
    expect(await panel.getByText('Poids affichés : 1 sur 1').count()).toBe(1);
  });
});

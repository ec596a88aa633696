// Two tabs of one browser on one remembered household: an edit in either is never silently lost
// (the other tab follows and says so), and unticking "Se souvenir…" in one holds in every tab.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSession } from './harness.ts';

const session = useSession();
const REMEMBER = 'Se souvenir de ce foyer sur cet appareil';
const EARNINGS = 'Revenus d’activité nets (€/mois)';
const RENT = 'Loyer (€/mois)';
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('score-caf:foyer'));
/** Resolves after the page has painted a frame: the effects of what came before have run. */
const settled = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe('two tabs on one remembered household', () => {
  it('loses neither tab’s edit: each tab follows the other and says so', async () => {
    const a = await session.open();
    await a.getByLabel(REMEMBER).check();
    await expect.poll(() => stored(a)).not.toBeNull();
    const b = await session.open();
    expect(await b.getByLabel(REMEMBER).isChecked()).toBe(true);

    await a.getByLabel(EARNINGS).first().fill('1111');
    await expect.poll(() => stored(a)).toMatch(/"earnings":1111\b/);
    // B follows A's edit before its own, so that its own does not write A's old earnings back.
    await expect.poll(() => b.getByLabel(EARNINGS).first().inputValue()).toBe('1111');
    await b.getByTestId('other-tab').waitFor();
    expect(await b.getByTestId('other-tab').textContent()).toMatch(/autre onglet/);

    await b.getByLabel(RENT).fill('777');
    await expect.poll(() => stored(b)).toMatch(/"rent":777\b/);
    expect(await stored(b)).toMatch(/"earnings":1111\b/);
    await expect.poll(() => a.getByLabel(RENT).inputValue()).toBe('777');
    expect(await a.getByLabel(EARNINGS).first().inputValue()).toBe('1111');

    // Unticked in A: erased, unticked in B too, and B's next edit writes nothing back.
    await a.getByLabel(REMEMBER).uncheck();
    await expect.poll(() => a.evaluate(() => localStorage.length)).toBe(0);
    await expect.poll(() => b.getByLabel(REMEMBER).isChecked()).toBe(false);
    await b.getByLabel(RENT).fill('555');
    await settled(b);
    await b.getByLabel(EARNINGS).first().fill('2222');
    await settled(b);
    expect(await b.evaluate(() => localStorage.length)).toBe(0);
    await a.reload();
    await a.getByTestId('score').waitFor();
    expect(await a.getByLabel(REMEMBER).isChecked()).toBe(false);
    await Promise.all([a.close(), b.close()]);
  }, 180_000);

  it('opens a second tab on kept models without telling either tab that the other changed them', async () => {
    const a = await session.open();
    await a.getByLabel(REMEMBER).check();
    const csv = 'variable,level,coefficient\nintercept,,-1.5\ntutelle,1,0.5\n';
    await a
      .getByTestId('model-file')
      .setInputFiles({ name: 'mes-poids.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => a.evaluate(() => localStorage.getItem('score-caf:modeles'))).toMatch(/mes-poids\.csv/);
    const b = await session.open();
    await b.waitForFunction(() => performance.getEntriesByName('app:engine-ready').length > 0);
    await expect.poll(() => b.locator('#model').inputValue()).toBe(await a.locator('#model').inputValue());
    await settled(b);
    await settled(a);
    expect(await a.getByTestId('other-tab').count()).toBe(0);
    expect(await b.getByTestId('other-tab').count()).toBe(0);
    // B imports another: A is told, and writes its own models only if the person chooses so.
    await b
      .getByTestId('model-file')
      .setInputFiles({ name: 'autre.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.replace('0.5', '0.7')) });
    await expect.poll(() => b.evaluate(() => localStorage.getItem('score-caf:modeles'))).toMatch(/autre\.csv/);
    await a.getByTestId('other-tab').waitFor();
    expect(await a.getByTestId('other-tab').textContent()).toMatch(/autre onglet a enregistré d’autres modèles/);
    await a.getByRole('button', { name: 'Enregistrer les modèles de cet onglet à la place' }).click();
    await a.locator('#model').selectOption({ index: 0 });
    await expect.poll(() => a.evaluate(() => localStorage.getItem('score-caf:modeles'))).not.toMatch(/autre\.csv/);
    await a.getByLabel(REMEMBER).uncheck();
    await Promise.all([a.close(), b.close()]);
  }, 180_000);
});

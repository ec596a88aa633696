// A class's households in and out of the pins from the page: exported as CSV and JSON (downloads
// made in the page, no request), read back into the pins, with what was and was not imported said.

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSession } from './harness.ts';

const session = useSession({ viewport: { width: 1280, height: 900 } });

async function pinPresets(page: Page, count: number): Promise<string[]> {
  const select = page.getByLabel('Épingler un exemple');
  const labels = (await select.locator('option').allTextContents()).slice(1, count + 1);
  for (const label of labels) await select.selectOption({ label });
  await expect.poll(() => page.locator('[data-testid^="pin-"]').count()).toBe(count);
  return labels;
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

const pinNames = (page: Page) => page.locator('[data-testid^="pin-"] .name').allTextContents();
const choose = (page: Page, name: string, text: string) =>
  page
    .getByTestId('workshop-files')
    .locator('input[type=file]')
    .setInputFiles({
      name,
      mimeType: 'text/plain',
      buffer: Buffer.from(text, 'utf8'),
    });

describe('households files in the page', () => {
  it('exports the pinned households as CSV and JSON and reads them back into the pins', async () => {
    const before = session.rec.requests.length;
    const page = await session.open('/#lang=fr');
    const labels = await pinPresets(page, 2);
    const csv = await download(page, 'Exporter les foyers épinglés (CSV)');
    expect(csv.name).toMatch(/^foyers-\d{4}-\d\d-\d\d\.csv$/);
    const [head, ...rows] = csv.text
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r\n/);
    expect(head!.split(';').slice(0, 3)).toEqual(['name', 'month', 'adults[0].age']);
    expect(rows.map((r) => r.split(';')[0]!.replace(/^"|"$/g, ''))).toEqual(labels);
    const json = await download(page, 'Exporter les foyers épinglés (JSON)');
    const parsed = JSON.parse(json.text) as { format: string; households: { name: string }[] };
    expect(parsed.format).toBe('score-caf/foyers');
    expect(parsed.households.map((h) => h.name)).toEqual(labels);

    for (const file of [csv, json]) {
      const fresh = await session.open('/#lang=fr');
      await choose(fresh, file.name, file.text);
      await expect.poll(() => pinNames(fresh)).toEqual(labels);
      await expect
        .poll(() => fresh.getByTestId('files-summary').textContent())
        .toContain(`2 foyer(s) importé(s) depuis « ${file.name} »`);
      expect(await fresh.getByTestId('files-errors').count()).toBe(0);
      // The same households came back: exported again, they give the same file.
      expect((await download(fresh, 'Exporter les foyers épinglés (CSV)')).text).toBe(csv.text);
      await fresh.close();
    }
    // The downloads were made in the page (blob: URLs of its own origin): nothing else was asked for.
    const away = session.rec.requests.slice(before).filter((u) => !u.replace(/^blob:/, '').startsWith(session.origin));
    expect(away).toEqual([]);
    await page.close();
  });

  it('names each bad line, imports the good ones and says what did not fit', async () => {
    const page = await session.open('/#lang=en');
    const rows = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((n, i) => `${n};${30 + i};${i === 2 ? 'x' : 800}`);
    await choose(page, 'classe.csv', ['name;adults[0].age;adults[0].earnings', ...rows].join('\n'));
    await expect.poll(() => pinNames(page)).toEqual(['A', 'B', 'D', 'E', 'F', 'G']);
    const summary = page.getByTestId('files-summary');
    await expect.poll(() => summary.textContent()).toContain('6 household(s) imported from “classe.csv”');
    expect(await summary.textContent()).toContain('1 household(s) not imported because of errors (line(s) 4)');
    expect(await page.getByTestId('files-errors').textContent()).toContain(
      'line 4, column 3 (adults[0].earnings), household “C” — unreadable amount (x)',
    );
    await choose(page, 'encore.csv', 'name;adults[0].age\nH;40\n');
    await expect
      .poll(() => summary.textContent())
      .toContain('1 household(s) not imported for lack of room: at most 6 households pinned at once (H)');
    expect(await pinNames(page)).toHaveLength(6);
    await page.close();
  });

  it('refuses a file whose column it does not know, and nothing is pinned', async () => {
    const page = await session.open('/#lang=fr');
    await choose(page, 'faute.csv', 'name;adults[0].revenus\nA;800\n');
    await expect.poll(() => page.getByTestId('files-errors').textContent()).toContain('colonne « adults[0].revenus »');
    expect(await page.getByTestId('files-summary').textContent()).toContain('Aucun foyer importé depuis « faute.csv »');
    expect(await page.locator('[data-testid^="pin-"]').count()).toBe(0);
    expect(session.rec.errors).toEqual([]);
    await page.close();
  });
});

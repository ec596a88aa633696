// A class's households in and out of the page: exported as CSV and JSON (downloads made in the page,
// no request), read back into the class, with what was and was not imported said.

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSession } from './harness.ts';

const session = useSession({ viewport: { width: 1280, height: 900 } });

async function pinPresets(page: Page, count: number): Promise<string[]> {
  const select = page.getByLabel('Épingler un exemple');
  const labels = (await select.locator('option').allTextContents()).slice(1, count + 1);
  for (const label of labels) await select.selectOption({ label });
  await expect.poll(() => page.locator('[data-testid^="pin-"]:not([data-testid="pin-current"])').count()).toBe(count);
  return labels;
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

const classNames = (page: Page) => page.getByTestId('class-panel').locator('tbody th').allTextContents();
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
  it('exports the class as CSV and JSON and reads them back into the class', async () => {
    const before = session.rec.requests.length;
    const page = await session.open('/#lang=fr');
    const labels = await pinPresets(page, 2);
    await page.getByRole('button', { name: 'Ajouter les foyers épinglés' }).click();
    await expect.poll(() => classNames(page)).toEqual(labels);
    const csv = await download(page, 'Exporter les foyers de la classe (CSV)');
    expect(csv.name).toMatch(/^foyers-\d{4}-\d\d-\d\d\.csv$/);
    const [head, ...rows] = csv.text
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r\n/);
    expect(head!.split(';').slice(0, 3)).toEqual(['name', 'month', 'adults[0].age']);
    expect(rows.map((r) => r.split(';')[0]!.replace(/^"|"$/g, ''))).toEqual(labels);
    const json = await download(page, 'Exporter les foyers de la classe (JSON)');
    const parsed = JSON.parse(json.text) as { format: string; households: { name: string }[] };
    expect(parsed.format).toBe('score-caf/foyers');
    expect(parsed.households.map((h) => h.name)).toEqual(labels);

    for (const file of [csv, json]) {
      const fresh = await session.open('/#lang=fr');
      await choose(fresh, file.name, file.text);
      await expect.poll(() => classNames(fresh)).toEqual(labels);
      await expect
        .poll(() => fresh.getByTestId('files-summary').textContent())
        .toContain(`2 foyer(s) importé(s) dans la classe depuis « ${file.name} »`);
      expect(await fresh.getByTestId('files-errors').count()).toBe(0);
      // The same households came back: exported again, they give the same file.
      expect((await download(fresh, 'Exporter les foyers de la classe (CSV)')).text).toBe(csv.text);
      await fresh.close();
    }
    // The downloads were made in the page (blob: URLs of its own origin): nothing else was asked for.
    const away = session.rec.requests.slice(before).filter((u) => !u.replace(/^blob:/, '').startsWith(session.origin));
    expect(away).toEqual([]);
    await page.close();
  });

  it('names each bad line, imports the good ones, and a second file adds to the class', async () => {
    const page = await session.open('/#lang=en');
    const rows = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((n, i) => `${n};${30 + i};${i === 2 ? 'x' : 800}`);
    await choose(page, 'classe.csv', ['name;adults[0].age;adults[0].earnings', ...rows].join('\n'));
    await expect.poll(() => classNames(page)).toEqual(['A', 'B', 'D', 'E', 'F', 'G']);
    const summary = page.getByTestId('files-summary');
    await expect
      .poll(() => summary.textContent())
      .toContain('6 household(s) imported into the class from “classe.csv”');
    expect(await summary.textContent()).toContain('1 household(s) not imported because of errors (line(s) 4)');
    expect(await page.getByTestId('files-errors').textContent()).toContain(
      'line 4, column 3 (adults[0].earnings), household “C” — unreadable amount (x)',
    );
    // Ten households: more than the six pins ever held, none left out (class.e2e.ts: the limit of 40).
    await choose(page, 'encore.csv', 'name;adults[0].age\nH;40\nI;41\nJ;42\nK;43\n');
    await expect.poll(() => summary.textContent()).toContain('4 household(s) imported into the class');
    expect(await summary.textContent()).not.toContain('lack of room');
    expect(await classNames(page)).toEqual(['A', 'B', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K']);
    expect(await page.locator('[data-testid^="pin-"]:not([data-testid="pin-current"])').count()).toBe(0);
    await page.close();
  });

  it('refuses a file whose column it does not know, and nothing is added', async () => {
    const page = await session.open('/#lang=fr');
    await choose(page, 'faute.csv', 'name;adults[0].revenus\nA;800\n');
    await expect.poll(() => page.getByTestId('files-errors').textContent()).toContain('colonne « adults[0].revenus »');
    expect(await page.getByTestId('files-summary').textContent()).toContain('Aucun foyer importé depuis « faute.csv »');
    expect(await classNames(page)).toEqual([]);
    expect(await page.getByTestId('class-count').textContent()).toContain('La classe est vide.');
    expect(session.rec.errors).toEqual([]);
    await page.close();
  });
});

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

describe('chart export', () => {
  it('saves each chart as an SVG with its bars and labels and as a PNG of twice its size, not blank', async () => {
    const before = session.rec.requests.length;
    const page = await session.open('/#lang=fr');
    await page.locator('.example-waterfall summary').click();
    const expected: Record<string, string[]> = {
      waterfall: ['Score final', 'Constante (foyer de référence)'],
      sweep: ['Aujourd’hui', 'Revenus d’activité nets'],
      'term-ranges': ['Variable', 'variables dont le sens n’est pas connu'],
    };
    for (const [name, words] of Object.entries(expected)) {
      const chart = page.locator(`[data-chart="${name}"]`);
      const box = (await chart.boundingBox())!;
      const group = page.getByTestId(`export-${name}`);
      const get = async (kind: string) => {
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          group.getByRole('button', { name: kind }).click(),
        ]);
        expect(file.suggestedFilename()).toMatch(
          new RegExp(`^${name}-\\d{4}-\\d\\d-\\d\\d\\.${kind.slice(-3).toLowerCase()}$`),
        );
        return readFile((await file.path())!);
      };
      const svg = (await get('Image SVG')).toString('utf8');
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return {
          error: doc.getElementsByTagName('parsererror').length,
          root: doc.documentElement.localName,
          width: Number(doc.documentElement.getAttribute('width')),
          shapes: doc.querySelectorAll('rect, path, circle, line').length,
          text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
          // Fonts and colours are written on each text, not left to a stylesheet.
          styled: [...doc.querySelectorAll('text')].every((t) => t.getAttribute('font-family') || t.closest('svg svg')),
        };
      }, svg);
      expect(parsed, name).toMatchObject({ error: 0, root: 'svg', width: Math.ceil(box.width), styled: true });
      expect(parsed.shapes, name).toBeGreaterThan(3);
      for (const w of words) expect(parsed.text, name).toContain(w);
      // the image says what it is: its model, its day and that its weights are made up
      expect(parsed.text, name).toMatch(/Modèle : .*Image du \d+ \S+ \d{4}.*Pondérations fictives/);

      const png = await get('Image PNG');
      // twice the chart's size, and taller by the caption written above it
      const size = pngSize(png);
      expect(size.width, name).toBe(2 * Math.ceil(box.width));
      expect(size.height, name).toBeGreaterThan(2 * Math.ceil(box.height));
      const inked = await page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        [c.width, c.height] = [img.width, img.height];
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, c.width, c.height).data;
        let dark = 0;
        for (let i = 0; i < px.length; i += 4) if (px[i]! + px[i + 1]! + px[i + 2]! < 600) dark++;
        return dark / (px.length / 4);
      }, png.toString('base64'));
      expect(inked, name).toBeGreaterThan(0.01);
    }
    const away = session.rec.requests
      .slice(before)
      .filter((u) => !/^(blob:|data:)/.test(u) && !u.startsWith(session.origin));
    expect(away).toEqual([]);
    expect(session.rec.errors).toEqual([]);
    await page.close();
  });
});

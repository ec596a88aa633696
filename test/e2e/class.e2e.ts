// A class of thirty: its file imports whole, the households show on one axis (sortable) and in the
// deck, and printing gives one A4 handout per household, each with a QR code that a decoder reads
// back into a link opening the same household, with the same headline as the handout.

import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useSession } from './harness.ts';
import { readScenarioText } from '../../src/formats/scenarios.ts';
import { buildFragment } from '../../src/state/url.ts';
import { readFragment } from '../../src/state/short-link.ts';

const session = useSession({ viewport: { width: 1280, height: 900 } });

/** Thirty households unlike one another: one or two adults, up to three children, earnings, rents, activities. */
function classFile(n: number): string {
  const activities = ['salarie', 'chomeur', 'independant', 'etudiant', 'inactif', 'apprenti'];
  const households = Array.from({ length: n }, (_, i) => {
    const adults = [{ age: 25 + ((i * 7) % 40), activity: activities[i % 6], earnings: (i * 137) % 2400 }];
    if (i % 3 === 0) adults.push({ age: 30 + (i % 20), activity: 'salarie', earnings: 600 + i * 40 });
    const children = Array.from({ length: i % 4 }, (_, k) => ({ age: 1 + ((i + k * 5) % 12), activity: 'scolaire' }));
    return {
      name: `Élève ${String(i + 1).padStart(2, '0')}`,
      household: {
        adults,
        children,
        housing: { status: i % 5 === 0 ? 'proprietaire' : 'locataire', rent: 300 + i * 17, zone: 1 + (i % 3) },
        otherParentMissing: adults.length === 1 && children.length > 0,
        history: {
          separation12m: i % 4 === 1,
          rentChanges18m: i % 3,
          monthsWorked12: 12 - (i % 7),
          adjustments24m: false,
        },
      },
    };
  });
  return JSON.stringify({ format: 'score-caf/foyers', version: 1, households }, null, 2);
}

const choose = (page: Page, name: string, text: string) =>
  page
    .getByTestId('workshop-files')
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });

/** The link a QR code says, read from a screenshot of it by jsQR (as a phone's camera would). */
async function readQr(qr: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await qr.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

const shares = (page: Page) =>
  page
    .getByTestId('class-table')
    .locator('[data-testid=controlled-share]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-share'))));

describe('a class of thirty', () => {
  it('imports whole, shows on one axis and in the deck, prints 30 handouts whose QR codes reopen each household', async () => {
    const text = classFile(30);
    const page = await session.open('/#lang=fr');
    await choose(page, 'classe.json', text);
    const summary = page.getByTestId('files-summary');
    await expect.poll(() => summary.textContent()).toContain('30 foyer(s) importé(s) dans la classe');
    expect(await summary.textContent()).not.toContain('faute de place');
    const rows = page.getByTestId('class-table').locator('tbody tr');
    expect(await rows.count()).toBe(30);
    expect(await page.locator('[data-testid^="pin-"]:not([data-testid="pin-current"])').count()).toBe(0);

    // One axis: every household's headline, then sorted by the share of weightings under which it would be controlled.
    await expect.poll(async () => (await shares(page)).length, { timeout: 60_000 }).toBe(30);
    await page.getByTestId('class-sort').selectOption('share');
    const sorted = await shares(page);
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
    await page.getByTestId('class-sort').selectOption('name');
    expect(await rows.locator('th').first().textContent()).toBe('Élève 01');
    expect(await rows.locator('th').last().textContent()).toBe('Élève 30');

    // The deck: a card per household of the class, then the class on one axis, then the pins.
    await page.getByTestId('deck-open').click();
    const position = page.getByTestId('deck-position');
    await page.keyboard.press('End');
    await expect.poll(() => position.textContent()).toMatch(/^Carte (\d+) sur \1$/);
    const total = Number((await position.textContent())!.match(/sur (\d+)/)![1]);
    await page.keyboard.press('ArrowLeft');
    const grid = page.getByTestId('deck-class');
    await expect.poll(() => grid.locator('tbody th').count()).toBe(30);
    await expect.poll(() => grid.locator('[data-testid=controlled-share]').count(), { timeout: 60_000 }).toBe(30);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByTestId('deck-member').textContent()).toBe('Élève 30');
    expect(await page.getByTestId('deck-card').textContent()).toMatch(/Foyer de la classe.*\d adultes?, âgés? de/s);
    for (let i = 0; i < 29; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByTestId('deck-member').textContent()).toBe('Élève 01');
    expect(total).toBe(Number((await position.textContent())!.match(/Carte (\d+)/)![1]) + 31);
    await page.keyboard.press('Escape');

    // Thirty handouts, complete, after the current household's page: 31 A4 pages, each handout within one page.
    const handouts = page.locator('[data-testid^="handout-class-"]');
    await expect.poll(() => handouts.count(), { timeout: 60_000 }).toBe(30);
    await expect
      .poll(() => page.locator('[data-testid^="handout-class-"] [data-testid=ho-qr] svg').count(), { timeout: 60_000 })
      .toBe(30);
    await expect
      .poll(() => page.locator('[data-testid^="handout-class-"] [data-testid=controlled-share]').count(), {
        timeout: 60_000,
      })
      .toBe(30);
    await page.getByTestId('headline').waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length).toBe(31);
    // A4 less the 10 mm margins, in CSS pixels: every handout fits one page.
    const heights = await handouts.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThan((277 / 25.4) * 96);

    const expected = readScenarioText(text, '2026-01');
    const opened: { link: string; text: string; line: string; lead: string }[] = [];
    for (let i = 0; i < 30; i++) {
      const handout = page.getByTestId(`handout-class-${i}`);
      const body = await handout.innerText();
      expect(body.startsWith(`Élève ${String(i + 1).padStart(2, '0')}`)).toBe(true);
      expect(body).toMatch(/Foyer : \d+ adultes?, âgés? de/);
      expect(body).not.toMatch(/\b1 adultes\b|\b1 enfants\b/);
      expect(body).toContain('des 166 000 foyers contrôlés');
      expect(body).toContain('Ce qui pèse le plus');
      expect(body).toMatch(/Prime d’activité : \d/);
      expect(body).toMatch(/Aide au logement : \d/);
      expect(body).not.toContain('quelles que soient');
      const link = await readQr(handout.getByTestId('ho-qr'));
      expect(link, `QR code of handout ${i}`).toBe(await handout.getByTestId('ho-qr').getAttribute('data-link'));
      expect(link!.length).toBeLessThan(400);
      // The link carries the same household as the file's line (decoded in Node by the same module).
      const back = await readFragment(link!.slice(link!.indexOf('#')), '2026-01');
      expect(back.problems).toEqual([]);
      const month = back.household!.month;
      expect(back.household).toEqual(readScenarioText(text, month).scenarios[i]!.household);
      expect(expected.scenarios[i]!.name).toBe(`Élève ${String(i + 1).padStart(2, '0')}`);
      if (i % 10 === 4)
        opened.push({
          link: link!,
          text: body,
          line: await handout.getByTestId('ho-household').innerText(),
          lead: await handout.getByTestId('controlled-share').innerText(),
        });
    }
    await page.close();

    // Opened, the link shows that household: its printed line, and on screen the handout's headline.
    for (const o of opened) {
      const fresh = await session.context.newPage();
      await fresh.goto(o.link);
      await fresh.getByTestId('score').waitFor();
      await expect.poll(() => fresh.getByTestId('headline').innerText(), { timeout: 60_000 }).toBe(o.lead);
      expect(await fresh.getByTestId('print-header').textContent()).toContain(o.line);
      // The version 1 link of the same household still opens, to the same household.
      const v1 = buildFragment({
        lang: 'fr',
        model: new URLSearchParams(o.link.split('#')[1]).get('model')!,
        household: (await readFragment(o.link.slice(o.link.indexOf('#')), '2026-01')).household!,
      });
      const old = await session.context.newPage();
      await old.goto(`${session.origin}/${v1}`);
      await old.getByTestId('score').waitFor();
      await expect.poll(() => old.getByTestId('headline').innerText(), { timeout: 60_000 }).toBe(o.lead);
      expect(await old.getByTestId('print-header').textContent()).toContain(o.line);
      // embed.html reads the short link too.
      const embed = await session.context.newPage();
      await embed.goto(`${session.origin}/embed.html#${o.link.split('#')[1]}`);
      await embed.getByTestId('score').waitFor();
      expect(await embed.getByTestId('print-header').textContent()).toContain(o.line);
      await Promise.all([fresh.close(), old.close(), embed.close()]);
    }
    expect(session.rec.errors).toEqual([]);
    // Thirty households' headlines, handouts and QR codes, then three links opened three ways: minutes on a loaded machine.
  }, 300_000);

  it('keeps forty households and says which did not fit', async () => {
    const page = await session.open('/#lang=en');
    await choose(page, 'big.json', classFile(42));
    const summary = page.getByTestId('files-summary');
    await expect.poll(() => summary.textContent()).toContain('40 household(s) imported into the class');
    expect(await summary.textContent()).toContain(
      '2 household(s) not imported for lack of room: at most 40 households in the class (Élève 41, Élève 42)',
    );
    expect(await page.getByTestId('class-table').locator('tbody tr').count()).toBe(40);
    await page.close();
  });
});

// Printing a household: one A4 page with its description, score, strongest reasons, rights, the
// provenance notice, the date and the link that reopens it, and no form control.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSession } from './harness.ts';
import presets from '../../src/presets/presets.json';

const session = useSession({ viewport: { width: 1280, height: 900 } });

/** Pages of a PDF: its page objects, not the page-tree nodes (`/Type /Pages`). */
const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

async function printed(page: Page) {
  await page.getByTestId('droits').waitFor();
  // The page as it settles: the headline over the weightings (it comes after the score) is on the paper too.
  await page.getByTestId('headline').waitFor();
  await page.emulateMedia({ media: 'print' });
  const visible = (sel: string) =>
    page.evaluate((s) => [...document.querySelectorAll<HTMLElement>(s)].filter((e) => e.checkVisibility()).length, sel);
  return {
    controls: await visible('input, select, button, textarea, summary'),
    header: await page.getByTestId('print-header').innerText(),
    score: await page.getByTestId('score').isVisible(),
    provenance: await page.getByTestId('provenance').isVisible(),
    // the strongest reasons, or the line saying that no variable moves the score
    reasons: await visible('[data-testid=reasons] li, [data-testid=no-reason]'),
    rights: await page.getByTestId('pa-amount').isVisible(),
    pages: pages(await page.pdf({ format: 'A4' })),
  };
}

describe('the print stylesheet', () => {
  for (const preset of ['', ...presets.map((p) => p.id)]) {
    it(`prints ${preset || 'the default household'} on one A4 page with no form control`, async () => {
      const page = await session.open('/#lang=fr');
      if (preset) {
        const before = await page.getByTestId('score').textContent();
        await page.locator('#preset').selectOption(preset);
        await expect.poll(() => page.getByTestId('score').textContent()).not.toBe(before);
      }
      const p = await printed(page);
      expect(p).toMatchObject({ controls: 0, score: true, provenance: true, rights: true, pages: 1 });
      expect(p.reasons).toBeGreaterThan(0);
      expect(p.header).toMatch(/^Foyer : (1 adulte, âgé de|[2-9] adultes, âgés de)/);
      expect(p.header).toMatch(/Imprimé le \d+ \S+ \d{4}/);
      expect(p.header).toContain(`${session.origin}/#lang=fr&`);
      await page.emulateMedia({ media: 'screen' });
      expect(await page.getByTestId('print-header').isVisible()).toBe(false);
      await page.close();
    });
  }
});

describe('handouts of the pinned households', () => {
  it('prints one more A4 page per pinned household, each complete, with no form control', async () => {
    const page = await session.open('/#lang=fr');
    const select = page.getByLabel('Épingler un exemple');
    const labels = (await select.locator('option').allTextContents()).slice(1, 3);
    for (const label of labels) await select.selectOption({ label });
    const handouts = page.locator('[data-testid^="handout-"]');
    await expect.poll(() => handouts.count()).toBe(2);
    expect(await handouts.first().isVisible()).toBe(false);
    const p = await printed(page);
    expect(p).toMatchObject({ controls: 0, score: true, provenance: true, rights: true, pages: 3 });
    for (const [i, label] of labels.entries()) {
      const text = await page.getByTestId(`handout-${i}`).innerText();
      expect(text.startsWith(label)).toBe(true);
      expect(text).toMatch(/Foyer : (1 adulte, âgé de|[2-9] adultes, âgés de)/);
      expect(text).not.toContain('quelles que soient');
      expect(text).toMatch(/pour 90 % des \d[\d\s]* pondérations tirées : entre \d+,\d\s%\set \d+,\d\s%/);
      // The same headline as the screen's, and every right of the month (housing aid included).
      const why = await page.getByTestId(`controlled-handout-${i}`).getAttribute('data-why');
      expect(why).toBe('');
      expect(text).toMatch(/ce foyer ferait partie des 166 000 foyers contrôlés\.\s+Son score serait plus haut/);
      expect(text).toMatch(/Aide au logement : \d/);
      expect(await page.getByTestId(`handout-${i}`).getByTestId('ho-qr').locator('svg').count()).toBe(1);
      expect(text).toContain('Ce qui pèse le plus');
      expect(text).toMatch(/Prime d’activité : \d/);
      expect(text).toContain('moyenne des 12 derniers mois, celle que le modèle lit');
      expect(text).toContain('Pondérations fictives');
      expect(text).toMatch(/Imprimé le \d+ \S+ \d{4}/);
      // The short link (version 2), as text and as a QR code.
      expect(text).toContain(`${session.origin}/#v=2&lang=fr&`);
    }
    await page.close();
  });
});

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
      expect(p.header).toMatch(/^Foyer : \d+ adultes?/);
      expect(p.header).toMatch(/Imprimé le \d+ \S+ \d{4}/);
      expect(p.header).toContain(`${session.origin}/#lang=fr&`);
      await page.emulateMedia({ media: 'screen' });
      expect(await page.getByTestId('print-header').isVisible()).toBe(false);
      await page.close();
    });
  }
});

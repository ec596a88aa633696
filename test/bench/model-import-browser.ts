// The "model import in the page" section of the benchmark: a coefficient table chosen in the file
// box of the built app, in Chromium, until the page says it is loaded and until the score with it
// is on screen; and the longest task on the page's thread meanwhile (the page must stay responsive:
// parsing and checking run in the worker).

import type { Browser } from 'playwright-core';
import { booleanTable } from './model-import.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchModelImportBrowser(
  browser: Browser,
  origin: string,
  line: (label: string, value: string, target?: string) => void,
): Promise<void> {
  const cases: Array<[string, number, number]> = [
    ['5,000 rows', 5000, 3],
    ['10,000 rows', 10_000, 3],
    ['130,000 rows, about 2 MB', 130_000, 1],
  ];
  for (const [label, n, runs] of cases) {
    const table = Buffer.from(booleanTable(n));
    const loaded: number[] = [];
    const settled: number[] = [];
    const longest: number[] = [];
    for (let r = 0; r < runs; r++) {
      const page = await browser.newPage();
      await page.goto(origin + '/');
      await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid=score]')?.textContent ?? ''));
      await page.evaluate(() => {
        const w = window as unknown as { __longest: number };
        w.__longest = 0;
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
        }).observe({ type: 'longtask' });
      });
      const t0 = Date.now();
      await page.getByTestId('model-file').setInputFiles({ name: 'grand.csv', mimeType: 'text/csv', buffer: table });
      await page.getByText('Modèle chargé : grand.csv').waitFor({ timeout: 600_000 });
      loaded.push(Date.now() - t0);
      // The score with the new model: its waterfall folds the 130,000 variables into one row.
      await page.getByTestId('folded-row').first().waitFor({ state: 'attached', timeout: 600_000 });
      await page.waitForFunction(() => !document.querySelector('[aria-busy=true]'), undefined, { timeout: 600_000 });
      settled.push(Date.now() - t0);
      longest.push(await page.evaluate(() => (window as unknown as { __longest: number }).__longest));
      await page.close();
    }
    const of = runs > 1 ? `, median of ${runs}` : '';
    line(`page import, ${label}: loaded${of}`, `${median(loaded).toFixed(0)} ms`, 'target < 1000 ms for 2 MB');
    line(`page import, ${label}: score on screen${of}`, `${median(settled).toFixed(0)} ms`);
    line(
      `page import, ${label}: longest page task${of}`,
      `${median(longest).toFixed(0)} ms`,
      'the page stays responsive',
    );
  }
}

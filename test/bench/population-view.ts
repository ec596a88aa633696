// The population view as a person opens it (Chromium, the built app): from the click on its title
// to the controlled group's composition on screen (the table's "share among the controlled"
// column), then an edit of the household: whether the composition is asked again. Median of fresh
// pages. Alone: `npx vite build --logLevel warn && npx tsx test/bench/population-view.ts`.
// Prints medians; asserts nothing.

import type { Browser } from 'playwright-core';

type Line = (label: string, value: string, target?: string) => void;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchPopulationView(browser: Browser, origin: string, out: Line, runs = 3): Promise<void> {
  const open: number[] = [];
  const edit: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(origin + '/#lang=fr&model=cnaf-2014');
    await page.getByTestId('score').waitFor();
    // The headline settled first: the view is opened on a page at rest, as a person would.
    await page.getByTestId('headline').waitFor({ timeout: 120_000 });
    const groups = page.getByTestId('population-groups');
    const t0 = Date.now();
    await page.getByTestId('population').locator('summary').first().click();
    // The 5th column (share among the controlled) exists once the ensemble's composition arrived.
    await groups.locator('thead th').nth(3).waitFor({ timeout: 120_000 });
    open.push(Date.now() - t0);
    // An edit: the household's place moves (a lookup); the composition must not be computed again.
    const before = await page.getByTestId('population-share').getAttribute('data-share');
    const t1 = Date.now();
    await page.locator('#preset').selectOption('single-mother-rsa');
    await page
      .locator(`[data-testid="population-share"]:not([data-share="${before}"])`)
      .waitFor({ timeout: 120_000 })
      .catch(() => undefined);
    edit.push(Date.now() - t1);
    await page.close();
  }
  out(`population view: click → composition on screen (median of ${runs})`, `${median(open)} ms`, 'target ≤ 2000 ms');
  out(`population view: edit → household placed again (median of ${runs})`, `${median(edit)} ms`, 'no rerun');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { launch, serveDist } = await import('../e2e/harness.ts');
  const { server, origin } = await serveDist('/');
  const browser = await launch();
  const print: Line = (label, value, target = '') =>
    console.log(`${label.padEnd(60)} ${value.padStart(10)}  ${target}`);
  try {
    await benchPopulationView(browser, origin, print, Number(process.env.RUNS ?? 3));
  } finally {
    await browser.close();
    server.close();
  }
}

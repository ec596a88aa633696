// Hostile share links in the browser: hundreds of households made of values named like methods,
// prototype keys and extreme numbers, pasted one after another into the same tab. The page must
// never throw, never go blank, and open the last good link exactly.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildFragment } from '../../src/state/url.ts';
import { defaultHousehold } from '../../src/household/household.ts';
import { hostileHousehold } from '../fixtures/hostile.ts';
import { readScore, useSession } from './harness.ts';

const session = useSession();

describe('hostile share links', () => {
  it('opens 300 hostile links in a row with no page error, then a good one exactly', async () => {
    const page = await session.open('/');
    const links = fc
      .sample(hostileHousehold, { numRuns: 300, seed: 2026 })
      .map((h) => buildFragment({ lang: 'fr', model: 'cnaf-2014', household: h as never }));
    // Resolves once the app's own hashchange listener (registered first) has run.
    const paste = (hash: string) =>
      page.evaluate(
        (h) =>
          new Promise<void>((resolve) => {
            addEventListener('hashchange', () => setTimeout(resolve), { once: true });
            location.hash = h;
          }),
        hash,
      );
    for (const hash of links) {
      await paste(hash);
      expect(await page.locator('h1').count()).toBe(1);
    }
    const good = defaultHousehold('2026-09');
    good.adults[0]!.earnings = 1337;
    await paste(buildFragment({ lang: 'fr', model: 'dmde-2026-modele-1', household: good }));
    await expect.poll(() => page.getByLabel('Revenus d’activité nets (€/mois)').first().inputValue()).toBe('1337');
    await expect.poll(() => readScore(page)).toBeGreaterThan(0);
    expect(session.rec.errors).toEqual([]);
    await page.close();
    // 301 links, each waited for: about 25 s on an idle machine, three to four times that beside a second run.
  }, 240_000);
});

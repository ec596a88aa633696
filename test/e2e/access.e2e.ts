// Accessibility and the embed and privacy promises, in Chromium: axe finds no serious or
// critical violation in either language, the flow works with the keyboard alone, the embed
// view is compact and reports its height, and nothing is stored unless asked.

import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { readScore, useSession } from './harness.ts';
import { readFragment } from '../../src/state/short-link.ts';

const session = useSession({ bypassCSP: true });
const open = (path?: string) => session.open(path);

async function seriousViolations(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

describe('accessibility', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`axe finds no serious or critical violation on the main view (${lang}), tables and details open`, async () => {
      const page = await open(`/#lang=${lang}`);
      await page.getByTestId('droits').waitFor();
      await page.locator('.toggle input').check();
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
      // axe walks every node of the whole page with each table and detail open: minutes on a loaded
      // 2-core machine. The bound is for a hung page, not a speed check.
    }, 240_000);
  }

  it('axe finds no serious or critical violation on the embed view and the model card', async () => {
    const page = await open('/#embed=1');
    expect(await seriousViolations(page)).toEqual([]);
    // the embed has no model picker: its model comes with the link
    const card = await session.context.newPage();
    await card.goto(session.origin + '/#embed=1&model=dmde-2026-modele-2');
    await card.getByText('Ce modèle ne peut pas être simulé.').waitFor();
    expect(await seriousViolations(card)).toEqual([]);
    await card.close();
    await page.close();
  });

  it('works with the keyboard alone: reach an amount, change it, switch language', async () => {
    const page = await open();
    const before = await readScore(page);
    const focusOn = async (predicate: string, max = 60) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(predicate)) return true;
      }
      return false;
    };
    expect(await focusOn(`document.activeElement?.id === 'earnings-0'`)).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('400');
    await expect.poll(() => readScore(page)).not.toBe(before);
    await page.keyboard.press('Shift+Tab');
    expect(await focusOn(`document.activeElement?.classList.contains('lang')`, 200)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.close();
  });

  it('lets the skip link take keyboard users to the result, and keeps the shared fragment', async () => {
    const page = await open('/#lang=fr&model=cnaf-2014');
    const before = await page.evaluate(() => location.hash);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#resultat');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('resultat');
    expect(await page.evaluate(() => location.hash)).toBe(before);
    await page.close();
  });

  it('respects reduced motion and keeps text contrast at WCAG AA', async () => {
    const page = await session.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(session.origin + '/');
    await page.getByTestId('score').waitFor();
    const r = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect(r.violations).toEqual([]);
    await page.close();
  });
});

describe('embed view and privacy', () => {
  it('shows a compact view of a shared household and opens the editor on request', async () => {
    const page = await open('/#embed=1&lang=fr');
    expect(await page.locator('.subtitle').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Votre foyer' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Modifier le foyer' }).click();
    await page.getByRole('heading', { name: 'Votre foyer' }).waitFor();
    await page.close();
  });

  it('reports its height to the host page, and only its height', async () => {
    const host = await session.context.newPage();
    await host.goto(session.origin + '/');
    await host.evaluate((src) => {
      const got: unknown[] = [];
      (window as unknown as { got: unknown[] }).got = got;
      addEventListener('message', (e) => got.push(e.data));
      const f = document.createElement('iframe');
      f.src = src;
      document.body.append(f);
    }, `${session.origin}/#embed=1`);
    const messages = () => host.evaluate(() => (window as unknown as { got: unknown[] }).got);
    // the embed view is taller than 300 px once its score is drawn
    const ours = async () => (await messages()).filter((m) => (m as { type?: string })?.type === 'score-caf:height');
    await expect.poll(async () => ((await ours()).at(-1) as { height?: number })?.height ?? 0).toBeGreaterThan(300);
    // beside ours, the Pym.js, AMP and Datawrapper formats, each carrying the height alone (embed.e2e.ts)
    for (const m of await messages())
      if (typeof m === 'object' && m && !('sentinel' in m) && 'type' in m)
        expect(Object.keys(m).sort()).toEqual(['height', 'type']);
    await host.close();
  });

  it('builds an embed code that points at the embed view of the shared household, and keeps it current', async () => {
    const page = await open();
    await page.getByText('Code d’intégration (iframe)').click();
    const code = page.getByTestId('embed-code');
    await expect
      .poll(() => code.inputValue())
      .toMatch(
        /<iframe id="score-caf-\w+" src="[^"]*#v=2&amp;lang=fr&amp;model=dmde-2026-modele-1&amp;f=[^"]+&amp;embed=1"/,
      );
    expect(await code.inputValue()).toMatch(/score-caf:height/);
    const before = await code.inputValue();
    await page.getByLabel('Âge').first().fill('52');
    await expect.poll(() => code.inputValue()).not.toBe(before);
    // A version 2 link (the handouts' short one), read back as the page reads it.
    const hash = /src="[^"#]*(#[^"]+)"/.exec(await code.inputValue())![1]!.replace(/&amp;/g, '&');
    const read = await readFragment(hash, '2024-12');
    expect(read.problems).toEqual([]);
    expect(read.household!.adults[0]!.age).toBe(52);
    await page.close();
  });

  it('says so and shows the link to copy by hand when the clipboard is refused in an embed', async () => {
    const host = await session.context.newPage();
    await host.goto(session.origin + '/');
    // the host page forbids the clipboard to the frame, as many news sites' iframes do
    await host.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.allow = "clipboard-write 'none'";
      f.style.width = '600px';
      f.style.height = '900px';
      document.body.append(f);
    }, `${session.origin}/#embed=1&lang=fr`);
    const frame = host.frameLocator('iframe');
    await frame.getByTestId('score').waitFor();
    await frame.getByRole('button', { name: 'Copier le lien de partage' }).click();
    await expect.poll(() => frame.getByRole('status').filter({ hasText: 'presse-papiers' }).count()).toBe(1);
    expect(await frame.getByText('Lien copié').count()).toBe(0);
    const field = frame.getByLabel('Lien de partage');
    expect(await field.isVisible()).toBe(true);
    expect(await field.getAttribute('readonly')).not.toBeNull();
    expect(await field.inputValue()).toMatch(
      new RegExp(`^${session.origin}/#v=2&lang=fr&model=dmde-2026-modele-1&f=[^&]+&embed=1$`),
    );
    // the link on screen follows the household
    await frame.getByRole('button', { name: 'Modifier le foyer' }).click();
    await frame.getByLabel('Âge').first().fill('47');
    await expect
      .poll(async () => (await readFragment((await field.inputValue()).replace(/^[^#]*/, ''), '2024-12')).household)
      .toMatchObject({ adults: [{ age: 47 }] });
    await host.close();
  });

  it('stores nothing and sets no cookie unless asked, and erases on request', async () => {
    const page = await open();
    await page.getByLabel('Revenus d’activité nets (€/mois)').first().fill('1111');
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual([
      '',
      0,
      0,
    ]);
    expect(await session.context.cookies()).toEqual([]);
    await page.getByLabel('Se souvenir de ce foyer sur cet appareil').check();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('score-caf:foyer'))).toMatch(/"earnings":1111/);
    const again = await open();
    expect(await again.getByLabel('Revenus d’activité nets (€/mois)').first().inputValue()).toBe('1111');
    await again.getByLabel('Se souvenir de ce foyer sur cet appareil').uncheck();
    await expect.poll(() => again.evaluate(() => localStorage.length)).toBe(0);
    await Promise.all([page.close(), again.close()]);
  });

  it('keeps a remembered household through an invalid edit, a reload and a link opening', async () => {
    const page = await open();
    await page.getByLabel('Se souvenir de ce foyer sur cet appareil').check();
    await page.getByRole('button', { name: 'Ajouter un·e conjoint·e' }).click();
    await page.getByLabel('Âge').nth(1).fill('1');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('score-caf:foyer'))).toMatch(/"age":1\b/);
    // reload: the household comes back as typed, with its problem named, and nothing is erased
    await page.reload();
    await page.getByTestId('saved-notice').waitFor();
    expect(await page.getByLabel('Âge').nth(1).inputValue()).toBe('1');
    expect(await page.getByTestId('saved-notice').textContent()).toMatch(/adults\[1\]\.age/);
    expect(await page.evaluate(() => localStorage.getItem('score-caf:foyer'))).toMatch(/"age":1\b/);
    await page.getByRole('button', { name: 'Garder ce foyer et continuer à l’enregistrer' }).click();
    await page.getByLabel('Âge').nth(1).fill('41');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('score-caf:foyer'))).toMatch(/"age":41\b/);
    // a shared link opens its own household and leaves the saved one as it is
    const saved = await page.evaluate(() => localStorage.getItem('score-caf:foyer'));
    const link = await open(
      '/#lang=fr&model=cnaf-2014&foyer=' + Buffer.from('{"adults":[{"age":60}]}').toString('base64url'),
    );
    expect(await link.getByLabel('Âge').first().inputValue()).toBe('60');
    await link.getByLabel('Revenus d’activité nets (€/mois)').first().fill('321');
    await link.getByTestId('saved-notice').waitFor();
    expect(await link.evaluate(() => localStorage.getItem('score-caf:foyer'))).toBe(saved);
    await link.getByRole('button', { name: 'Ouvrir le foyer enregistré' }).click();
    await expect.poll(() => link.getByLabel('Âge').nth(1).inputValue()).toBe('41');
    await link.getByLabel('Se souvenir de ce foyer sur cet appareil').uncheck();
    await expect.poll(() => link.evaluate(() => localStorage.length)).toBe(0);
    await Promise.all([page.close(), link.close()]);
  });

  it('sent no request beyond the app’s own files during these sessions', () => {
    expect(session.rec.requests.filter((u) => !u.startsWith(`${session.origin}/`) && !/^(data|blob):/.test(u))).toEqual(
      [],
    );
  });
});

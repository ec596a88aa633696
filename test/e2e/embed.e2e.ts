// The embed in a host page served from another localhost port, as an article would hold it: the
// code from the "Intégrer" panel, the frame's height following its content both ways, the height
// in the four formats and nothing else, the score under sandbox="allow-scripts", no request out.

import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { DIST, recordedContext, useSession } from './harness.ts';
import { EMBED_HEIGHT, embedCode } from '../../src/embed/embed-code.ts';

const session = useSession({ viewport: { width: 1000, height: 800 } });

/** A host on its own port: `/host?w=700&sandbox=…` is a page holding the embed code in a `w` px column. */
let host: { server: Server; origin: string };
beforeAll(async () => {
  const server = createServer((req, res) => {
    const q = new URL(req.url ?? '/', 'http://h').searchParams;
    let code = embedCode(`${session.origin}/`, '#lang=fr&embed=1', 'Le score CAF');
    if (q.has('sandbox')) code = code.replace(/sandbox="[^"]*"/, `sandbox="${q.get('sandbox')}"`);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><head><title>Article</title></head><body style="margin:0">
<script>window.got = []; addEventListener('message', (e) => window.got.push(e.data));</script>
<p>Un article.</p><div style="width:${Number(q.get('w'))}px">${code}</div><p>Suite de l'article.</p></body></html>`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no port');
  host = { server, origin: `http://127.0.0.1:${addr.port}` };
});
afterAll(() => host?.server.close());

async function openHost(width: number, sandbox?: string): Promise<{ page: Page; frame: Frame }> {
  const page = await session.context.newPage();
  await page.goto(`${host.origin}/host?w=${width}${sandbox ? `&sandbox=${sandbox}` : ''}`);
  await page.frameLocator('iframe').getByTestId('score').waitFor();
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  return { page, frame };
}

const frameHeight = (page: Page) => page.locator('iframe').evaluate((f: HTMLIFrameElement) => f.clientHeight);
/** The frame's height once it has stopped changing for a few polls. */
async function settled(page: Page, test: (h: number) => boolean): Promise<number> {
  const seen: number[] = [];
  await expect
    .poll(
      async () => {
        seen.push(await frameHeight(page));
        return seen.length >= 3 && seen.slice(-3).every((h) => h === seen.at(-1) && test(h));
      },
      { timeout: 15_000, interval: 100 },
    )
    .toBe(true);
  return seen.at(-1)!;
}
/** True when the frame shows all its content: no scroll inside it. */
const fits = async (page: Page, frame: Frame) =>
  (await frame.evaluate(() => document.documentElement.scrollHeight)) <= (await frameHeight(page)) + 1;

describe('the embed in a host page on another origin', () => {
  for (const width of [700, 360]) {
    it(`at ${width} px, follows its content up when the form opens and back down when it closes`, async () => {
      const { page, frame } = await openHost(width);
      const closed = await settled(page, (h) => h > 300);
      // the compact view fits a phone's screen and a half: ≤ 900 px at 700 px wide, ≤ 1 000 at 360 px
      expect(closed).toBeLessThanOrEqual(width === 700 ? 900 : 1000);
      // the embed code's fallback height (hosts that strip the script) is this measured height at 360 px
      expect(EMBED_HEIGHT).toBeGreaterThanOrEqual(closed);
      if (width === 360) expect(EMBED_HEIGHT - closed).toBeLessThanOrEqual(40);
      expect(await fits(page, frame)).toBe(true);
      await frame.getByRole('button', { name: 'Modifier le foyer' }).click();
      await frame.getByRole('heading', { name: 'Votre foyer' }).waitFor();
      const open = await settled(page, (h) => h > closed * 1.3);
      expect(await fits(page, frame)).toBe(true);
      await frame.getByRole('button', { name: 'Masquer le formulaire' }).click();
      const back = await settled(page, (h) => Math.abs(h - closed) / closed <= 0.1);
      console.log(`embed at ${width} px: ${closed} px, form open ${open} px, closed again ${back} px`);
      await page.close();
    });
  }

  for (const [width, most] of [
    [700, 900],
    [360, 1000],
  ] as const)
    it(`under sandbox="allow-scripts" at ${width} px, tells Pym.js, AMP and Datawrapper hosts a height ≤ ${most} px, before the form opens and after it closes`, async () => {
      const { page, frame } = await openHost(width, 'allow-scripts');
      const id = (await page.locator('iframe').getAttribute('id'))!;
      const got = () => page.evaluate(() => (window as unknown as { got: unknown[] }).got);
      /** The last height each host format was told. */
      const told = async () => {
        const all = await got();
        const pym = all.filter((m): m is string => typeof m === 'string').map((m) => Number(m.split('xPYMx').at(-1)));
        const amp = all.flatMap((m) =>
          (m as { sentinel?: string }).sentinel === 'amp' ? [(m as { height: number }).height] : [],
        );
        const dw = all.flatMap((m) => {
          const v = (m as Record<string, Record<string, number>>)['datawrapper-height'];
          return v ? [v[id]!] : [];
        });
        return { pym: pym.at(-1), amp: amp.at(-1), dw: dw.at(-1) };
      };
      const closed = await settled(page, (h) => h > 300 && h <= most);
      await expect.poll(told).toEqual({ pym: closed, amp: closed, dw: closed });
      await frame.getByRole('button', { name: 'Modifier le foyer' }).click();
      await frame.locator('#preset').waitFor();
      const open = await settled(page, (h) => h > closed * 1.3);
      await expect.poll(told).toEqual({ pym: open, amp: open, dw: open });
      await frame.getByRole('button', { name: 'Masquer le formulaire' }).click();
      const back = await settled(page, (h) => h <= most);
      await expect.poll(told).toEqual({ pym: back, amp: back, dw: back });
      await page.close();
    });

  it('on a phone (360 × 740), a score stays in sight while the reader edits the household, top to bottom of the form', async () => {
    const context = await session.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${host.origin}/host?w=360&sandbox=allow-scripts`);
    const frame = page.frameLocator('iframe');
    await frame.getByTestId('score').waitFor();
    await frame.getByRole('button', { name: 'Modifier le foyer' }).click();
    await frame.locator('#preset').waitFor();
    // Boxes are in the host's viewport: the score panel's headline, or the one-line score under the form.
    const inSight = async () => {
      for (const id of ['score', 'embed-sticky']) {
        const el = frame.getByTestId(id);
        if (!(await el.count())) continue;
        const box = await el.boundingBox();
        if (box && box.y >= 0 && box.y + box.height <= 740) return (await el.textContent())!.replace(/\s+/g, ' ');
      }
      return null;
    };
    const fields = frame.locator('section.editor input[type=number]');
    const n = await fields.count();
    expect(n).toBeGreaterThan(3);
    for (const i of [0, Math.floor(n / 2), n - 1]) {
      // one more than its value: a change the form accepts, so that the score moves
      await fields.nth(i).fill(String(Number(await fields.nth(i).inputValue()) + 1));
      await fields.nth(i).press('Tab');
      await expect.poll(inSight).toMatch(/\d+,\d\s%\s–\s\d+,\d\s%$/);
    }
    // the one-line score shows when the panel's is out of sight, and leaves when it is back
    await expect.poll(() => frame.getByTestId('embed-sticky').count()).toBe(1);
    await frame.getByTestId('score').scrollIntoViewIfNeeded();
    await expect.poll(() => frame.getByTestId('embed-sticky').count()).toBe(0);
    await context.close();
  });

  it('reports its height in our, Pym.js, AMP and Datawrapper formats, and nothing else', async () => {
    const { page } = await openHost(700);
    const height = await settled(page, (h) => h > 300);
    const id = await page.locator('iframe').getAttribute('id');
    const got = () => page.evaluate(() => (window as unknown as { got: unknown[] }).got);
    await expect.poll(async () => (await got()).length).toBeGreaterThanOrEqual(4);
    const last = (await got()).slice(-4);
    expect(last).toEqual([
      { type: 'score-caf:height', height },
      `pymxPYMx${id}xPYMxheightxPYMx${height}`,
      { sentinel: 'amp', type: 'embed-size', height },
      { 'datawrapper-height': { [id!]: height } },
    ]);
    // every message, from the first, is one of the four height messages
    for (const m of await got())
      expect(
        typeof m === 'string'
          ? /^pymxPYMx[\w-]+xPYMxheightxPYMx\d+$/.test(m)
          : JSON.stringify(Object.keys(m as object).sort()).match(
              /^\[("height","type"|"height","sentinel","type"|"datawrapper-height")\]$/,
            ),
      ).toBeTruthy();
    await page.close();
  });

  it('shows the score, its three strongest reasons and the link to the full app under sandbox="allow-scripts"', async () => {
    const { page, frame } = await openHost(700, 'allow-scripts');
    expect(await frame.evaluate(() => origin)).toBe('null');
    // the shipped model's weights are free: the headline is the range over them
    expect(await frame.getByTestId('score').textContent()).toMatch(/^\d+,\d\s%\s–\s\d+,\d\s%$/);
    const reasons = frame.getByTestId('reasons').locator('li');
    await expect.poll(() => reasons.count()).toBeGreaterThan(0);
    expect(await reasons.count()).toBeLessThanOrEqual(3);
    // Free weights: a direction only where every allowed weight gives it. The prime d'activité's
    // direction is reported (its range is on the side of 0 the press gave); the income level's
    // weight is unknown, of either sign.
    const texts = (await reasons.allTextContents()).map((r) => r.replace(/\s+/g, ' ').trim());
    for (const r of texts) expect(r).toMatch(/(fait (monter|baisser) le score|peut faire monter ou baisser)$/);
    expect(texts).toContain("▲ Montant moyen de prime d'activité perçue sur les 12 derniers mois fait monter le score");
    expect(texts).toContain('◆ Niveau de revenu (par rapport au Smic) peut faire monter ou baisser');
    const link = frame.getByTestId('open-full');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener');
    const href = (await link.getAttribute('href'))!;
    // the full app beside the embed's page: the module build, same household
    expect(href.startsWith(`${session.origin}/index.html#lang=fr&`)).toBe(true);
    expect(href).not.toMatch(/embed=1|childId/);
    await settled(page, (h) => h > 300 && h <= 900);
    // sharing still gives the link, though the sandbox refuses the clipboard
    await frame.getByRole('button', { name: 'Copier le lien de partage' }).click();
    expect(await frame.getByTestId('share-link').inputValue()).toMatch(/\/embed\.html\?childId=[\w-]+#v=2&lang=fr&/);
    await page.close();
  });

  it('embed.html opened from file:// shows the score and its range, with no error and no request but the file', async () => {
    const { context, rec } = await recordedContext(session.browser);
    const page = await context.newPage();
    const file = `file://${DIST}embed.html`;
    await page.goto(`${file}#lang=en`);
    // the shipped model's weights are free: the headline is the range over them
    await expect
      .poll(() => page.getByTestId('score').textContent(), { timeout: 15_000 })
      .toMatch(/^\d+\.\d%\s–\s\d+\.\d%$/);
    await expect.poll(() => page.getByTestId('reasons').locator('li').count()).toBeGreaterThan(0);
    // from disk the full app is its one-file copy: module scripts are refused from file://
    expect(await page.getByTestId('open-full').getAttribute('href')).toMatch(
      new RegExp(`^file://${DIST}standalone\\.html#lang=en&model=dmde-2026-modele-1&foyer=`),
    );
    expect(rec.requests).toEqual([file]);
    expect(rec.errors).toEqual([]);
    await context.close();
  });

  it('requested nothing but the host page and the app’s own one file', () => {
    const own = new Set([`${host.origin}/host`, `${session.origin}/embed.html`]);
    const out = session.rec.requests.map((u) => u.split(/[?#]/)[0]!).filter((u) => !own.has(u));
    expect(out).toEqual([]);
    // the one console error allowed is Chromium's own note that the sandbox refused the clipboard
    expect(session.rec.errors.filter((e) => !/^Permissions policy violation: The Clipboard API/.test(e))).toEqual([]);
  });
});

// After the request check above: these pages load the module build too.
describe('embed.html against the full app', () => {
  // A link's edited weights (the intercept set to -1) are rebuilt and checked as in the full app.
  const edited = Buffer.from(
    JSON.stringify({ base: 'dmde-2026-modele-1', changes: [{ variable: 'intercept', value: -1 }] }),
  ).toString('base64url');
  for (const [lang, extra, what] of [
    ['fr', '', 'default household'],
    ['en', '', 'default household'],
    ['fr', `&model=dmde-2026-modele-1-modifie&poids=${edited}`, 'edited weights'],
  ] as const)
    it(`embed.html, its texts trimmed to what it names, reads word for word as the full app's embed view (${lang}, ${what}, form open)`, async () => {
      const read = async (path: string) => {
        const page = await session.context.newPage();
        await page.goto(`${session.origin}${path}#lang=${lang}${extra}&embed=1`);
        await expect
          .poll(() => page.getByTestId('reasons').locator('li').count(), { timeout: 15_000 })
          .toBeGreaterThan(0);
        if (extra) await page.getByTestId('edited-badge').waitFor();
        await page.getByRole('button', { name: lang === 'fr' ? 'Modifier le foyer' : 'Edit the household' }).click();
        // the full app loads the form's code on demand: wait for the form itself, not only its heading
        await page.locator('#preset').waitFor();
        await page.getByRole('button', { name: lang === 'fr' ? 'Masquer le formulaire' : 'Hide the form' }).waitFor();
        const text = await page.locator('.page').innerText();
        await page.close();
        return text;
      };
      const mine = await read('/embed.html');
      expect(mine.length).toBeGreaterThan(1000);
      expect(mine).toBe(await read('/index.html'));
    });

  it('dist/embed-default.svg, made at build with no request, draws what embed.html shows first: score, banner, reasons', async () => {
    const svg = readFileSync(`${DIST}embed-default.svg`, 'utf8');
    // nothing to fetch: no link, no external font or image
    expect(svg).not.toMatch(/href|url\(|@import/);
    const drawn = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
      .map((m) =>
        m[1]!
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      )
      .join(' ');
    const norm = (x: string) => x.replace(/\s+/g, ' ').trim();
    const page = await session.context.newPage();
    await page.goto(`${session.origin}/embed.html#lang=fr`);
    const reasons = page.getByTestId('reasons').locator('li');
    await expect.poll(() => reasons.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(norm(drawn)).toContain(norm((await page.getByTestId('score').textContent())!));
    expect(norm(drawn)).toContain(norm((await page.getByTestId('provenance').textContent())!));
    for (const r of await reasons.allTextContents()) expect(norm(drawn)).toContain(norm(r.replace(/^[▲▼◆]/, '')));
    // a browser draws it as an image of the stated size
    await page.goto(`${session.origin}/embed-default.svg`);
    expect(await page.evaluate(() => document.documentElement.getBoundingClientRect().width)).toBe(600);
    await page.close();
  });

  it('embed.html prints on one A4 page: score, provenance and reasons, no form control', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.origin}/embed.html#lang=fr`);
    await expect.poll(() => page.getByTestId('reasons').locator('li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    const visible = (sel: string) =>
      page.evaluate(
        (s) => [...document.querySelectorAll<HTMLElement>(s)].filter((e) => e.checkVisibility()).length,
        sel,
      );
    expect(await visible('input, select, button, textarea, summary')).toBe(0);
    expect(await page.getByTestId('score').isVisible()).toBe(true);
    expect(await page.getByTestId('provenance').isVisible()).toBe(true);
    expect(await page.getByTestId('print-header').innerText()).toMatch(/Imprimé le \d+ \S+ \d{4}/);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)).toHaveLength(1);
    await page.close();
  });
});

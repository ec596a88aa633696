// The whole flow in a real browser: load, edit, import, share, embed width — with every
// request recorded. Nothing may leave 127.0.0.1.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readScore, running, useSession } from './harness.ts';

const session = useSession();
const open = (path?: string) => session.open(path);

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
/** A euro amount shown on the page ("277,08 €") as a number. */
const euros = (text: string | null) => Number((text ?? '').replace(/[^\d,-]/g, '').replace(',', '.'));
async function computedMeans(page: Page) {
  return {
    rsa: euros(await page.getByTestId('computed-rsa').locator('strong').textContent()),
    pa: euros(await page.getByTestId('computed-pa').locator('strong').textContent()),
  };
}
/**
 * The mechanism is tested with a fixture model of known weights, not with the shipped
 * placeholders, so that loading real CNAF weights one day changes no test.
 */
const FIXTURE = readFileSync(new URL('../fixtures/models/known-weights.csv', import.meta.url));
const fixtureScore = (m: { pa: number; rsa: number }) => logistic(-2 + 0.004 * m.pa + 0.002 * m.rsa);
async function useFixtureModel(page: Page) {
  await page
    .getByTestId('model-file')
    .setInputFiles({ name: 'known-weights.csv', mimeType: 'text/csv', buffer: FIXTURE });
  await expect.poll(() => page.locator('#model').inputValue()).toBe('import-known-weights');
  // Its weights are fixed: the panel shows one number, no range and no example (the shipped model's).
  await expect
    .poll(async () => (await page.getByTestId('score-example').count()) === 0 && !Number.isNaN(await readScore(page)))
    .toBe(true);
}
async function declare(page: Page) {
  await page.getByLabel('Montants que je saisis').check();
  await page.getByLabel('RSA', { exact: true }).waitFor();
}

describe('the sandbox in Chromium', () => {
  it('leads with the range over the possible weights, the placeholder value only as an example', async () => {
    const page = await open();
    await expect.poll(() => page.getByTestId('score').textContent()).toMatch(/\d.*%\s*–\s*\d.*%/);
    const [lo, hi] = (await page.getByTestId('score').textContent())!
      .split('–')
      .map((x) => Number(x.replace(/[^\d,]/g, '').replace(',', '.')));
    const example = Number(
      (await page.getByTestId('score-example').locator('strong').textContent())!
        .replace(/[^\d,]/g, '')
        .replace(',', '.'),
    );
    expect(lo).toBeLessThan(hi!);
    expect(await page.getByTestId('score-example').textContent()).toMatch(/Un exemple de pondération/);
    expect(example).toBeGreaterThan(0);
    // what is known first, saying where its ranges come from; the variables of unknown direction
    // folded into one row, which opens on request
    await expect
      .poll(() => page.getByTestId('effects-source').textContent())
      .toMatch(/compatibles avec ce qui est publié/);
    const folded = page.getByTestId('free-row');
    expect(await folded.textContent()).toMatch(
      /variables dont le sens n’est pas connu.*peuvent faire monter ou baisser.*entre/,
    );
    await folded.getByRole('button').click();
    await expect.poll(() => page.locator('[data-testid=term-ranges] tr.free').count()).toBeGreaterThan(1);
    await page.close();
  });

  it('shows the placeholder warning in the score panel, and an example waterfall on request', async () => {
    const page = await open();
    await expect.poll(() => page.getByTestId('provenance').textContent()).toMatch(/Pondérations fictives/);
    await page.getByText('Voir un exemple de pondération, variable par variable').click();
    expect(await page.locator('[data-testid=waterfall] .row').count()).toBe(19);
    expect(await page.locator('.result .card').getByText('Pondérations fictives').isVisible()).toBe(true);
    await page.close();
  });

  it('scores the model’s variables with the model’s weights (fixture of known weights)', async () => {
    const page = await open();
    await useFixtureModel(page);
    const means = await computedMeans(page);
    expect(means.pa).toBeGreaterThan(100);
    await expect.poll(() => readScore(page)).toBeCloseTo(fixtureScore(means), 3);
    await page.close();
  });

  it('moves the score and the waterfall when a declared amount changes', async () => {
    const page = await open();
    await useFixtureModel(page);
    await declare(page);
    await page.getByLabel('Prime d’activité', { exact: true }).fill('0');
    await expect.poll(() => readScore(page)).toBeCloseTo(fixtureScore({ pa: 0, rsa: 0 }), 3);
    const before = await readScore(page);
    const rsaRow = page.locator('[data-variable=montant_moyen_rsa_12m] .lo');
    expect(await rsaRow.textContent()).toBe('0,000');
    await page.getByLabel('RSA', { exact: true }).fill('500');
    await expect.poll(() => readScore(page)).toBeGreaterThan(before);
    // 500 € × 0.002 = +1 in log-odds
    expect(await readScore(page)).toBeCloseTo(fixtureScore({ pa: 0, rsa: 500 }), 3);
    expect(await rsaRow.textContent()).toBe('+1,000');
    await page.close();
  });

  it('moves the prime d’activité, the model variable and the score together when earnings change', async () => {
    const page = await open();
    await useFixtureModel(page);
    const earnings = page.getByLabel('Revenus d’activité nets (€/mois)').first();
    const initial = (await computedMeans(page)).pa;
    await earnings.fill('700');
    await expect.poll(async () => (await computedMeans(page)).pa).not.toBe(initial);
    const low = {
      pa: euros(await page.getByTestId('pa-amount').textContent()),
      score: await readScore(page),
      row: await page.locator('[data-variable=montant_moyen_pa_12m] .lo').textContent(),
    };
    await earnings.fill('1700');
    await expect.poll(() => readScore(page)).toBeLessThan(low.score);
    const high = {
      pa: euros(await page.getByTestId('pa-amount').textContent()),
      row: await page.locator('[data-variable=montant_moyen_pa_12m] .lo').textContent(),
    };
    expect(high.pa).toBeLessThan(low.pa);
    expect(high.row).not.toBe(low.row);
    expect(await readScore(page)).toBeCloseTo(fixtureScore(await computedMeans(page)), 3);
    expect(await page.locator('[data-variable=montant_moyen_pa_12m] .derived').count()).toBe(1);
    await page.close();
  });

  it('computes a working single mother’s AF, prime d’activité and RSA, and marks the AF variable as computed', async () => {
    const page = await open();
    await page.getByLabel('Revenus d’activité nets (€/mois)').first().fill('900');
    await page.getByRole('button', { name: 'Ajouter un enfant' }).click();
    await page.getByRole('button', { name: 'Ajouter un enfant' }).click();
    const ages = page.getByLabel(/Enfant \d — Âge/);
    await ages.nth(0).fill('4');
    await ages.nth(1).fill('9');
    // AF for two children, no modulation at this income: 32 % of the BMAF (CSS D521-1), whose value from
    // April 2026 is 478.16 € (revaluation of 1 April 2026): 0.32 × 478.16 = 153.01 €, before CRDS.
    await expect.poll(async () => euros(await page.getByTestId('family-af').textContent())).toBe(153.01);
    expect(euros(await page.getByTestId('pa-amount').textContent())).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('rsa-amount').count()).toBe(1);
    expect(await page.locator('[data-variable=montant_moyen_af_12m] .derived').count()).toBe(1);
    await page.close();
  });

  it('pins two presets beside the household and says what holds whatever the weights', async () => {
    const page = await open('/#lang=fr&model=cnaf-2014');
    await page.getByLabel('Épingler un exemple').selectOption('single-mother-rsa');
    await page.getByLabel('Épingler un exemple').selectOption({ index: 1 });
    await expect.poll(() => page.locator('[data-testid^=verdict-]').count()).toBe(2);
    for (const v of await page.locator('[data-testid^=verdict-]').allTextContents())
      expect(v).toMatch(/Quelles que soient les pondérations|Cela dépend des pondérations|même score/);
    await page
      .getByRole('button', { name: /Retirer/ })
      .first()
      .click();
    await expect.poll(() => page.locator('[data-testid^=verdict-]').count()).toBe(1);
    await page.close();
  });

  it('edits a weight × 2, scores with it and marks the model as edited', async () => {
    const page = await open();
    await useFixtureModel(page);
    const before = await readScore(page);
    await page.getByText('Pour les expert·es : modifier les pondérations').click();
    await page.getByRole('button', { name: '× 2 intercept' }).click();
    await page.getByTestId('edited-badge').waitFor();
    // intercept −2 → −4 with the fixture's fixed weights: the logit falls by exactly 2
    const logit = (p: number) => Math.log(p / (1 - p));
    await expect.poll(async () => logit(await readScore(page))).toBeCloseTo(logit(before) - 2, 2);
    expect(await page.locator('#model').inputValue()).toBe('import-known-weights-modifie');
    await page.close();
  });

  it('labels each weight and says why “× 2” on a zero weight changes nothing', async () => {
    const page = await open();
    await page.getByText('Pour les expert·es : modifier les pondérations').click();
    await page.locator('[data-weight]').first().waitFor();
    // the first weight at 0 (an unknown weight of the file)
    const name = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('[data-weight]')].find(
          (row) => row.querySelector<HTMLInputElement>('input[type="number"]')!.value === '0',
        )?.dataset.weight,
    );
    const zero = page.locator(`[data-weight="${name}"]`);
    // the row reads as the variable's label, its provenance and its plausible range
    expect(await zero.locator('th').textContent()).not.toBe(name);
    expect(await zero.getByTestId('weight-status').textContent()).toMatch(/inconnu|fictif|publié|rapporté/);
    await zero.getByRole('button', { name: /^× 2/ }).click();
    await expect.poll(() => page.getByTestId('weights-note').textContent()).toMatch(/ne change rien.*2 × 0 = 0/);
    expect(await page.getByTestId('edited-badge').count()).toBe(0);
    await page.close();
  });

  it('reopens a share link with an edited model, edited', async () => {
    const page = await open('/#lang=fr&model=cnaf-2014');
    await expect.poll(() => readScore(page)).not.toBeNaN();
    const before = await readScore(page);
    await page.getByText('Pour les expert·es : modifier les pondérations').click();
    await page.getByRole('button', { name: '× 0 intercept' }).click();
    await page.getByTestId('edited-badge').waitFor();
    await expect.poll(() => page.locator('#model').inputValue()).toBe('cnaf-2014-modifie');
    // the example weighting now has an intercept of 0: its score moves away from the file's
    await expect.poll(async () => Math.abs((await readScore(page)) - before) > 1e-3).toBe(true);
    const edited = await readScore(page);
    await page.getByText('Code d’intégration').click();
    const code = await page.getByTestId('embed-code').inputValue();
    const src = /src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&');
    const hash = src.slice(src.indexOf('#')).replace('&embed=1', '');
    expect(hash).toMatch(/poids=/);
    const again = await open('/' + hash);
    await again.getByTestId('edited-badge').waitFor();
    expect(await again.locator('#model').inputValue()).toBe('cnaf-2014-modifie');
    await expect.poll(() => readScore(again)).toBeCloseTo(edited, 4);
    await Promise.all([again.close(), page.close()]);
  });

  it('tells a household that does not claim the prime d’activité what it may be entitled to', async () => {
    const page = await open();
    await useFixtureModel(page);
    await page.getByLabel('Je ne demande pas la prime d’activité').check();
    await expect.poll(() => page.getByText('Vous pourriez avoir droit à environ').count()).toBe(1);
    expect(await page.getByTestId('droits').getByRole('status').textContent()).toMatch(
      /prime d’activité, que vous ne demandez pas.*caf\.fr/,
    );
    // not claimed: the model sees 0 € of prime d'activité
    await expect.poll(() => readScore(page)).toBeCloseTo(fixtureScore({ pa: 0, rsa: 0 }), 3);
    await page.close();
  });

  it('puts the slider at 0 € when the earnings box is cleared, as the score does', async () => {
    const page = await open();
    await useFixtureModel(page);
    await page.getByLabel('Voir le tableau des données').check();
    const box = page.getByLabel('Revenus d’activité nets (€/mois)').first();
    const slider = page.locator('.amount').first().locator('input[type=range]');
    // The sweep's own row shows the earnings the engine scored: wait for it, then read the score.
    const scoredEarnings = async () =>
      euros((await page.locator('tr.current td').first().innerText()).replace(/\(.*\)/, ''));
    await box.fill('0');
    await expect.poll(() => slider.inputValue()).toBe('0');
    await expect.poll(scoredEarnings).toBe(0);
    const atZero = await readScore(page);
    await box.fill('1500');
    await expect.poll(scoredEarnings).toBe(1500);
    expect(await readScore(page)).not.toBeCloseTo(atZero, 4);
    await box.fill('');
    await expect.poll(scoredEarnings).toBe(0);
    expect(await readScore(page)).toBeCloseTo(atZero, 4);
    expect(await slider.inputValue()).toBe('0');
    await page.close();
  });

  it('marks the household’s own point on the earnings sweep, with the headline score', async () => {
    const page = await open();
    await page.getByLabel('Voir le tableau des données').check();
    const here = page.locator('tr.current');
    await expect.poll(() => here.count()).toBe(1);
    const cells = await here.locator('td').allInnerTexts();
    // the default household earns 1 200 € a month: its own row, not the nearest grid point
    expect(euros(cells[0]!.replace(/\(.*\)/, ''))).toBe(1200);
    expect(Number(cells[1]!.replace(/[^\d,]/g, '').replace(',', '.')) / 100).toBeCloseTo(await readScore(page), 4);
    // the example weighting's curve is never alone: its band over the draws, a legend, a table
    await page.getByTestId('sweep-band').waitFor({ state: 'attached' });
    expect(await page.locator('[data-chart="sweep"] .legend').textContent()).toMatch(
      /5 % à 95 % des 1[\s\u202f]?000 pondérations tirées.*un exemple de pondération \(poids fictifs\)/,
    );
    expect(await page.getByTestId('sweep-band-table').locator('tbody tr').count()).toBeGreaterThan(5);
    await page.close();
  });

  it('names a cleared age box instead of scoring a default age', async () => {
    const page = await open();
    await page.getByLabel('Âge').first().fill('');
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toMatch(/adults\[0\]\.age — valeur manquante/);
    expect(await page.getByTestId('score').count()).toBe(0);
    await page.close();
  });

  it('keeps what was typed and names the field when the household is impossible', async () => {
    const page = await open();
    const age = page.getByLabel('Âge').first();
    await age.fill('12');
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toMatch(/adults\[0\]\.age .*au moins 18 ans/);
    expect(await age.inputValue()).toBe('12');
    await age.fill('40');
    await page.getByTestId('score').waitFor();
    await page.close();
  });

  it('switches to English and back', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('The CAF score, on your own device');
    expect(await page.getByTestId('provenance').textContent()).toMatch(/Stand-in weights/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'Passer en français' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.close();
  });

  it('imports a coefficient table from disk, marks it as imported and scores with it', async () => {
    const page = await open();
    await declare(page);
    const csv = 'variable,level,coefficient\nintercept,,-1\ntutelle,1,0.5\nmontant_moyen_rsa_12m,*,0.002\n';
    await page
      .getByTestId('model-file')
      .setInputFiles({ name: 'vrais-poids.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.getByText('Modèle chargé : vrais-poids.csv').count()).toBe(1);
    // innerText: the words as the reader sees them, source line breaks collapsed
    expect(await page.locator('.imported').innerText()).toMatch(/Modèle importé.*vrais-poids\.csv/);
    await page.getByLabel('Dossier géré par une tutelle ou curatelle').check();
    await page.getByLabel('RSA', { exact: true }).fill('300');
    // −1 + 0.5 + 0.002 × 300 = 0.1
    await expect.poll(() => readScore(page)).toBeCloseTo(logistic(0.1), 3);
    expect(await page.getByTestId('provenance').textContent()).toMatch(/Provenance des pondérations non établie/);
    await page.close();
  });

  it('rejects a broken model file with the line and the problem, and keeps the current model', async () => {
    const page = await open();
    const csv = 'variable,level,coefficient,scale\nintercept,,-1\ntutelle,1,-3,oddsratio\n';
    await page
      .getByTestId('model-file')
      .setInputFiles({ name: 'faux.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toMatch(/ligne 3.*odds ratio est strictement positif/);
    expect(await page.locator('#model').inputValue()).toBe('dmde-2026-modele-1');
    expect(await readScore(page)).toBeGreaterThan(0);
    await page.close();
  });

  it('applies a preset household and explains why it is there', async () => {
    const page = await open();
    await useFixtureModel(page);
    await page.getByLabel('Exemples de foyers').selectOption('single-mother-rsa');
    await expect.poll(() => page.getByText('36 % des contrôles à domicile').count()).toBe(1);
    // a single mother without earnings: the RSA computed by the law drives the score
    await expect.poll(async () => (await computedMeans(page)).rsa).toBeGreaterThan(300);
    await expect.poll(async () => readScore(page)).toBeCloseTo(fixtureScore(await computedMeans(page)), 3);
    await page.close();
  });

  it('opens a share link with its household, and survives a broken one', async () => {
    const page = await open();
    await declare(page);
    await page.getByLabel('RSA', { exact: true }).fill('500');
    await page.getByRole('button', { name: 'Copier le lien de partage' }).click();
    // The short link is compressed asynchronously: the address follows once it is written.
    await expect.poll(() => page.url()).toMatch(/#v=2&lang=fr&model=dmde-2026-modele-1&f=/);
    const link = page.url();
    const shared = await session.context.newPage();
    await shared.goto(link);
    await shared.getByTestId('score').waitFor();
    expect(await shared.getByLabel('RSA', { exact: true }).inputValue()).toBe('500');
    const broken = await session.context.newPage();
    await broken.goto(`${session.origin}/#lang=en&foyer=eyJhZHVsdHMiOlt7ImFnZ`);
    await broken.getByTestId('score').waitFor();
    expect(await broken.getByRole('status').first().textContent()).toMatch(/household in the link is unreadable/);
    await Promise.all([page.close(), shared.close(), broken.close()]);
  });

  it('scores a model from the 2014 reconstruction and shows the model card of model 2', async () => {
    const page = await open();
    await page.locator('#model').selectOption('cnaf-2014');
    await expect.poll(() => page.locator('[data-testid=waterfall] .row').count()).toBe(21);
    await page.locator('#model').selectOption('dmde-2026-modele-2');
    await expect.poll(() => page.getByText('Ce modèle ne peut pas être simulé.').count()).toBe(1);
    await page.close();
  });

  it('still works when no worker can start', async () => {
    const page = await open('/?no-worker');
    expect(await page.getByText('Le calcul tourne dans la page').count()).toBe(1);
    await declare(page);
    await page.getByLabel('Prime d’activité', { exact: true }).fill('0');
    await page.getByLabel('RSA', { exact: true }).fill('625');
    await expect.poll(() => readScore(page)).toBeCloseTo(logistic(-2), 3);
    await page.close();
  });

  it('restarts a crashed worker and keeps the household', async () => {
    const crashy = await session.browser.newContext();
    crashy.on('request', (r) => session.rec.requests.push(r.url()));
    const page = await crashy.newPage();
    await running(page, () => page.goto(session.origin + '/'));
    await page.getByTestId('score').waitFor();
    await page.getByLabel('Âge').first().fill('41');
    await expect.poll(() => page.workers().length).toBe(1);
    const first = page.workers()[0]!;
    const closed = new Promise((r) => first.on('close', r));
    await first.evaluate(() =>
      setTimeout(() => {
        throw new Error('crash test');
      }),
    );
    await closed;
    await expect.poll(() => page.workers().length).toBe(1);
    expect(page.workers()[0]).not.toBe(first);
    expect(await page.getByLabel('Âge').first().inputValue()).toBe('41');
    await declare(page);
    await page.getByLabel('Prime d’activité', { exact: true }).fill('0');
    await page.getByLabel('RSA', { exact: true }).fill('625');
    await expect.poll(() => readScore(page)).toBeCloseTo(logistic(-2), 3);
    await crashy.close();
  });

  it('fits a 320 px screen without horizontal scrolling', async () => {
    const narrow = await session.browser.newContext({ viewport: { width: 320, height: 640 } });
    narrow.on('request', (r) => session.rec.requests.push(r.url()));
    const page = await narrow.newPage();
    await page.goto(session.origin + '/');
    await page.getByTestId('score').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await narrow.close();
  });

  it('links its icon and manifest and offers the example table, all served from public/', async () => {
    const page = await open();
    const links = await page.evaluate(() => ({
      icon: document.querySelector<HTMLLinkElement>('link[rel=icon]')!.href,
      manifest: document.querySelector<HTMLLinkElement>('link[rel=manifest]')!.href,
      example: document.querySelector<HTMLAnchorElement>('[data-testid=example-table]')!.href,
    }));
    // fetched from the test runner, not the page: the page's own requests stay the app's
    const get = async (url: string) => {
      const r = await fetch(url);
      expect(r.status, url).toBe(200);
      return r;
    };
    expect((await get(links.icon)).headers.get('content-type')).toBe('image/svg+xml');
    const manifest = await (await get(links.manifest)).json();
    expect(manifest.start_url).toBe('./');
    for (const icon of manifest.icons) await get(new URL(icon.src, links.manifest).href);
    expect(await (await get(links.example)).text()).toMatch(/^# EXEMPLE INVENTÉ/);
    await page.close();
  });

  it('sent no request anywhere but to the app’s own static files, and logged no error', () => {
    expect(session.rec.requests.length).toBeGreaterThan(5);
    const foreign = session.rec.requests.filter(
      (u) => !u.startsWith(`${session.origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'),
    );
    expect(foreign).toEqual([]);
    const notStatic = session.rec.requests.filter(
      (u) =>
        u.startsWith(session.origin) &&
        !/\/(\?no-worker)?(#.*)?$|\.(js|css|html|svg|png|ico|webmanifest)(\?.*)?$/.test(
          new URL(u).pathname + new URL(u).search,
        ),
    );
    expect(notStatic).toEqual([]);
    expect(session.rec.errors).toEqual([]);
  });
});

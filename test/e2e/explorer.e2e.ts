// The explorer in Chromium: "avant → après" after an edit, the household under every model side
// by side, the sensitivity curves and "what would change it".

import { describe, expect, it } from 'vitest';
import { useSession } from './harness.ts';

const session = useSession();
const open = (path?: string) => session.open(path);
/** Waits on a condition: a loaded machine may take seconds (the counterfactual scores hundreds of variants). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 50 });
/** "12,3 %" as 0.123; a range "a – b" as its two ends. */
const percents = (text: string | null) =>
  [...(text ?? '').matchAll(/(\d+(?:,\d+)?)\s*%/g)].map((m) => Number(m[1]!.replace(',', '.')) / 100);

describe('the explorer in Chromium', () => {
  it('shows the score before and after an edit of the household, and what moved', async () => {
    const page = await open('/#lang=fr&model=cnaf-2014');
    await page.getByTestId('score-median').waitFor();
    const before = percents(await page.getByTestId('score').textContent());
    expect(await page.getByTestId('change').count()).toBe(0);
    await page.getByLabel('Revenus d’activité nets (€/mois)').first().fill('0');
    await page.getByTestId('change-score').waitFor();
    await poll(async () => percents(await page.getByTestId('score').textContent())).not.toEqual(before);
    const shown = percents(await page.getByTestId('change-score').textContent());
    const now = percents(await page.getByTestId('score').textContent());
    // "avant → après": the old range then the new one, the new one as the headline says it
    expect(shown).toEqual([...before, ...now]);
    expect(await page.getByTestId('change').locator('li').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('scores the household with every model on one axis, lists model 2 as not scorable and the changes since 2014', async () => {
    const page = await open('/#lang=fr&model=cnaf-2014');
    const models = page.getByTestId('models');
    await poll(() => models.getByTestId('models-score').count()).toBe(2);
    for (const text of await models.getByTestId('models-score').allTextContents()) {
      const [lo, hi] = percents(text);
      expect(lo).toBeLessThanOrEqual(hi!);
    }
    expect(await models.locator('tr[data-model="dmde-2026-modele-2"]').textContent()).toMatch(
      /Ne peut pas être calculé/,
    );
    expect(await models.getByTestId('appeared').textContent()).toMatch(/RSA/);
    expect(await models.getByTestId('disappeared').textContent()).toMatch(/./);
    // An edited model appears beside the others, marked
    await page.getByText('Pour les expert·es : modifier les pondérations').click();
    await page.getByRole('button', { name: '× 0 intercept' }).click();
    await models.getByTestId('models-edited').waitFor();
    await poll(() => models.getByTestId('models-score').count()).toBe(3);
    await page.close();
  });

  it('draws the score’s band as each field moves, with a table behind, and answers “what would change it”', async () => {
    const page = await open('/#lang=fr&model=cnaf-2014');
    const panel = page.getByTestId('sensitivity');
    await panel.getByText('Voir les courbes, élément par élément').click();
    await poll(() => panel.locator('figure[data-field]').count()).toBeGreaterThan(1);
    await panel.getByLabel('Voir les tableaux de ces courbes').check();
    const rows = panel.locator('figure[data-field="adults[0].earnings"] tbody tr');
    expect(await rows.count()).toBe(11);
    await panel.getByRole('button', { name: 'Chercher' }).click();
    await poll(() => panel.getByTestId('what-if-answer').textContent()).toMatch(
      /Le plus petit changement|Aucun changement plausible|rien à changer/,
    );
    expect(await panel.getByTestId('what-if-answer').textContent()).not.toMatch(/adults\[|\]\./);
    await page.close();
  });

  it('moves a weight with its slider, exports the edited model as JSON and CSV, and the comparison as CSV', async () => {
    const page = await open('/#lang=fr&model=cnaf-2014');
    await page.getByText('Pour les expert·es : modifier les pondérations').click();
    const slider = page.getByLabel('Curseur du poids intercept');
    const [lo, hi] = [Number(await slider.getAttribute('min')), Number(await slider.getAttribute('max'))];
    expect(lo).toBeLessThan(hi);
    await slider.fill(String(hi));
    await page.getByTestId('edited-badge').waitFor();
    await poll(() => page.locator('[data-weight="intercept"] input[type="number"]').inputValue()).toBe(String(hi));
    // the weight set is fixed at that value, and its row says so
    expect(await page.locator('[data-weight="intercept"]').getByTestId('weight-status').textContent()).toBe(
      'fixé à la valeur saisie',
    );
    expect(await page.locator('#model option:checked').textContent()).toMatch(/\[modifié\]/);
    const read = async (testid: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(c as Buffer);
      return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
    };
    const json = await read('export-json');
    expect(json.name).toBe('cnaf-2014-modifie.json');
    expect(JSON.parse(json.text).intercept.value).toBe(hi);
    const csv = await read('export-csv');
    expect(csv.name).toBe('cnaf-2014-modifie.csv');
    expect(csv.text.split('\n')[1]).toMatch(new RegExp(`^intercept,,${hi},`));
    await page.getByLabel('Épingler un exemple').selectOption('single-mother-rsa');
    await poll(() => page.locator('[data-testid^=verdict-]').count()).toBe(1);
    const cmp = await read('pins-export');
    const lines = cmp.text.trim().split('\n');
    expect(lines[0]).toMatch(/^model,household,q05,q50,q95/);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^cnaf-2014-modifie,/);
    expect(lines[2]).toMatch(/,(a>=b|b>=a|equal|none),/);
    await page.close();
  });

  it('keeps an imported model and its choice with “Se souvenir…” across a reload', async () => {
    const page = await open('/#lang=fr');
    await page.getByLabel('Se souvenir de ce foyer sur cet appareil').check();
    await page.getByTestId('model-file').setInputFiles({
      name: 'mes-poids.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('variable,level,coefficient\nintercept,,-1.5\ntutelle,1,0.5\n'),
    });
    await poll(() => page.locator('#model').inputValue()).toBe('import-mes-poids');
    const again = await session.context.newPage();
    await again.goto(session.origin + '/');
    await poll(() => again.locator('#model').inputValue()).toBe('import-mes-poids');
    await again.getByTestId('score').waitFor();
    await again.getByLabel('Se souvenir de ce foyer sur cet appareil').uncheck();
    await Promise.all([again.close(), page.close()]);
  });

  it('sent no request anywhere but to the app’s own files, and logged no error', () => {
    const foreign = session.rec.requests.filter(
      (u) => !u.startsWith(`${session.origin}/`) && !u.startsWith('data:') && !u.startsWith(`blob:${session.origin}/`),
    );
    expect(foreign).toEqual([]);
    expect(session.rec.errors).toEqual([]);
  });
});

// The worker's one call for Amsterdam's Slimme Check (engine/application.ts): for a profile typed in
// the form, the exact score of both versions, the waterfall, each term's shape with the profile's bin,
// the term-by-term comparison and the facts. Expected values are read from the published files
// copied in test/cases/amsterdam/ (test vectors, bins, facts), never from the code under test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applicationView, type ApplicationView } from '../../src/engine/application.ts';
import { HOUSEHOLD_VARIABLES, isFeatureModel } from '../../src/engine/constants.ts';
import { FEATURES } from '../../src/engine/features.ts';
import { allShippedModels } from '../../src/engine/registry-binned.ts';
import type { FeatureValue, Model } from '../../src/engine/types.ts';
import { readCsv } from '../../src/formats/csv.ts';
import { createApi } from '../../src/worker/api.ts';

const table = (f: string) => {
  const [header, ...body] = readCsv(readFileSync(new URL(`../cases/amsterdam/${f}`, import.meta.url), 'utf8')).rows;
  return body.map((r) => Object.fromEntries(header!.cells.map((h, j) => [h, r.cells[j] ?? ''])));
};
const vectors = table('test-vectors.csv');
const bins = table('ebm-terms.csv');
const facts = table('model-facts.csv');
const EARLY = 'amsterdam-slimme-check-2022-05-23';
const LATE = 'amsterdam-slimme-check-2022-05-31';
const SOURCE: Record<string, string> = {
  [EARLY]: 'amsterdam_slimmecheck_2022-05-23_prepilot',
  [LATE]: 'amsterdam_slimmecheck_2022-05-31_reweighted',
};
const models = new Map<string, Model>(allShippedModels().map((m) => [m.id, m]));
const CATEGORICAL = new Set(
  bins.filter((r) => r.model_id === SOURCE[EARLY] && r.feature_type === 'categorical').map((r) => r.feature!),
);

/** A published profile as the form sends it: numbers, and categorical levels by id ("0", "1"). */
function valuesOf(row: Record<string, string>): Record<string, FeatureValue> {
  const out: Record<string, FeatureValue> = {};
  for (const v of models.get(EARLY)!.variables)
    out[v.id] = CATEGORICAL.has(v.id) ? String(Number(row[v.id])) : Number(row[v.id]);
  return out;
}

function answer(modelId: string, values: Record<string, FeatureValue>): ApplicationView {
  const r = applicationView(models, { id: 7, modelId, values });
  if (!r.ok) throw new Error(r.reason);
  expect(r.id).toBe(7);
  return r.view;
}

/** The published bin of `feature` (model `modelId`) that holds `x`, from ebm-terms.csv. */
function publishedBin(modelId: string, feature: string, x: number) {
  const row = bins.find(
    (r) =>
      r.model_id === SOURCE[modelId] &&
      r.feature === feature &&
      r.category !== 'missing' &&
      (/inf$/.test(r.lower!) || x >= Number(r.lower)) &&
      (/inf$/.test(r.upper!) || x < Number(r.upper)),
  )!;
  return { value: Number(row.logit_contribution), sd: Number(row.sd_over_bags) };
}
const fact = (modelId: string, metric: string) =>
  facts.find((r) => r.model_id === SOURCE[modelId] && r.metric === metric)!.value!;

describe('the application call', () => {
  it('scores the 259 published profiles exactly under both versions, in one answer', () => {
    expect(vectors).toHaveLength(259);
    let worst = 0;
    for (const row of vectors) {
      const a = answer(EARLY, valuesOf(row));
      const b = answer(LATE, valuesOf(row));
      worst = Math.max(
        worst,
        Math.abs(a.score.score - Number(row.original_model_score)),
        Math.abs(a.other!.score.score - Number(row.reweighted_model_score)),
        Math.abs(b.score.score - Number(row.reweighted_model_score)),
        Math.abs(b.other!.score.score - Number(row.original_model_score)),
      );
    }
    expect(worst).toBeLessThan(1e-12);
  });

  it('starts from the typical profile: the published row 2, its values shown to the form', () => {
    const row2 = vectors.find((r) => r.row_in_source === '2')!;
    const v = answer(EARLY, {});
    expect(v.score.score).toBeCloseTo(Number(row2.original_model_score), 12);
    expect(v.other?.modelId).toBe(LATE);
    expect(v.other!.score.score).toBeCloseTo(Number(row2.reweighted_model_score), 12);
    expect(v.profile.afspraken_no_show_count_last_year).toBe(Number(row2.afspraken_no_show_count_last_year));
    expect(v.profile.has_partner).toBe(String(Number(row2.has_partner)));
    // The imputation's indicator is the model's own: shown, never typed.
    expect(v.derived).toEqual(['sum_inkomen_bruto_was_mean_imputed']);
  });

  it('gives the waterfall from the published intercept, each term adding to the exact logit', () => {
    const v = answer(EARLY, { afspraken_no_show_count_last_year: 3 });
    const intercept = Number(
      bins.find((r) => r.model_id === SOURCE[EARLY] && r.feature === 'intercept')!.logit_contribution,
    );
    expect(v.score.intercept).toBe(intercept);
    expect(v.score.contributions).toHaveLength(15);
    const sum = v.score.contributions.reduce((s, c) => s + c.logodds, intercept);
    expect(sum).toBeCloseTo(v.score.logit, 12);
    expect(v.score.provenance).toBe('published');
  });

  it('draws each term from its published bins and marks the profile’s bin', () => {
    const v = answer(EARLY, { afspraken_no_show_count_last_year: 3, total_vermogen: 12_345, has_partner: '0' });
    const noShow = v.terms.find((t) => t.variable === 'afspraken_no_show_count_last_year')!;
    const published = bins.filter(
      (r) =>
        r.model_id === SOURCE[EARLY] && r.feature === 'afspraken_no_show_count_last_year' && r.category !== 'missing',
    );
    expect(noShow.levels).toBe(false);
    expect(noShow.steps.map((s) => s.n.value)).toEqual(published.map((r) => Number(r.logit_contribution)));
    expect(noShow.steps.map((s) => s.n.sd)).toEqual(published.map((r) => Number(r.sd_over_bags)));
    // Published: [2.5, inf) +1.90615 (2022-05-23).
    expect(noShow.steps[noShow.at!]!.n.value).toBe(1.9061515846906498);
    expect(noShow.contribution?.logodds).toBe(1.9061515846906498);
    const wealth = v.terms.find((t) => t.variable === 'total_vermogen')!;
    expect(wealth.steps[wealth.at!]!.n).toMatchObject(publishedBin(EARLY, 'total_vermogen', 12_345));
    const partner = v.terms.find((t) => t.variable === 'has_partner')!;
    const level0 = bins.find(
      (r) =>
        r.model_id === SOURCE[EARLY] &&
        r.feature === 'has_partner' &&
        r.category !== 'missing' &&
        Number(r.category) === 0,
    )!;
    expect(partner.levels).toBe(true);
    expect(partner.steps[partner.at!]).toMatchObject({ level: '0', n: { value: Number(level0.logit_contribution) } });
  });

  it('compares the versions term by term on the same profile', () => {
    const v = answer(EARLY, { afspraken_no_show_count_last_year: 3 });
    const row = v.other!.rows.find((r) => r.variable === 'afspraken_no_show_count_last_year')!;
    expect(row.a).toBe(publishedBin(EARLY, 'afspraken_no_show_count_last_year', 3).value);
    expect(row.b).toBe(publishedBin(LATE, 'afspraken_no_show_count_last_year', 3).value);
    expect(row.diff).toBe(row.b - row.a);
    const moved = v.other!.rows.reduce((s, r) => s + r.diff, v.other!.score.intercept - v.score.intercept);
    expect(moved).toBeCloseTo(v.other!.score.logit - v.score.logit, 12);
  });

  it.each([EARLY, LATE])('sends the published facts of %s with their status and sources', (id) => {
    const f = answer(id, {}).facts!;
    expect(f.testAuc).toEqual({ value: Number(fact(id, 'test_auc')), status: 'published', source: 'facts' });
    expect(f.cvAuc.value).toBe(Number(fact(id, 'cv_best_roc_auc')));
    expect(f.trainAuc.value).toBe(Number(fact(id, 'train_auc')));
    expect(f.precision.value).toBe(Number(fact(id, 'test_precision')));
    expect(f.recall.value).toBe(Number(fact(id, 'test_recall')));
    expect([f.test.notWorth.value, f.test.worth.value].join('/')).toBe(fact(id, 'test_n_neg_pos'));
    expect([f.train.notWorth.value, f.train.worth.value].join('/')).toBe(fact(id, 'train_n_neg_pos'));
    expect(f.incomeMean.value).toBe(Number(fact(id, 'income_imputation_mean')));
    expect(f.pilot.status).toBe('reported');
    for (const n of [f.testAuc, f.cvAuc, f.trainAuc, f.precision, f.recall, f.incomeMean, f.test.worth, f.train.worth])
      expect(f.sources[n.source], n.source).toBeDefined();
    expect(f.sources[f.pilot.source]?.title).toMatch(/Trouw/);
    expect(Object.values(f.sources).some((s) => s.url?.includes('algoritmes.overheid.nl'))).toBe(true);
  });

  it('answers no score for an unknown model or a household model', () => {
    expect(applicationView(models, { id: 1, modelId: 'nope', values: {} })).toEqual({
      id: 1,
      ok: false,
      reason: 'unknown-model',
    });
    expect(applicationView(models, { id: 2, modelId: 'cnaf-2014', values: {} })).toEqual({
      id: 2,
      ok: false,
      reason: 'household-model',
    });
  });

  it('is the worker’s call', async () => {
    const api = createApi();
    // Amsterdam's files load on demand (a first visit does not fetch them): asked for before the call.
    await api.loadShipped(LATE);
    const r = await api.application({ id: 3, modelId: LATE, values: {} });
    const row2 = vectors.find((x) => x.row_in_source === '2')!;
    expect(r.ok && r.view.score.score).toBeCloseTo(Number(row2.reweighted_model_score), 12);
  });
});

describe('telling a household model from a feature model, without the engine', () => {
  it('lists exactly the variables the app derives from a household', () => {
    expect([...HOUSEHOLD_VARIABLES].sort()).toEqual(Object.keys(FEATURES).sort());
  });

  it('marks the Amsterdam models only among the shipped ones', () => {
    expect(
      allShippedModels()
        .filter(isFeatureModel)
        .map((m) => m.id),
    ).toEqual([EARLY, LATE]);
  });
});

// Amsterdam's Slimme Check, every weight published: the two shipped models reproduce the 259
// profiles Lighthouse Reports scored with both (test/cases/amsterdam/, copied from the facts), the
// committed files follow from the published bins, and the declared income imputation is applied.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFeatures, score, type Features, type Model, type SourcedNumber } from '../../src/engine/index.ts';
import { binnedModels } from '../../src/engine/registry-binned.ts';
import { readCsv } from '../../src/formats/csv.ts';
import { buildModel, VERSIONS } from '../../scripts/amsterdam-build.ts';

const read = (f: string) => readFileSync(new URL(`../cases/amsterdam/${f}`, import.meta.url), 'utf8');
const [header, ...body] = readCsv(read('test-vectors.csv')).rows;
const profiles = body.map((r) => Object.fromEntries(header!.cells.map((h, j) => [h, r.cells[j]!])));
const [early, late] = binnedModels() as [Model, Model];

const featuresOf = (m: Model, row: Record<string, string>): Features => {
  const raw = Object.fromEntries(m.variables.map((v) => [v.id, Number(row[v.id])]));
  const f = checkFeatures(m, raw);
  if (!f.ok) throw new Error(JSON.stringify(f.errors));
  return f.value;
};

const numbers = (m: Model): SourcedNumber[] => [
  m.intercept,
  ...m.variables.flatMap((v) =>
    v.type === 'numeric' && v.encoding === 'bins'
      ? [...v.bins.map((b) => b.coefficient), ...(v.missing ? [v.missing] : []), ...(v.impute ? [v.impute.value] : [])]
      : v.type === 'categorical'
        ? v.levels.flatMap((l) => (l.coefficient ? [l.coefficient] : []))
        : [],
  ),
];

describe('the shipped Slimme Check models', () => {
  it('has the 259 published profiles and both versions', () => {
    expect(profiles).toHaveLength(259);
    expect([early.id, late.id]).toEqual(['amsterdam-slimme-check-2022-05-23', 'amsterdam-slimme-check-2022-05-31']);
  });

  it.each([
    ['2022-05-23', 0, 'original_model_score'],
    ['2022-05-31', 1, 'reweighted_model_score'],
  ] as const)('scores the 259 profiles within 1e-12 of the published %s scores', (_, i, column) => {
    const m = binnedModels()[i]!;
    let worst = 0;
    for (const row of profiles)
      worst = Math.max(worst, Math.abs(score(m, featuresOf(m, row)).score - Number(row[column])));
    expect(worst).toBeLessThan(1e-12);
  });

  it('gives the two versions different scores (the reweighting moved weight)', () => {
    const differ = profiles.filter((r) => Number(r.original_model_score) !== Number(r.reweighted_model_score));
    expect(differ.length).toBeGreaterThan(200);
  });

  it('follows from the published bins (scripts/amsterdam-build.ts writes the committed files)', () => {
    expect(VERSIONS.map((v) => v.id)).toEqual([early.id, late.id]);
    for (const version of VERSIONS) {
      const committed = JSON.parse(read(`../../../src/models/${version.id}.json`));
      expect(committed).toEqual(JSON.parse(JSON.stringify(buildModel(version))));
    }
  });

  it('marks every number published, cites the city and Lighthouse Reports, keeps the Dutch ids', () => {
    for (const m of [early, late]) {
      expect(numbers(m).every((n) => n.status === 'published')).toBe(true);
      expect(m.variables).toHaveLength(15);
      expect(m.variables.map((v) => v.id)).toContain('afspraken_no_show_count_last_year');
      expect(m.publisher).toBe('Gemeente Amsterdam');
      const urls = Object.values(m.sources).map((s) => s.url ?? '');
      expect(urls.some((u) => u.includes('algoritmes.overheid.nl'))).toBe(true);
      expect(urls.some((u) => u.includes('Lighthouse-Reports'))).toBe(true);
      for (const v of m.variables) {
        expect(v.label.fr).not.toBe(v.label.en);
        expect(v.definition?.fr).toContain('pas une définition officielle');
        expect(v.definition?.en).toContain('not an official definition');
      }
      expect(score(m, {}).provenance).toBe('published');
    }
  });

  it('replaces a missing income by the training mean and sets the indicator to 1', () => {
    const row = profiles[0]!;
    const f = featuresOf(early, row);
    const missing = score(early, { ...f, sum_inkomen_bruto: null });
    const atMean = score(early, { ...f, sum_inkomen_bruto: 43.23545513731061 });
    const income = missing.contributions.find((c) => c.variable === 'sum_inkomen_bruto')!;
    const flag = (s: typeof missing) =>
      s.contributions.find((c) => c.variable === 'sum_inkomen_bruto_was_mean_imputed')!;
    expect(income).toMatchObject({ value: 43.23545513731061, missing: true });
    expect(flag(missing).level).toBe('1');
    expect(flag(atMean).level).toBe('0');
    // Same income term, only the indicator's two published levels differ.
    const ind = early.variables.find((v) => v.id === 'sum_inkomen_bruto_was_mean_imputed');
    if (ind?.type !== 'categorical') throw new Error('indicator');
    const [l0, l1] = ['0', '1'].map((id) => ind.levels.find((l) => l.id === id)!.coefficient!.value);
    expect(missing.logit - atMean.logit).toBeCloseTo(l1! - l0!, 14);
  });

  it('derives the indicator itself: a flag given with a present income is ignored', () => {
    const f = featuresOf(early, profiles[0]!);
    expect(score(early, { ...f, sum_inkomen_bruto_was_mean_imputed: '1' }).score).toBe(score(early, f).score);
  });

  it('moves the score by the published bins when no-shows go from 0 to 3', () => {
    const f = featuresOf(early, profiles[0]!);
    const v = early.variables.find((x) => x.id === 'afspraken_no_show_count_last_year');
    if (v?.type !== 'numeric' || v.encoding !== 'bins') throw new Error('bins');
    // Published: [-inf, 0.5) −0.02306, [2.5, inf) +1.90615 (2022-05-23).
    const [b0, b3] = [v.bins[0]!.coefficient.value, v.bins.at(-1)!.coefficient.value];
    expect(b0).toBe(-0.023059125540683883);
    expect(b3).toBe(1.9061515846906498);
    const d = score(early, { ...f, afspraken_no_show_count_last_year: 3 }).logit - score(early, f).logit;
    expect(d).toBeCloseTo(b3 - b0, 14);
  });

  it('refuses a category the model never saw, naming it', () => {
    const r = checkFeatures(early, { afspraken_no_contact_count_last_year: 2 });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]).toMatchObject({ path: 'afspraken_no_contact_count_last_year', id: 'features.unknownLevel' });
  });
});

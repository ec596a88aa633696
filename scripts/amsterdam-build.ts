// Writes the two shipped Amsterdam "Slimme Check" models (src/models/amsterdam-slimme-check-*.json)
// from the published bins and facts copied in test/cases/amsterdam/ (see SOURCE.md there). Run with
// `npx tsx scripts/amsterdam-build.ts`; a unit test checks that the committed files match.
// Every weight is `published`; the French and English labels are our glosses of the Dutch ids.

import { readFileSync, writeFileSync } from 'node:fs';
import { readCsv } from '../src/formats/csv.ts';
import { VARIABLES, type Gloss } from './amsterdam-glosses.ts';

const DIR = new URL('../test/cases/amsterdam/', import.meta.url);
export const VERSIONS = [
  { id: 'amsterdam-slimme-check-2022-05-23', source: 'amsterdam_slimmecheck_2022-05-23_prepilot', date: '2022-05-23' },
  {
    id: 'amsterdam-slimme-check-2022-05-31',
    source: 'amsterdam_slimmecheck_2022-05-31_reweighted',
    date: '2022-05-31',
  },
] as const;

function table(file: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(readFileSync(new URL(file, DIR), 'utf8')).rows;
  return rows.map((r) => Object.fromEntries(header!.cells.map((h, j) => [h, r.cells[j] ?? ''])));
}

const num = (value: number, sd?: number) => ({
  value,
  status: 'published',
  source: 'weights',
  ...(sd !== undefined ? { sd } : {}),
});
const bound = (s: string) => (/inf$/.test(s) ? null : Number(s));

export function buildModel(version: (typeof VERSIONS)[number]) {
  const terms = table('ebm-terms.csv').filter((r) => r.model_id === version.source);
  const facts = new Map(
    table('model-facts.csv')
      .filter((r) => r.model_id === version.source)
      .map((r) => [r.metric!, r]),
  );
  const intercept = terms.find((r) => r.feature === 'intercept')!;
  const fileUrl = intercept.source_url!;
  const imputation = Number(facts.get('income_imputation_mean')!.value);
  const variables = VARIABLES.map((g: Gloss) => {
    const rows = terms.filter((r) => r.feature === (g.term ?? g.id));
    if (rows.length === 0) throw new Error(`no bins for ${g.id}`);
    const base = {
      id: g.id,
      label: g.label,
      labelStatus: 'published',
      source: 'weights',
      definition: g.definition,
      ...(g.input ? { input: g.input } : {}),
    };
    const missing = rows.find((r) => r.category === 'missing')!;
    if (Number(missing.logit_contribution) !== 0) throw new Error(`missing bin of ${g.id} is not 0`);
    if (rows[0]!.feature_type === 'categorical') {
      const levels = rows
        .filter((r) => r !== missing)
        .map((r) => {
          const id = String(Number(r.category));
          return {
            id,
            label: g.levels?.[id] ?? id,
            coefficient: num(Number(r.logit_contribution), Number(r.sd_over_bags)),
          };
        });
      const reference = { id: 'missing', label: { fr: 'non renseigné', en: 'missing' } };
      return { ...base, type: 'categorical', levels: [...levels, reference], reference: 'missing' };
    }
    const bins = rows
      .filter((r) => r !== missing)
      .map((r) => ({
        min: bound(r.lower!),
        max: bound(r.upper!),
        coefficient: num(Number(r.logit_contribution), Number(r.sd_over_bags)),
      }));
    return {
      ...base,
      type: 'numeric',
      encoding: 'bins',
      unit: g.unit!,
      bins,
      missing: num(0, 0),
      ...(g.imputeIndicator
        ? { impute: { value: { ...num(imputation), source: 'facts' }, indicator: g.imputeIndicator } }
        : {}),
    };
  });
  const auc = Number(facts.get('test_auc')!.value).toFixed(3);
  return {
    format: 'cnaf-score-model/1',
    id: version.id,
    kind: 'model',
    title: {
      fr: `Amsterdam « Slimme Check » — modèle du ${version.date}${version.date === '2022-05-23' ? ' (pré-pilote)' : ' (après repondération)'}`,
      en: `Amsterdam "Slimme Check" — ${version.date} model${version.date === '2022-05-23' ? ' (pre-pilot)' : ' (after reweighting)'}`,
    },
    publisher: 'Gemeente Amsterdam',
    dates: { published: '2025-06', inForce: '2023-04', retired: '2023-08' },
    target: {
      fr: 'Une demande d’aide sociale (bijstand) jugée « onderzoekswaardig » : digne d’une enquête.',
      en: 'A welfare (bijstand) application judged "onderzoekswaardig": worth investigating.',
    },
    summary: {
      fr: `Le modèle de la ville d’Amsterdam qui signalait les demandes d’aide sociale à examiner, publié jusqu’au dernier poids : une « Explainable Boosting Machine », constante plus 15 termes additifs, chacun lu dans une table de tranches. AUC de test ${auc.replace('.', ',')}. Testé d’avril à août 2023 sur environ 1 600 demandes, puis abandonné. Les poids sont publiés : le score est exact. Les libellés français et anglais sont nos traductions des noms néerlandais, pas des définitions officielles.`,
      en: `The city of Amsterdam's model that flagged welfare applications for investigation, published down to its last weight: an Explainable Boosting Machine, an intercept plus 15 additive terms, each a lookup in a table of bins. Test AUC ${auc}. Piloted from April to August 2023 on about 1,600 applications, then dropped. The weights are published: the score is exact. The French and English labels are our glosses of the Dutch names, not official definitions.`,
    },
    sources: {
      weights: {
        title: `Gemeente Amsterdam, model ${version.date} (${version.date === '2022-05-23' ? 'pre-pilot' : 'after reweighing'}), published by Lighthouse Reports`,
        url: fileUrl,
        read: '2026-12-03',
      },
      facts: {
        title: 'Lighthouse Reports, amsterdam_fairness: the models, their facts and 16,384 profiles scored by both',
        url: 'https://github.com/Lighthouse-Reports/amsterdam_fairness',
        read: '2026-12-03',
      },
      register: {
        title: 'Algoritmeregister: Researchworthiness Smart Check, municipality of Amsterdam',
        url: 'https://algoritmes.overheid.nl/en/algoritme/researchworthiness-smart-check-livelihood-municipality-of-amsterdam/95794697',
        read: '2026-12-03',
      },
    },
    link: 'logit',
    intercept: num(Number(intercept.logit_contribution)),
    variables,
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  for (const v of VERSIONS) {
    const file = new URL(`../src/models/${v.id}.json`, import.meta.url);
    writeFileSync(file, JSON.stringify(buildModel(v), null, 1) + '\n');
    console.log(`wrote ${file.pathname}`);
  }
}

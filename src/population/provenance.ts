// The population's provenance card (public/population/provenance.json): what the file is, how it
// was made, every margin with its source and how closely the weights reproduce it, and every
// modelling assumption. Deterministic: it carries no date or timing, so the same build gives the same card.

import type { BuildResult } from './build.ts';
import type { Margin } from './margins.ts';
import { TAKE_UP } from './benefits.ts';

export interface CardFacts {
  seed: number;
  month: string;
  bytes: number;
  gzip: number;
}

const ASSUMPTIONS = [
  'Candidate households are drawn from distributions chosen by the project (family type, number and ages of ' +
    'children, activity, earnings around the SMIC, unemployment benefit, pension, AAH, housing status, ' +
    'housing-aid zone, rent by zone, QPV, history flags); none of these draw probabilities is a published ' +
    'statistic. Only the margins below are. See src/population/draw.ts.',
  'A household is kept when it receives at least one CAF benefit by the app’s rules, or has a child under 3 ' +
    '(the PAJE is not computed by the app; nearly every such family receives it).',
  'Every benefit is computed as the app computes it for a household in computed mode (src/engine/rights.ts, ' +
    'rights, means only): family benefits and housing aid on the situation of src/engine/situation.ts (taxable pay estimated from ' +
    'net pay; unemployment benefit and pensions not counted in their resources; the month’s amount standing ' +
    'for the 12-month mean), then the RSA and prime d’activité over 12 months. ASF and ARS/12 are in “other”.',
  'The housing aid is computed for an unfurnished private rental (APL in social housing and home-ownership ' +
    'aid are not modelled).',
  'RSA and prime d’activité are claimed with the take-up rates 1 − non-take-up measured by the DREES: RSA ' +
    `${TAKE_UP.rsa}, prime d’activité ${TAKE_UP.primeActivite}` +
    ' (facts/cnaf/population-marginals.csv, 9_non_recours); family benefits and housing aid are always claimed.',
  'AAH is drawn, not computed: full rate 1 016,05 € (1 April 2024) less 30 % of earnings and all other ' +
    'income, a simplification of its own income test.',
  'A single parent who receives alimony is taken to be supported by the other parent (no ASF); one who ' +
    'receives none, not.',
  'The margins are of different years (Dec 2021 to Dec 2024) and scopes (CAF only, CAF + MSA, tous ' +
    'régimes); they are applied together to one population of 13.8 million foyers.',
  'Every household is in December 2024 (the month of the RSA, prime d’activité and housing-aid counts), ' +
    'its benefits computed with that month’s parameters; the other margins (2021–2023) are taken as valid then.',
  'The shares of the RSA by family type (Dec 2021, RSA socle, CAF + MSA) are applied to the 2024 count of ' +
    'RSA foyers.',
  'A margin counts a household as receiving a benefit when its 12-month mean is above 0, as the model reads it.',
  'History flags (separation in 12 months, rent changes in 18 months, reminders or overpayments in 24 ' +
    'months, guardianship, pregnancy) are drawn with the project’s probabilities: no published statistic ' +
    'was found.',
];

/** The card as a JSON-ready object. */
export function provenanceCard(result: BuildResult, margins: Margin[], facts: CardFacts) {
  const bySource = new Map(margins.map((m) => [`${m.margin}/${m.class}`, m]));
  return {
    title: {
      fr: 'Population synthétique des foyers allocataires',
      en: 'Synthetic population of CAF households',
    },
    warning: {
      fr:
        'Population synthétique : ce ne sont pas de vrais foyers. Elle reproduit quelques ' +
        'statistiques publiques (ci-dessous) et rien d’autre ; les poids du modèle de la CNAF sont ' +
        'inconnus.',
      en:
        'Synthetic population: these are not real households. It reproduces a few public statistics ' +
        '(below) and nothing else; the weights of the CNAF model are unknown.',
    },
    file: {
      path: 'population/foyers.bin',
      format: 'cnaf-population/1 (src/engine/population/file.ts)',
      records: result.records.length,
      households: Math.round(result.records.reduce((s, r) => s + r.weight, 0)),
      bytes: facts.bytes,
      gzipBytes: facts.gzip,
      month: facts.month,
      seed: facts.seed,
      command: `npm run population:build -- --records ${result.records.length} --seed ${facts.seed}`,
    },
    method: [
      'Draw candidate households with a seeded random source (mulberry32) from the distributions ' +
        'in src/population/draw.ts.',
      'Compute each candidate’s rights with the app’s own rules and keep the allocataires.',
      'Give every record the same weight (13.8 M / records), then rake (iterative proportional ' +
        'fitting) on the margins below until every class is within 1e-7 of its target.',
      'Store the weights as 32-bit floats; the reproduced values are read back from the stored weights.',
    ],
    raking: {
      candidates: result.candidates,
      iterations: result.iterations,
      weightRange: result.weightRange,
    },
    margins: result.checks.map((c) => {
      const m = bySource.get(`${c.margin}/${c.class}`)!;
      return {
        margin: c.margin,
        class: c.class,
        kind: c.kind,
        published: m.value,
        unit: m.unit,
        target: c.target,
        reproduced: Math.round(c.reproduced * 1000) / 1000,
        beforeRaking: Math.round(c.unweighted * 1000) / 1000,
        year: m.year,
        scope: m.scope,
        source_url: m.source_url,
        confidence: m.confidence,
        source_metric: m.source_metric,
        notes: m.notes,
      };
    }),
    assumptions: ASSUMPTIONS,
  };
}

// The reported figure the population is held against: single parents made 36 % of home controls
// while being 16 % of households (facts/cnaf/population.csv, single_parent_share_of_home_controls;
// wk-rh.fr, about 2022). What each shipped model gives, under its placeholder weights, at the
// default threshold (the 2024 data-mining controls).

import { shippedModels } from '../engine/registry.ts';
import {
  composition,
  DEFAULT_CONTROLS,
  populationScores,
  selectControlled,
  type Population,
} from '../engine/population.ts';

export const REPORTED = {
  singleParentShareOfHomeControls: 0.36,
  singleParentShareOfHouseholds: 0.16,
  source:
    'https://www.wk-rh.fr/apl-rsa-prime-dactivite-faites-vous-partie-de-ceux-qui-vont-subir-un-controle-de-la-caf/',
  caveat:
    'home controls (contrôles sur place), not only the data-mining selection; year about 2022; ' +
    'reported, not published by the CNAF',
};

/** Within 5 points of the reported share: "reproduces" (a rough test, the weights being placeholders). */
const CLOSE = 0.05;

/** The single-parent share of the controlled group for each scorable shipped model, under its own weights. */
export function singleParentComparison(pop: Population) {
  return {
    reported: REPORTED,
    threshold: { count: DEFAULT_CONTROLS },
    weights:
      'placeholder example (each model’s own placeholder weights; the weight-range version comes with the sampler)',
    models: shippedModels()
      .filter((m) => m.kind === 'model')
      .map((m) => {
        const sel = selectControlled(populationScores(pop, m), pop.weights, { count: DEFAULT_CONTROLS });
        const groups = composition(pop, sel);
        const g = groups.find((x) => x.group === 'familyType' && x.level === 'singleParent')!;
        // The whole family-type make-up, so that a match is read with what comes with it.
        const familyTypes = Object.fromEntries(
          groups.filter((x) => x.group === 'familyType').map((x) => [x.level, Math.round(x.controlled * 1000) / 1000]),
        );
        const share = Math.round(g.controlled * 1000) / 1000;
        return {
          model: m.id,
          singleParentShareOfControlled: share,
          overRepresentation: Math.round(g.ratio * 100) / 100,
          reproduces: Math.abs(share - REPORTED.singleParentShareOfHomeControls) <= CLOSE,
          familyTypesOfControlled: familyTypes,
        };
      }),
  };
}

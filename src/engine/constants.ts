// Constants the interface needs without loading the engine itself.

import type { Model } from './types.ts';

/** The model the app opens with: the CNAF's current model. */
export const DEFAULT_MODEL_ID = 'dmde-2026-modele-1';

/**
 * The model variables the app derives from a household (the keys of engine/features.ts's FEATURES;
 * test/unit/application.test.ts checks that they agree). Listed here, as data, so that the page can
 * tell a household model from one that scores something else without loading the rules.
 */
export const HOUSEHOLD_VARIABLES: readonly string[] = [
  'activite_foyer',
  'enfant_plus_19ans',
  'activite_enfants',
  'tutelle',
  'montant_moyen_prestations_12m',
  'montant_moyen_af_12m',
  'montant_moyen_cf_12m',
  'montant_moyen_pa_12m',
  'montant_moyen_rsa_12m',
  'revenu_rapport_smic',
  'rappels_indus_24m',
  'pension_alimentaire_24m',
  'revenu_uc_sous_942',
  'chomage',
  'percoit_rsa',
  'quartier_prioritaire',
  'taux_effort_loyer',
  'activite_instable',
  'mois_activite_12m',
  'aah_et_travail',
  'loyer_change_4_fois_18m',
  'separation_recente',
  'adolescent_au_foyer',
  'apprenti',
  'age_responsable',
];

/**
 * A scorable model none of whose variables the app derives from a household (Amsterdam's Slimme
 * Check scores an application): the page shows its own form, the worker's `application` call scores
 * it, and it is never scored on a household. Reads only the listed model's data.
 */
export function isFeatureModel(model: Pick<Model, 'kind' | 'variables'> | undefined): boolean {
  return !!model && model.kind === 'model' && !model.variables.some((v) => HOUSEHOLD_VARIABLES.includes(v.id));
}

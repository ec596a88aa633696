// The one documented mapping from a household to model variables. A model variable whose id
// is listed here is computed from the household; any other id (an imported variable the app
// does not know) has no value and counts at its reference level.

import smic from '../benefits/parameters/smic.json' with { type: 'json' };
import { inForce, type DatedSeries } from '../benefits/dated.ts';
import type { Household } from '../household/household.ts';
import type { Features, FeatureValue, LocalizedText } from './types.ts';

export interface FeatureDef {
  definition: LocalizedText;
  levels?: string[];
  compute: (h: Household) => FeatureValue;
}

const ACTIVE = new Set(['salarie', 'independant', 'apprenti']);
const isActive = (a: { activity: string }) => ACTIVE.has(a.activity);
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/** Net monthly SMIC in force in the household's month, € (see benefits/parameters/smic.json). */
export const smicNet = (month: string): number => Number(inForce(smic.smic_mensuel_net as DatedSeries, month).value);

/** Earnings and other personal income (not CAF benefits), € a month. */
export const householdIncome = (h: Household): number => sum(h.adults.map((a) => a.earnings + a.otherIncome));

/** All benefits paid by the CAF, € a month (12-month mean). */
export const totalBenefits = (h: Household): number => {
  const b = h.benefits;
  return b.rsa + b.primeActivite + b.af + b.cf + b.housingAid + b.other + sum(h.adults.map((a) => a.aah));
};

/** Everything the household lives on: income, CAF benefits and alimony, € a month. */
export const householdResources = (h: Household): number => householdIncome(h) + totalBenefits(h) + h.alimony;

/** OECD-modified consumption units: 1 for the first adult, 0.5 per other person aged 14+, 0.3 under 14. */
export const consumptionUnits = (h: Household): number =>
  1 + 0.5 * (h.adults.length - 1) + sum(h.children.map((c) => (c.age >= 14 ? 0.5 : 0.3)));

export const FEATURES: Record<string, FeatureDef> = {
  activite_foyer: {
    definition: {
      fr:
        'En activité = salarié·e, indépendant·e ou apprenti·e ; chômage, études, retraite et inactivité comptent ' +
        'comme « sans activité ».',
      en:
        'Working = employee, self-employed or apprentice; unemployment, studies, retirement and inactivity count ' +
        'as "no activity".',
    },
    levels: [
      'seul_actif',
      'seul_sans_activite',
      'couple_deux_actifs',
      'couple_conjoint_sans_activite',
      'couple_sans_activite',
    ],
    compute: (h) => {
      const active = h.adults.filter(isActive).length;
      if (h.adults.length === 1) return active ? 'seul_actif' : 'seul_sans_activite';
      return active === 2
        ? 'couple_deux_actifs'
        : active === 1
          ? 'couple_conjoint_sans_activite'
          : 'couple_sans_activite';
    },
  },
  enfant_plus_19ans: {
    definition: {
      fr: 'Au moins un enfant âgé de 20 ans ou plus (« plus de 19 ans »).',
      en: 'At least one child aged 20 or more ("over 19").',
    },
    compute: (h) => h.children.some((c) => c.age > 19),
  },
  activite_enfants: {
    definition: {
      fr:
        'Enfants de 16 ans ou plus : « sans activité » prime sur « en emploi ou apprentissage », qui prime sur « ' +
        'étudiant ». Sans enfant de 16 ans ou plus : « aucun ».',
      en:
        'Children aged 16 or more: "no activity" wins over "working or apprentice", which wins over "student". ' +
        'With no child aged 16 or more: "none".',
    },
    levels: ['aucun', 'etudiant', 'en_activite', 'sans_activite'],
    compute: (h) => {
      const older = h.children.filter((c) => c.age >= 16);
      if (older.some((c) => c.activity === 'sans_activite')) return 'sans_activite';
      if (older.some((c) => c.activity === 'emploi' || c.activity === 'apprenti')) return 'en_activite';
      return older.length ? 'etudiant' : 'aucun';
    },
  },
  tutelle: {
    definition: {
      fr: 'Dossier géré par un organisme de tutelle ou de curatelle.',
      en: 'File managed by a guardianship body.',
    },
    compute: (h) => h.guardianship,
  },
  montant_moyen_prestations_12m: {
    definition: {
      fr:
        'Somme des prestations CAF (RSA, prime d’activité, AF, CF, aide au logement, AAH, autres), moyenne ' +
        'mensuelle sur 12 mois, €.',
      en:
        'Sum of CAF benefits (RSA, prime d’activité, AF, CF, housing aid, AAH, other), monthly mean over 12 ' +
        'months, €.',
    },
    compute: totalBenefits,
  },
  montant_moyen_af_12m: {
    definition: {
      fr: 'Allocations familiales, moyenne mensuelle sur 12 mois, €.',
      en: 'Family allowances, monthly mean over 12 months, €.',
    },
    compute: (h) => h.benefits.af,
  },
  montant_moyen_cf_12m: {
    definition: {
      fr: 'Complément familial, moyenne mensuelle sur 12 mois, €.',
      en: 'Complément familial, monthly mean over 12 months, €.',
    },
    compute: (h) => h.benefits.cf,
  },
  montant_moyen_pa_12m: {
    definition: {
      fr: 'Prime d’activité, moyenne mensuelle sur 12 mois, €.',
      en: 'Prime d’activité, monthly mean over 12 months, €.',
    },
    compute: (h) => h.benefits.primeActivite,
  },
  montant_moyen_rsa_12m: {
    definition: { fr: 'RSA, moyenne mensuelle sur 12 mois, €.', en: 'RSA, monthly mean over 12 months, €.' },
    compute: (h) => h.benefits.rsa,
  },
  revenu_rapport_smic: {
    definition: {
      fr:
        'Revenus d’activité et autres revenus des adultes (hors prestations CAF), divisés par le SMIC mensuel ' +
        'net du mois. Hypothèse du projet : la CNAF ne publie pas sa définition.',
      en:
        'Earnings and other income of the adults (CAF benefits excluded), divided by the monthly net SMIC of the ' +
        'month. The project’s assumption: CNAF does not publish its definition.',
    },
    compute: (h) => householdIncome(h) / smicNet(h.month),
  },
  rappels_indus_24m: {
    definition: {
      fr:
        'Un rappel ou un indu appliqué au dossier dans les 24 derniers mois (mots exacts du libellé CNAF perdus ' +
        '; hypothèse du projet).',
      en:
        'A reminder or overpayment applied to the file in the last 24 months (exact CNAF words lost; the ' +
        'project’s assumption).',
    },
    compute: (h) => h.history.adjustments24m,
  },
  pension_alimentaire_24m: {
    definition: {
      fr: 'Une pension alimentaire est déclarée (montant reçu > 0).',
      en: 'Alimony is declared (amount received > 0).',
    },
    compute: (h) => h.alimony > 0,
  },
  revenu_uc_sous_942: {
    definition: {
      fr:
        'Ressources du foyer (revenus et prestations) par unité de consommation (échelle OCDE) inférieures à 942 ' +
        '€ par mois.',
      en: 'Household resources (income and benefits) per consumption unit (OECD scale) under 942 € a month.',
    },
    compute: (h) => householdResources(h) / consumptionUnits(h) < 942,
  },
  chomage: {
    definition: { fr: 'Un adulte du foyer est au chômage.', en: 'An adult of the household is unemployed.' },
    compute: (h) => h.adults.some((a) => a.activity === 'chomeur'),
  },
  percoit_rsa: {
    definition: { fr: 'Le foyer perçoit le RSA.', en: 'The household receives the RSA.' },
    compute: (h) => h.benefits.rsa > 0,
  },
  quartier_prioritaire: {
    definition: {
      fr: 'Le foyer vit dans un quartier prioritaire de la politique de la ville.',
      en: 'The household lives in a priority neighbourhood.',
    },
    compute: (h) => h.priorityNeighbourhood,
  },
  taux_effort_loyer: {
    definition: {
      fr: 'Loyer divisé par les ressources du foyer (revenus et prestations) ; 0 si non locataire.',
      en: 'Rent divided by household resources (income and benefits); 0 when not a tenant.',
    },
    compute: (h) => {
      if (h.housing.status !== 'locataire' || h.housing.rent === 0) return 0;
      const resources = householdResources(h);
      return resources > 0 ? h.housing.rent / resources : 10;
    },
  },
  activite_instable: {
    definition: {
      fr: 'Moins de 12 mois travaillés sur les 12 derniers mois, alors qu’au moins un mois l’a été.',
      en: 'Fewer than 12 months worked in the last 12, but at least one.',
    },
    compute: (h) => h.history.monthsWorked12 > 0 && h.history.monthsWorked12 < 12,
  },
  mois_activite_12m: {
    definition: { fr: 'Nombre de mois travaillés sur les 12 derniers mois.', en: 'Months worked in the last 12.' },
    compute: (h) => h.history.monthsWorked12,
  },
  aah_et_travail: {
    definition: {
      fr: 'Un adulte perçoit l’AAH et a des revenus d’activité.',
      en: 'An adult receives AAH and has earnings.',
    },
    compute: (h) => h.adults.some((a) => a.aah > 0 && a.earnings > 0),
  },
  loyer_change_4_fois_18m: {
    definition: {
      fr: 'Le loyer a changé au moins 4 fois en 18 mois.',
      en: 'The rent changed at least 4 times in 18 months.',
    },
    compute: (h) => h.history.rentChanges18m >= 4,
  },
  separation_recente: {
    definition: {
      fr: 'Séparation, divorce ou veuvage déclaré dans les 12 derniers mois.',
      en: 'Separation, divorce or widowhood declared in the last 12 months.',
    },
    compute: (h) => h.history.separation12m,
  },
  adolescent_au_foyer: {
    definition: { fr: 'Un enfant de 13 à 17 ans au foyer.', en: 'A child aged 13 to 17 at home.' },
    compute: (h) => h.children.some((c) => c.age >= 13 && c.age <= 17),
  },
  apprenti: {
    definition: { fr: 'Une personne du foyer est apprentie.', en: 'Someone in the household is an apprentice.' },
    compute: (h) =>
      h.adults.some((a) => a.activity === 'apprenti') || h.children.some((c) => c.activity === 'apprenti'),
  },
  age_responsable: {
    definition: { fr: 'Âge de la personne qui a le dossier, en années.', en: 'Age of the file holder, in years.' },
    compute: (h) => h.adults[0]?.age ?? null,
  },
};

/** Every feature the app can derive from `h`. */
export function encodeHousehold(h: Household): Features {
  const out: Features = {};
  for (const [id, def] of Object.entries(FEATURES)) out[id] = def.compute(h);
  return out;
}

// The `droits` report of a household file (the app's household, as the page and `score --profile` read it):
// every right the law gives it this month, each `{"<benefit>": {"montant", …, "articles"}}`, with the month,
// the reference months or year, and the articles it was computed by. French snake_case names, as report.ts.

import type { Rights } from '../engine/index.ts';
import { addMonths } from '../benefits/months.ts';
import type { Household } from '../household/household.ts';
import { droitsReport } from './report.ts';

const ARTICLES = {
  primeActivite: ['CSS L842-1 à L842-8', 'CSS D843-1 à D845-3', 'CSS R844-1 à R844-5'],
  rsa: ['CASF L262-2 à L262-12', 'CASF R262-1 à R262-13'],
  af: ['CSS L521-1 à L521-3', 'CSS D521-1 à D521-3', 'CSS R521-1', 'CSS R552-2, R552-3'],
  cf: ['CSS L522-1 à L522-3', 'CSS R522-2', 'CSS D522-1, D522-2'],
  asf: ['CSS L523-1 à L523-3', 'CSS D523-1 à D523-3'],
  ars: ['CSS L543-1', 'CSS R543-1 à R543-6-1', 'CSS D543-1, D543-2'],
  paje: ['CSS L531-1, L531-3', 'CSS R531-1', 'CSS D531-1, D531-3'],
  primeNaissance: ['CSS L531-2', 'CSS R531-1', 'CSS D531-2'],
  aah: ['CSS L821-1 à L821-3', 'CSS R821-1, R821-4, R821-4-1, R821-4-4', 'CSS D821-1, D821-2, D821-9'],
  housingAid: ['CCH L821-1 à L823-9', 'CCH R822-1 à R823-13', 'CCH D823-16, D823-17', 'arrêté du 27/09/2019'],
} as const;

/** The months M-13 … M-2 before `month`: the housing aid's resources (CCH R822-3). */
const housingMonths = (month: string) => [addMonths(month, -13), addMonths(month, -2)];

/** The report of one household: its rights this month, and the 12-month means the model scores. */
export function householdReport(h: Household, r: Rights) {
  const law = droitsReport(r.current);
  const nc = h.notClaimed;
  const claim = (key: keyof typeof nc) => (nc[key] ? { non_demande: true } : {});
  const out: Record<string, unknown> = {
    month: r.current.month,
    primeActivite: { ...law.primeActivite, ...claim('primeActivite'), articles: ARTICLES.primeActivite },
    rsa: { ...law.rsa, ...claim('rsa'), articles: ARTICLES.rsa },
  };
  const f = r.family;
  if (!f) {
    // Declared amounts, or a month before the family parameters: said, never priced with other rules.
    const why = r.familyUnavailable === 'declared' ? 'montants_declares' : 'mois_avant_parametres';
    for (const k of ['af', 'cf', 'asf', 'ars', 'housingAid', 'paje', 'primeNaissance'] as const)
      out[k] = { montant: null, indisponible: why };
  } else {
    const yearN2 = String(Number(f.month.slice(0, 4)) - 2);
    out.af = {
      montant: f.af.montant,
      crds: f.crds.af,
      nb_enfants: f.af.nbEnfants,
      nb_enfants_forfait: f.af.nbEnfantsForfait,
      annee_ressources: yearN2,
      ressources: f.af.ressources,
      plafonds: [f.af.plafond1, f.af.plafond2],
      taux_modulation: f.af.tauxModulation,
      base: f.af.base,
      majorations_age: f.af.majorations,
      forfait: f.af.forfait,
      complement_degressif: f.af.complementDegressif + f.af.forfaitComplementDegressif,
      ...claim('af'),
      articles: ARTICLES.af,
    };
    out.cf = {
      montant: f.cf.montant,
      crds: f.crds.cf,
      nb_enfants: f.cf.nbEnfants,
      nb_enfants_3_ans_et_plus: f.cf.nbEnfantsEligibles,
      enfant_moins_de_3_ans: f.cf.enfantMoinsDeTroisAns,
      biactivite: f.cf.biactivite,
      annee_ressources: yearN2,
      ressources: f.cf.ressources,
      plafond: f.cf.plafond,
      plafond_majore: f.cf.plafondMajore,
      ...claim('cf'),
      articles: ARTICLES.cf,
    };
    out.asf = {
      montant: f.asf.montant,
      crds: f.crds.asf,
      eligible: f.asf.eligible,
      nb_enfants: f.asf.nbEnfants,
      montant_plein: f.asf.montantPlein,
      pension_alimentaire: f.asf.pensionAlimentaire,
      ...claim('asf'),
      articles: ARTICLES.asf,
    };
    out.ars = {
      // The ARS is yearly, paid in August: `montant` is the year's, `montant_du_mois` this month's payment.
      montant: f.ars.montant,
      montant_du_mois: f.ars.montantDuMois,
      mois_versement: `${f.ars.year}-08`,
      enfants: f.ars.enfants.map((e) => ({ naissance: e.birthDate, age_dans_annee: e.ageInYear, montant: e.montant })),
      annee_ressources: String(f.ars.year - 2),
      ressources: f.ars.ressources,
      plafond: f.ars.plafond,
      ...claim('ars'),
      articles: ARTICLES.ars,
    };
    const al = f.housingAid;
    out.housingAid = {
      // Net of CRDS, as paid (D823-16).
      montant: al.montant,
      crds: al.crds,
      prestation: al.prestation,
      mois_ressources: housingMonths(f.month),
      ressources: al.ressources,
      personnes_a_charge: al.personnesACharge,
      loyer_retenu: al.loyerRetenu,
      loyer_plafond: al.loyerPlafond,
      charges: al.charges,
      participation_personnelle: al.participationPersonnelle,
      ...claim('housingAid'),
      articles: ARTICLES.housingAid,
    };
    out.paje = {
      // The allocation de base only; the prime à la naissance needs the expected birth month (not in the file).
      montant: f.paje.montant,
      taux: f.paje.taux,
      nb_enfants_moins_de_3_ans: f.paje.nbEnfantsMoinsDeTroisAns,
      annee_ressources: yearN2,
      ressources: f.paje.ressources,
      plafond_taux_plein: f.paje.plafondTauxPlein,
      plafond_taux_partiel: f.paje.plafondTauxPartiel,
      articles: ARTICLES.paje,
    };
    const pn = f.primeNaissance;
    out.primeNaissance = {
      // Paid once, two months before the expected birth: `montant` is this month's payment.
      montant: pn.montant,
      montant_du: pn.montantDu,
      mois_versement: pn.moisVersement,
      nb_enfants: pn.nbEnfants,
      annee_ressources: yearN2,
      ressources: pn.ressources,
      plafond: pn.plafond,
      ...claim('primeNaissance'),
      articles: ARTICLES.primeNaissance,
    };
    if (f.warnings.length) out.avertissements = f.warnings;
  }
  out.aah = aahReport(h, r);
  // What the model scores in computed mode: the prime and the RSA as paid over the last 12 months.
  out.moyennes_12_mois = { mois: r.months, primeActivite: r.mean.primeActivite, rsa: r.mean.rsa };
  return out;
}

/** The AAH of each adult: the law's when the incapacity rate is given (computed mode), else the amount typed. */
function aahReport(h: Household, r: Rights) {
  const adults = h.adults.map((a, i) => {
    const law = r.aah?.adults[i];
    if (!law || law.taux === null) return { montant: a.aah, source: 'montant_saisi' };
    return {
      montant: law.montant,
      source: 'calcule',
      taux_incapacite: law.taux,
      eligible: law.eligible,
      ...(law.refus ? { refus: law.refus } : {}),
      evaluation: law.evaluation,
      periode_reference: law.periodeReference,
      revenus_activite: law.revenusActivite,
      revenus_neutralises: law.revenusNeutralises,
      revenus_activite_retenus: law.revenusActiviteRetenus,
      autres_ressources: law.autresRessources,
      ressources: law.ressources,
      plafond: law.plafond,
      ...(h.notClaimed.aah ? { non_demande: true } : {}),
    };
  });
  const total = Math.round(adults.reduce((s, a) => s + a.montant, 0) * 100) / 100;
  return { montant: total, adultes: adults, ...(r.aah ? { nb_enfants: r.aah.nbEnfants } : {}), articles: ARTICLES.aah };
}

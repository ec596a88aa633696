// Plain-number view of the family benefits (euros to the cent), for the CLI and for the worker-to-page message,
// where Dec values cannot travel. Each benefit carries its legal steps and the texts it applies.

import type { Dec } from './decimal.ts';
import type { FamilyBenefits } from './family.ts';

const eur = (d: Dec) => d.cents().toNumber();
const rate = (d: Dec) => d.toNumber();

export function familyReport(r: FamilyBenefits) {
  const af = r.allocationsFamiliales;
  const cf = r.complementFamilial;
  const asf = r.asf;
  const ars = r.ars;
  const al = r.aidesLogement;
  const paid = (montant: Dec, crds: Dec) => ({ montant: eur(montant), crds: eur(crds), net: eur(montant.minus(crds)) });
  return {
    month: r.month,
    allocationsFamiliales: {
      ...paid(af.montant, r.crds.af),
      enfants: af.nbEnfants,
      enfants_forfait: af.nbEnfantsForfait,
      ressources_n2: eur(af.ressources),
      plafonds: [eur(af.plafond1), eur(af.plafond2)],
      taux_modulation: rate(af.tauxModulation),
      base: eur(af.base),
      majorations: eur(af.majorations),
      forfait: eur(af.forfait),
      complement_degressif: eur(af.complementDegressif.plus(af.forfaitComplementDegressif)),
      textes: 'CSS L521-1, L521-3, R521-1, D521-1 à D521-3',
    },
    complementFamilial: {
      ...paid(cf.montant, r.crds.cf),
      enfants: cf.nbEnfants,
      enfants_3_ans_et_plus: cf.nbEnfantsEligibles,
      enfant_moins_de_3_ans: cf.enfantMoinsDeTroisAns,
      biactivite: cf.biactivite,
      ressources_n2: eur(cf.ressources),
      plafond: eur(cf.plafond),
      plafond_majore: eur(cf.plafondMajore),
      textes: 'CSS L522-1, R522-2, D522-1, D522-2',
    },
    asf: {
      ...paid(asf.montant, r.crds.asf),
      eligible: asf.eligible,
      enfants: asf.nbEnfants,
      montant_plein: eur(asf.montantPlein),
      pension_alimentaire: eur(asf.pensionAlimentaire),
      textes: 'CSS L523-1, D523-1',
    },
    ars: {
      ...paid(ars.montantDuMois, r.crds.ars),
      annee: ars.year,
      montant_annuel: eur(ars.montant),
      enfants: ars.enfants.map((e) => ({
        date_naissance: e.birthDate,
        age_dans_l_annee: e.ageInYear,
        montant: eur(e.montant),
      })),
      ressources_n2: eur(ars.ressources),
      plafond: eur(ars.plafond),
      textes: 'CSS L543-1, R543-2, R543-5, R543-6-1, D543-1, D543-2',
    },
    aidesLogement: {
      prestation: al.prestation,
      montant: eur(al.montantAvantCrds),
      crds: eur(al.crds),
      net: eur(al.montant),
      personnes_a_charge: al.personnesACharge,
      abattement_double_activite: eur(al.abattementDoubleActivite),
      ressources: eur(al.ressources),
      r0: eur(al.r0),
      loyer_plafond: eur(al.loyerPlafond),
      loyer_retenu: eur(al.loyerRetenu),
      charges: eur(al.charges),
      taux_famille: rate(al.tauxFamille),
      taux_loyer: rate(al.tauxLoyer),
      participation_personnelle: eur(al.participationPersonnelle),
      montant_brut: eur(al.montantBrut),
      textes: 'CCH L823-7, D823-16, D823-17 ; arrêté du 27/09/2019',
    },
    total_net: eur(r.totalNet),
    avertissements: r.warnings,
  };
}

export type FamilyReport = ReturnType<typeof familyReport>;

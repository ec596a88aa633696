// Plain-number view of the computed rights (euros rounded to the cent): what the CLI prints and
// what crosses from the worker to the page, where Dec values cannot travel.

import type { Droits } from './index.ts';
import type { Dec } from './decimal.ts';

const eur = (d: Dec) => d.cents().toNumber();

export function droitsReport(d: Droits) {
  const pa = d.primeActivite;
  const rsa = d.rsa;
  return {
    month: d.month,
    primeActivite: {
      montant: eur(pa.montant),
      crds: eur(pa.crds),
      net: eur(pa.montant.minus(pa.crds)),
      mois_reference: pa.referenceMonths,
      trimestre: pa.quarterStart,
      sous_seuil: pa.underFloor,
      mois: pa.months.map((m) => ({
        mois: m.month,
        montant_forfaitaire: eur(m.montantForfaitaire),
        revenus_activite: m.revenusActivite.map(eur),
        part_revenus: eur(m.partRevenus),
        bonifications: m.bonifications.map(eur),
        ressources: eur(m.ressources),
        forfait_logement: eur(m.forfaitLogement),
        eligible: m.eligible,
        montant: eur(m.montant),
      })),
    },
    rsa: {
      montant: eur(rsa.montant),
      eligible: rsa.eligible,
      ...(rsa.reason ? { motif: rsa.reason } : {}),
      mois_reference: rsa.referenceMonths,
      sous_seuil: rsa.underFloor,
      mois: rsa.months.map((m) => ({
        mois: m.month,
        montant_forfaitaire: eur(m.montantForfaitaire),
        ressources: eur(m.ressources),
        forfait_logement: eur(m.forfaitLogement),
        montant: eur(m.montant),
      })),
      neutralisations: rsa.neutralisations.map((n) => ({
        adulte: n.adult,
        revenu: n.income,
        depuis: n.since,
        motif: n.reason,
        article: `R262-13 CASF, alinéa ${n.alinea}`,
        montant: eur(n.amount),
        ...(n.departmentMayRefuse ? { refus_possible: 'R262-13 CASF, alinéa 4 (démission)' } : {}),
      })),
    },
  };
}

export type DroitsReport = ReturnType<typeof droitsReport>;

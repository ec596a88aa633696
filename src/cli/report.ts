// The `droits` CLI's JSON report (documented in README): French snake_case field names, euros to
// the cent. Only the CLI speaks this vocabulary; the rest of the code reads the typed rights.

import type { CurrentRights } from '../engine/index.ts';

export function droitsReport(d: CurrentRights) {
  const pa = d.primeActivite;
  const rsa = d.rsa;
  return {
    month: d.month,
    primeActivite: {
      montant: pa.montant,
      crds: pa.crds,
      net: pa.net,
      mois_reference: pa.referenceMonths,
      trimestre: pa.quarterStart,
      sous_seuil: pa.underFloor,
      mois: pa.months.map((m) => ({
        mois: m.month,
        montant_forfaitaire: m.montantForfaitaire,
        revenus_activite: m.revenusActivite,
        part_revenus: m.partRevenus,
        bonifications: m.bonifications,
        ressources: m.ressources,
        forfait_logement: m.forfaitLogement,
        eligible: m.eligible,
        montant: m.montant,
      })),
    },
    rsa: {
      montant: rsa.montant,
      eligible: rsa.eligible,
      ...(rsa.reason ? { motif: rsa.reason } : {}),
      mois_reference: rsa.referenceMonths,
      sous_seuil: rsa.underFloor,
      mois: rsa.months.map((m) => ({
        mois: m.month,
        montant_forfaitaire: m.montantForfaitaire,
        ressources: m.ressources,
        forfait_logement: m.forfaitLogement,
        montant: m.montant,
      })),
      neutralisations: rsa.neutralisations.map((n) => ({
        adulte: n.adult,
        revenu: n.income,
        depuis: n.since,
        motif: n.reason,
        article: `R262-13 CASF, alinéa ${n.alinea}`,
        montant: n.amount,
        ...(n.departmentMayRefuse ? { refus_possible: 'R262-13 CASF, alinéa 4 (démission)' } : {}),
      })),
    },
  };
}

export type DroitsReport = ReturnType<typeof droitsReport>;

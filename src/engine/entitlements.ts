// From a household to its RSA and prime d'activité by the law, month by month, and from there
// to the 12-month means the DMDE model scores. Every derived number says where it came from.

import { computeDroits, type DroitsInput, type MonthMap } from '../benefits/index.ts';
import { addMonths } from '../benefits/months.ts';
import { droitsReport, type DroitsReport } from '../benefits/report.ts';
import type { Household } from './household.ts';
import { earningsTimeline, timelineMonths } from './timeline.ts';

const constant = (months: string[], amount: number): MonthMap => Object.fromEntries(months.map((m) => [m, amount]));

/**
 * The household as the benefit rules read it. Children in employment are assumed to earn above
 * the dependant ceiling and do not count; a single adult with a child under 3, a pregnancy, or
 * a child and a separation in the last 12 months is counted as isolated.
 */
export function droitsInputFor(h: Household): DroitsInput {
  const { month, adults } = h;
  const months = timelineMonths(h.month);
  const children = h.children.filter((c) => c.age < 25 && c.activity !== 'emploi').map((c) => ({ age: c.age }));
  const youngest = Math.min(...children.map((c) => c.age));
  const single = adults.length === 1;
  return {
    month,
    applicationMonth: addMonths(h.month, -12),
    experimentation: false,
    adults: adults.map((a) => ({
      age: a.age,
      student: a.activity === 'etudiant' || a.activity === 'apprenti',
      earnings: Object.fromEntries(
        earningsTimeline(a, h.month, h.history.monthsWorked12).map((x, i) => [months[i]!, x]),
      ),
      aah: constant(months, a.aah),
      otherIncome: constant(months, a.otherIncome),
    })),
    children,
    isolated: single && (h.pregnant || (children.length > 0 && (youngest < 3 || h.history.separation12m))),
    pregnant: h.pregnant,
    housing: {
      status: h.housing.status === 'locataire' ? 'tenant' : h.housing.status === 'proprietaire' ? 'owner' : 'hosted',
      housingAid: h.benefits.housingAid,
    },
    otherResources: constant(months, h.alimony),
    familyBenefits: constant(months, h.benefits.af + h.benefits.cf),
  };
}

export interface Entitlements {
  /** Payable amounts for each of the last 12 months (quarters aligned on the household's month). */
  months: string[];
  primeActivite: number[];
  rsa: number[];
  mean: { primeActivite: number; rsa: number };
  /** The right for the household's month, laid out. */
  current: DroitsReport;
}

/** Rights over the last 12 months: five quarters (M-12, M-9, M-6, M-3, M), each paid for 3 months. */
export function entitlements(h: Household): Entitlements {
  const input = droitsInputFor(h);
  const months = Array.from({ length: 12 }, (_, i) => addMonths(h.month, i - 11));
  const quarters = [-12, -9, -6, -3, 0].map((n) => {
    const start = addMonths(h.month, n);
    return droitsReport(computeDroits({ ...input, month: start, applicationMonth: start }));
  });
  // Month M-11+i is paid by the quarter that started at or before it: M-12 covers M-11 and M-10.
  const rights = months.map((_, i) => quarters[Math.floor((i + 1) / 3)]!);
  const pa = rights.map((r) => r.primeActivite.montant);
  const rsa = rights.map((r) => r.rsa.montant);
  const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / 12) * 100) / 100;
  return { months, primeActivite: pa, rsa, mean: { primeActivite: mean(pa), rsa: mean(rsa) }, current: quarters[4]! };
}

/** Model variables that, in `computed` mode, come from the amounts computed by the law. */
export const LAW_DERIVED_FEATURES = [
  'montant_moyen_pa_12m',
  'montant_moyen_rsa_12m',
  'montant_moyen_prestations_12m',
  'percoit_rsa',
  'revenu_uc_sous_942',
  'taux_effort_loyer',
];

/** The household with the amounts the model will score: computed by the law, or as declared. */
export function effectiveHousehold(h: Household, e: Entitlements | undefined): Household {
  if (h.entitlements === 'declared' || !e) return h;
  return {
    ...h,
    benefits: {
      ...h.benefits,
      rsa: h.notClaimed.rsa ? 0 : e.mean.rsa,
      primeActivite: h.notClaimed.primeActivite ? 0 : e.mean.primeActivite,
    },
  };
}

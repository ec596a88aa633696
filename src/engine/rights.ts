// From a household to its RSA and prime d'activité by the law, month by month, and from there to
// the 12-month means the DMDE model scores. The one typed result of the rights: euros to the cent,
// produced here once; the page shows it, the CLI turns it into its report.

import { computeDroits, inEuros, type DroitsInput, type InEuros, type MonthMap } from '../benefits/index.ts';
import type { PpaRight, RsaRight } from '../benefits/index.ts';
import { addMonths } from '../benefits/months.ts';
import type { Household } from '../household/household.ts';
import { earningsTimeline, timelineMonths } from '../household/timeline.ts';

const constant = (months: string[], amount: number): MonthMap => Object.fromEntries(months.map((m) => [m, amount]));

/** The household's facts as the benefit rules read them (the `droits` input). */
export function droitsInputFor(h: Household): DroitsInput {
  const months = timelineMonths(h.month);
  // Children in employment are assumed to earn above the dependant ceiling and do not count.
  const children = h.children.filter((c) => c.activity !== 'emploi').map((c) => ({ age: c.age }));
  const status = h.housing.status;
  return {
    month: h.month,
    applicationMonth: addMonths(h.month, -12),
    experimentation: false,
    adults: h.adults.map((a) => ({
      age: a.age,
      student: a.activity === 'etudiant' || a.activity === 'apprenti',
      earnings: Object.fromEntries(
        earningsTimeline(a, h.month, h.history.monthsWorked12).map((x, i) => [months[i]!, x]),
      ),
      aah: constant(months, a.aah),
      otherIncome: constant(months, a.otherIncome),
    })),
    children,
    pregnant: h.pregnant,
    recentSeparation: h.history.separation12m,
    housing: {
      status: status === 'locataire' ? 'tenant' : status === 'proprietaire' ? 'owner' : 'hosted',
      housingAid: h.benefits.housingAid,
    },
    otherResources: constant(months, h.alimony),
    familyBenefits: constant(months, h.benefits.af + h.benefits.cf),
  };
}

type PpaMonthInEuros = InEuros<PpaRight['months'][number]>;

/** The rights of one month, laid out as the law computes them. */
export interface CurrentRights {
  month: string;
  primeActivite: InEuros<PpaRight> & {
    /** Payable after the CRDS. */
    net: number;
    months: (PpaMonthInEuros & { revenusActiviteTotal: number; bonificationsTotal: number })[];
  };
  rsa: InEuros<RsaRight>;
}

export interface Rights {
  /** The last 12 months, oldest first (quarters aligned on the household's month). */
  months: string[];
  /** Payable amount for each of `months`. */
  primeActivite: number[];
  rsa: number[];
  /** 12-month means: what the model scores in `computed` mode. */
  mean: { primeActivite: number; rsa: number };
  /** The right for the household's month. */
  current: CurrentRights;
  /**
   * This month's right that the household may be missing: it is due and the household says it
   * does not claim it (computed mode) or declared no amount for it (declared mode). 0 when none.
   */
  unclaimed: { primeActivite: number; rsa: number };
}

const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;

/** The rights of `input.month`, in euros. */
export function currentRights(input: DroitsInput): CurrentRights {
  const d = computeDroits(input);
  const pa = d.primeActivite;
  const primeActivite = inEuros(pa);
  return {
    month: d.month,
    primeActivite: {
      ...primeActivite,
      net: inEuros(pa.montant.minus(pa.crds)),
      months: primeActivite.months.map((m) => ({
        ...m,
        revenusActiviteTotal: sum(m.revenusActivite),
        bonificationsTotal: sum(m.bonifications),
      })),
    },
    rsa: inEuros(d.rsa),
  };
}

/** Rights over the last 12 months: five quarters (M-12, M-9, M-6, M-3, M), each paid for 3 months. */
export function rights(h: Household): Rights {
  const input = droitsInputFor(h);
  const months = Array.from({ length: 12 }, (_, i) => addMonths(h.month, i - 11));
  const quarters = [-12, -9, -6, -3, 0].map((n) => {
    const start = addMonths(h.month, n);
    return currentRights({ ...input, month: start, applicationMonth: start });
  });
  // Month M-11+i is paid by the quarter that started at or before it: M-12 covers M-11 and M-10.
  const paid = months.map((_, i) => quarters[Math.floor((i + 1) / 3)]!);
  const pa = paid.map((r) => r.primeActivite.montant);
  const rsa = paid.map((r) => r.rsa.montant);
  const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / 12) * 100) / 100;
  const current = quarters[4]!;
  const notClaiming = (computedFlag: boolean, declared: number) =>
    h.benefitsSource === 'computed' ? computedFlag : declared === 0;
  return {
    months,
    primeActivite: pa,
    rsa,
    mean: { primeActivite: mean(pa), rsa: mean(rsa) },
    current,
    unclaimed: {
      primeActivite: notClaiming(h.notClaimed.primeActivite, h.benefits.primeActivite)
        ? current.primeActivite.montant
        : 0,
      rsa: notClaiming(h.notClaimed.rsa, h.benefits.rsa) ? current.rsa.montant : 0,
    },
  };
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
export function effectiveHousehold(h: Household, r: Rights | undefined): Household {
  if (h.benefitsSource === 'declared' || !r) return h;
  return {
    ...h,
    benefits: {
      ...h.benefits,
      rsa: h.notClaimed.rsa ? 0 : r.mean.rsa,
      primeActivite: h.notClaimed.primeActivite ? 0 : r.mean.primeActivite,
    },
  };
}

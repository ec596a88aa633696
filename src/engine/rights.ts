// From a household to its RSA and prime d'activité by the law, month by month, and from there to
// the 12-month means the DMDE model scores. The one typed result of the rights: euros to the cent,
// produced here once; the page shows it, the CLI turns it into its report.

import { computeDroits, inEuros, type DroitsInput, type InEuros, type MonthMap } from '../benefits/index.ts';
import type { PpaRight, RsaRight } from '../benefits/index.ts';
import { computeFamilyBenefits, familyMonthError, type FamilyBenefits } from '../benefits/family.ts';
import { familyInputFor } from './family.ts';
import { addMonths } from '../benefits/months.ts';
import type { Household } from '../household/household.ts';
import { earningsTimeline, timelineMonths } from '../household/timeline.ts';

const constant = (months: string[], amount: number): MonthMap => Object.fromEntries(months.map((m) => [m, amount]));

/**
 * The household's facts as the benefit rules read them (the `droits` input). With `family` (computed
 * mode), the family benefits and the housing aid counted as resources are the law's, else the typed ones.
 */
export function droitsInputFor(h: Household, family?: FamilyAmounts): DroitsInput {
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
      ...(a.earningsStopped ? { stopped: [{ income: 'earnings' as const, ...a.earningsStopped }] } : {}),
    })),
    children,
    pregnant: h.pregnant,
    recentSeparation: h.history.separation12m,
    housing: {
      status: status === 'locataire' ? 'tenant' : status === 'proprietaire' ? 'owner' : 'hosted',
      housingAid: family ? family.housingAid : h.benefits.housingAid,
    },
    otherResources: constant(months, h.alimony),
    // AF, CF and ASF count as resources for both; the ARS does not (R844-5 CSS, R262-11 CASF).
    familyBenefits: constant(months, family ? family.af + family.cf + family.asf : h.benefits.af + h.benefits.cf),
  };
}

/** The family benefits the household receives in a month: the law's amounts, 0 for those not claimed. */
export interface FamilyAmounts {
  af: number;
  cf: number;
  asf: number;
  /** The annual ARS spread over 12 months: the model scores 12-month means. */
  arsMonthly: number;
  housingAid: number;
}

export type FamilyRights = InEuros<Omit<FamilyBenefits, 'warnings'>> & { warnings: string[] };

/**
 * The family benefits and the housing aid of the household's month by the law, or why not: they are
 * computed in `computed` mode, from the month their parameters start (see benefits/family-params.ts).
 */
export function familyRights(h: Household): { rights: FamilyBenefits } | { unavailable: 'declared' | 'month' } {
  if (h.benefitsSource === 'declared') return { unavailable: 'declared' };
  if (familyMonthError(h.month)) return { unavailable: 'month' };
  return { rights: computeFamilyBenefits(familyInputFor(h)) };
}

const familyInEuros = (f: FamilyBenefits): FamilyRights =>
  ({ ...inEuros({ ...f, warnings: undefined }), warnings: f.warnings }) as FamilyRights;

/**
 * Family amounts the household receives, assumed the same over the 12 months the model reads (the
 * month's right stands for the year: ages and parameters change little within it).
 */
function received(h: Household, f: FamilyBenefits): FamilyAmounts {
  const m = inEuros(f.montants);
  const nc = h.notClaimed;
  return {
    af: nc.af ? 0 : m.af,
    cf: nc.cf ? 0 : m.cf,
    asf: nc.asf ? 0 : m.asf,
    arsMonthly: nc.ars ? 0 : Math.round((inEuros(f.ars.montant) / 12) * 100) / 100,
    housingAid: nc.housingAid ? 0 : m.aidesLogement,
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
  /** The family benefits and housing aid of the month by the law, or why they were not computed. */
  family: FamilyRights | null;
  familyUnavailable?: 'declared' | 'month';
  /** What the household receives of them, as the model and the RSA and prime d'activité read it. */
  familyReceived?: FamilyAmounts;
  /**
   * This month's right that the household may be missing: it is due and the household says it
   * does not claim it (computed mode) or declared no amount for it (declared mode). 0 when none.
   */
  unclaimed: {
    primeActivite: number;
    rsa: number;
    af: number;
    cf: number;
    asf: number;
    ars: number;
    housingAid: number;
  };
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
  const fr = familyRights(h);
  const family = 'rights' in fr ? familyInEuros(fr.rights) : null;
  const familyReceived = 'rights' in fr ? received(h, fr.rights) : undefined;
  const input = droitsInputFor(h, familyReceived);
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
    family,
    ...('unavailable' in fr ? { familyUnavailable: fr.unavailable } : {}),
    ...(familyReceived ? { familyReceived } : {}),
    unclaimed: {
      primeActivite: notClaiming(h.notClaimed.primeActivite, h.benefits.primeActivite)
        ? current.primeActivite.montant
        : 0,
      rsa: notClaiming(h.notClaimed.rsa, h.benefits.rsa) ? current.rsa.montant : 0,
      // Family benefits are computed in computed mode only: there, not claiming is said by the household.
      af: family && h.notClaimed.af ? family.montants.af : 0,
      cf: family && h.notClaimed.cf ? family.montants.cf : 0,
      asf: family && h.notClaimed.asf ? family.montants.asf : 0,
      ars: family && h.notClaimed.ars ? family.ars.montant : 0,
      housingAid: family && h.notClaimed.housingAid ? family.montants.aidesLogement : 0,
    },
  };
}

/** Model variables that, in `computed` mode, come from the amounts computed by the law. */
export const LAW_DERIVED_FEATURES = [
  'montant_moyen_af_12m',
  'montant_moyen_cf_12m',
  'montant_moyen_pa_12m',
  'montant_moyen_rsa_12m',
  'montant_moyen_prestations_12m',
  'percoit_rsa',
  'revenu_uc_sous_942',
  'taux_effort_loyer',
];

/**
 * The 12-month means and the family amounts only, without the month's detail: what a sweep needs at
 * each of its points (the detail is laid out for the household itself).
 */
export function rightsMeans(h: Household): Pick<Rights, 'mean' | 'familyReceived'> {
  const fr = familyRights(h);
  const familyReceived = 'rights' in fr ? received(h, fr.rights) : undefined;
  const input = droitsInputFor(h, familyReceived);
  const paid = [-12, -9, -6, -3, 0].map((n) => {
    const start = addMonths(h.month, n);
    const d = computeDroits({ ...input, month: start, applicationMonth: start });
    return { pa: d.primeActivite.montant.cents().toNumber(), rsa: d.rsa.montant.cents().toNumber() };
  });
  // Month M-11+i is paid by the quarter that started at or before it, summed in the same order as `rights`.
  const mean = (k: 'pa' | 'rsa') =>
    Math.round(
      (Array.from({ length: 12 }, (_, i) => paid[Math.floor((i + 1) / 3)]![k]).reduce((a, b) => a + b, 0) / 12) * 100,
    ) / 100;
  return { mean: { primeActivite: mean('pa'), rsa: mean('rsa') }, ...(familyReceived ? { familyReceived } : {}) };
}

/** The household with the amounts the model will score: computed by the law, or as declared. */
export function effectiveHousehold(h: Household, r: Pick<Rights, 'mean' | 'familyReceived'> | undefined): Household {
  if (h.benefitsSource === 'declared' || !r) return h;
  const f = r.familyReceived;
  return {
    ...h,
    benefits: {
      ...h.benefits,
      rsa: h.notClaimed.rsa ? 0 : r.mean.rsa,
      primeActivite: h.notClaimed.primeActivite ? 0 : r.mean.primeActivite,
      ...(f ? { af: f.af, cf: f.cf, housingAid: f.housingAid, other: h.benefits.other + f.asf + f.arsMonthly } : {}),
    },
  };
}

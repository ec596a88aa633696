// From a household to its law: the prime d'activité and RSA month by month, the family benefits and
// the housing aid, and the 12-month means the DMDE model scores. One path, on the one Situation built
// from the household; the one typed result of the law, euros to the cent. The page shows it, the CLI
// turns its month part into its report.

import { monthRights, inEuros, type MonthRights, type InEuros } from '../benefits/index.ts';
import type { PrimeActiviteRight, RsaRight, Situation } from '../benefits/index.ts';
import {
  FAMILY_BENEFITS,
  computeFamilyBenefits,
  familyMonthError,
  type FamilyBenefit,
  type FamilyBenefits,
} from '../benefits/family.ts';
import { allocationAdultesHandicapes, type AahResult } from '../benefits/aah.ts';
import { situationOf, withAah, withReceived } from './situation.ts';

export type { FamilyBenefit };
import { addMonths } from '../benefits/months.ts';
import type { Household } from '../household/household.ts';

/** The family benefits the household receives in a month: the law's amounts, 0 for those not claimed. */
export interface FamilyAmounts {
  af: number;
  cf: number;
  asf: number;
  /** The annual ARS spread over 12 months: the model scores 12-month means. */
  arsMonthly: number;
  housingAid: number;
  /** The prime à la naissance paid in the last 12 months (the household's month or the one before), over 12. */
  primeNaissanceMonthly: number;
}

export type FamilyRights = InEuros<Omit<FamilyBenefits, 'warnings'>> & { warnings: string[] };

/**
 * The family benefits and the housing aid of the situation's month by the law, or why not: they are
 * computed in `computed` mode, from the month their parameters start (see benefits/family-params.ts).
 */
function familyLaw(h: Household, s: Situation): { rights: FamilyBenefits } | { unavailable: 'declared' | 'month' } {
  if (h.benefitsSource === 'declared') return { unavailable: 'declared' };
  if (familyMonthError(s.month)) return { unavailable: 'month' };
  return { rights: computeFamilyBenefits(s) };
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
    housingAid: nc.housingAid ? 0 : m.housingAid,
    primeNaissanceMonthly:
      !nc.primeNaissance && paidWithinYear(f) ? Math.round((inEuros(f.primeNaissance.montantDu) / 12) * 100) / 100 : 0,
  };
}

/** The prime is paid two months before the expected birth, which follows the household's month: M-1 or M at most. */
const paidWithinYear = (f: FamilyBenefits): boolean => {
  const paid = f.primeNaissance.moisVersement;
  return paid !== null && paid <= f.month && paid > addMonths(f.month, -12);
};

/**
 * The AAH by the law: in computed mode, for a month the parameters cover, when an adult's incapacity rate is given
 * (without it the amount typed stands).
 */
function aahLaw(h: Household, s: Situation): AahResult | null {
  if (h.benefitsSource === 'declared' || familyMonthError(s.month)) return null;
  return s.adults.some((a) => a.incapacity !== undefined) ? allocationAdultesHandicapes(s) : null;
}

type PrimeActiviteMonthInEuros = InEuros<PrimeActiviteRight['months'][number]>;

/** The rights of one month, laid out as the law computes them. */
export interface CurrentRights {
  month: string;
  primeActivite: InEuros<PrimeActiviteRight> & {
    /** Payable after the CRDS. */
    net: number;
    months: (PrimeActiviteMonthInEuros & { revenusActiviteTotal: number; bonificationsTotal: number })[];
  };
  rsa: InEuros<RsaRight>;
}

/** A family benefit as the page lists it: this month's amount (the ARS: the year's), and what may be unclaimed. */
export interface FamilyRow {
  key: FamilyBenefit;
  amount: number;
  /** The amount due that the household does not claim, 0 when none. */
  unclaimed: number;
  /** Paid once a year (the ARS, in August): `amount` is the year's. */
  yearly: boolean;
}

export type Benefit = 'primeActivite' | 'rsa' | FamilyBenefit;

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
  /** The AAH of the month by the law, when an adult's incapacity rate is given (computed mode); else null. */
  aah: InEuros<AahResult> | null;
  familyUnavailable?: 'declared' | 'month';
  /** The family benefits in the order the page lists them; empty when they were not computed. */
  familyRows: FamilyRow[];
  /** What the household receives of them, as the model and the RSA and prime d'activité read it. */
  familyReceived?: FamilyAmounts;
  /**
   * This month's right that the household may be missing: it is due and the household says it
   * does not claim it (computed mode) or declared no amount for it (declared mode). 0 when none.
   */
  unclaimed: Record<Benefit, number>;
}

/** What a sweep needs at each of its points: the same computation without the month's detail. */
export type RightsMeans = Pick<Rights, 'months' | 'primeActivite' | 'rsa' | 'mean' | 'familyUnavailable'> &
  Pick<Partial<Rights>, 'familyReceived'> & {
    /** Each adult's AAH by the law (null: the amount typed stands); absent when none is computed. */
    aahReceived?: (number | null)[];
  };

const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;

/** A month's rights in euros, laid out as the law computes them. */
function inEurosDetail(d: MonthRights): CurrentRights {
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

/** The prime d'activité and RSA of `situation.month`, in euros. */
export const currentRights = (situation: Situation): CurrentRights => inEurosDetail(monthRights(situation));

/** The family rows of the page: one rule for the order, the ARS's yearly amount and what goes unclaimed. */
function familyRows(family: FamilyRights | null, unclaimed: Record<Benefit, number>): FamilyRow[] {
  if (!family) return [];
  const order: FamilyBenefit[] = ['af', 'cf', 'asf', 'housingAid', 'ars'];
  return order.map((key) => ({
    key,
    amount: key === 'ars' ? family.ars.montant : family.montants[key],
    unclaimed: unclaimed[key],
    yearly: key === 'ars',
  }));
}

/**
 * The law of a household: the rights over the last 12 months, five quarters (M-12, M-9, M-6, M-3, M)
 * each paid for 3 months, and the family benefits of the month. `meansOnly` leaves out the month's
 * detail (a sweep asks at each of its points); the computation is the same.
 */
export function rights(h: Household): Rights;
export function rights(h: Household, options: { meansOnly: true }): RightsMeans;
export function rights(h: Household, options?: { meansOnly?: boolean }): Rights | RightsMeans {
  const given = situationOf(h);
  // The AAH first: the housing aid, the prime d'activité and the RSA read it.
  const aah = aahLaw(h, given);
  // Not claimed, the AAH the law gives is not received: the other benefits and the model read 0.
  const aahReceived = aah?.adults.map((a) => (a.taux === null ? null : h.notClaimed.aah ? 0 : inEuros(a.montant)));
  const typed = aahReceived ? withAah(given, aahReceived) : given;
  const fr = familyLaw(h, typed);
  const familyReceived = 'rights' in fr ? received(h, fr.rights) : undefined;
  const situation = familyReceived ? withReceived(typed, familyReceived) : typed;
  const months = Array.from({ length: 12 }, (_, i) => addMonths(h.month, i - 11));
  const quarters = [-12, -9, -6, -3, 0].map((n) => {
    const start = addMonths(h.month, n);
    return monthRights({ ...situation, month: start, applicationMonth: start });
  });
  // Month M-11+i is paid by the quarter that started at or before it: M-12 covers M-11 and M-10.
  const paid = months.map((_, i) => quarters[Math.floor((i + 1) / 3)]!);
  const primeActivite = paid.map((r) => inEuros(r.primeActivite.montant));
  const rsa = paid.map((r) => inEuros(r.rsa.montant));
  const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / 12) * 100) / 100;
  const means: RightsMeans = {
    months,
    primeActivite,
    rsa,
    mean: { primeActivite: mean(primeActivite), rsa: mean(rsa) },
    ...('unavailable' in fr ? { familyUnavailable: fr.unavailable } : {}),
    ...(familyReceived ? { familyReceived } : {}),
    ...(aahReceived ? { aahReceived } : {}),
  };
  if (options?.meansOnly) return means;
  const current = inEurosDetail(quarters[4]!);
  const family = 'rights' in fr ? familyInEuros(fr.rights) : null;
  const notClaiming = (computedFlag: boolean, declared: number) =>
    h.benefitsSource === 'computed' ? computedFlag : declared === 0;
  // Family benefits are computed in computed mode only: there, not claiming is said by the household.
  const familyUnclaimed = (key: FamilyBenefit) =>
    family && h.notClaimed[key] ? (key === 'ars' ? family.ars.montant : family.montants[key]) : 0;
  const unclaimed = {
    primeActivite: notClaiming(h.notClaimed.primeActivite, h.benefits.primeActivite)
      ? current.primeActivite.montant
      : 0,
    rsa: notClaiming(h.notClaimed.rsa, h.benefits.rsa) ? current.rsa.montant : 0,
    ...(Object.fromEntries(FAMILY_BENEFITS.map((k) => [k, familyUnclaimed(k)])) as Record<FamilyBenefit, number>),
  };
  const aahRights = aah ? inEuros(aah) : null;
  return { ...means, current, family, aah: aahRights, familyRows: familyRows(family, unclaimed), unclaimed };
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
  // The AAH, computed when an incapacity rate is given.
  'aah_et_travail',
];

/** The household with the amounts the model will score: computed by the law, or as declared. */
export function effectiveHousehold(
  h: Household,
  r: Pick<RightsMeans, 'mean' | 'familyReceived' | 'aahReceived'> | undefined,
): Household {
  if (h.benefitsSource === 'declared' || !r) return h;
  const f = r.familyReceived;
  const aah = r.aahReceived;
  return {
    ...h,
    ...(aah ? { adults: h.adults.map((a, i) => (aah[i] == null ? a : { ...a, aah: aah[i]! })) } : {}),
    benefits: {
      ...h.benefits,
      rsa: h.notClaimed.rsa ? 0 : r.mean.rsa,
      primeActivite: h.notClaimed.primeActivite ? 0 : r.mean.primeActivite,
      ...(f
        ? {
            af: f.af,
            cf: f.cf,
            housingAid: f.housingAid,
            other: h.benefits.other + f.asf + f.arsMonthly + f.primeNaissanceMonthly,
          }
        : {}),
    },
  };
}

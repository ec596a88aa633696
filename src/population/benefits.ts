// A candidate's benefits by the app's own rules: the family benefits and the housing aid from the
// family module, then the RSA and prime d'activité from engine/rights.ts (which read the housing
// aid and the family benefits as resources), then take-up. Amounts are 12-month means as the
// model reads them; for the family benefits, this month's amount stands for the mean (assumption:
// a stable situation over the year).

import { computeFamilyBenefits, type FamilyInput } from '../benefits/family.ts';
import { addMonths } from '../benefits/months.ts';
import { rights } from '../engine/rights.ts';
import type { Household } from '../household/household.ts';
import { earningsTimeline, timelineMonths } from '../household/timeline.ts';
import type { Candidate } from './draw.ts';
import type { Random } from './random.ts';

/**
 * Take-up rates: 1 − the non-take-up measured by the DREES (RSA 34 %, 2018; prime d'activité 27 %,
 * 2016), facts/cnaf/population-marginals.csv section 9_non_recours.
 */
export const TAKE_UP = { rsa: 0.66, primeActivite: 0.73 };

/**
 * The family module's input for a household. Taxable pay is taken equal to net earnings plus other
 * income (assumption).
 */
export function familyInputFor(h: Household, zone: 1 | 2 | 3, birthMonthOffsets: number[]): FamilyInput {
  const months = timelineMonths(h.month);
  const year = Number(h.month.slice(0, 4));
  return {
    month: h.month,
    adults: h.adults.map((a) => {
      const timeline = earningsTimeline(a, h.month, h.history.monthsWorked12);
      const annual = timeline.slice(-12).reduce((s, x) => s + x, 0) + 12 * a.otherIncome;
      return {
        // Same situation in the years before (assumption): the family benefits read year N-2.
        taxableIncomeByYear: { [String(year - 2)]: annual, [String(year - 1)]: annual },
        taxableEarningsByMonth: Object.fromEntries(months.map((m, i) => [m, timeline[i]! + a.otherIncome])),
      };
    }),
    // A child of age a at the end of last month was born 12a + k months ago, k in 1..12.
    children: h.children.map((c, i) => ({
      birthDate: `${addMonths(h.month, -(12 * c.age + birthMonthOffsets[i]!))}-15`,
      inSchool: c.activity !== 'emploi' && c.activity !== 'sans_activite',
    })),
    alimonyMonthly: h.alimony,
    aahOrAeehReceived: h.adults.some((a) => a.aah > 0),
    housing: {
      status:
        h.housing.status === 'locataire' ? 'tenant' : h.housing.status === 'proprietaire' ? 'owner' : 'hostedFree',
      zone,
      rentMonthly: h.housing.status === 'locataire' ? h.housing.rent : 0,
    },
  };
}

const cents = (x: number) => Math.round(x * 100) / 100;

/**
 * Fills `candidate.household.benefits` and `notClaimed` by the law and the take-up draw; returns
 * whether the household is an allocataire (receives at least one CAF benefit). A child under 3 counts
 * as one: the PAJE is not computed by the app, and nearly every family with a child under 3 gets its
 * allocation de base or a childcare aid (assumption).
 */
export function computeBenefits(candidate: Candidate, rng: Random): boolean {
  const h = candidate.household;
  const offsets = h.children.map(() => rng.int(1, 12));
  const family = computeFamilyBenefits(familyInputFor(h, candidate.zone, offsets));
  const m = family.montants;
  h.benefits = {
    rsa: 0,
    primeActivite: 0,
    af: cents(m.af.toNumber()),
    cf: cents(m.cf.toNumber()),
    housingAid: cents(m.aidesLogement.toNumber()),
    // ASF monthly, ARS spread over the year.
    other: cents(m.asf.toNumber() + family.ars.montant.toNumber() / 12),
  };
  const r = rights(h);
  h.notClaimed = { rsa: !rng.chance(TAKE_UP.rsa), primeActivite: !rng.chance(TAKE_UP.primeActivite) };
  h.benefits.rsa = h.notClaimed.rsa ? 0 : r.mean.rsa;
  h.benefits.primeActivite = h.notClaimed.primeActivite ? 0 : r.mean.primeActivite;
  const b = h.benefits;
  return (
    b.rsa + b.primeActivite + b.af + b.cf + b.housingAid + b.other > 0 ||
    h.adults.some((a) => a.aah > 0) ||
    h.children.some((c) => c.age < 3)
  );
}

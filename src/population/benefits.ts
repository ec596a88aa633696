// A candidate's benefits by the app's own rules, as the app computes them for a household in
// `computed` mode (engine/rights.ts): the family benefits and the housing aid through
// the situation of engine/situation.ts, then the RSA and prime d'activité over 12 months, which read them as resources.
// Take-up is drawn first. The amounts are then frozen into the record (`declared`): 12-month means,
// the family benefits' month standing for the year, as the app assumes.

import { effectiveHousehold, rights } from '../engine/rights.ts';
import type { Household } from '../household/household.ts';
import type { Random } from './random.ts';

/**
 * Take-up rates: 1 − the non-take-up measured by the DREES (RSA 34 %, 2018; prime d'activité 27 %,
 * 2016), facts/cnaf/population-marginals.csv section 9_non_recours. The family benefits and the
 * housing aid are taken as always claimed (no measure found).
 */
export const TAKE_UP = { rsa: 0.66, primeActivite: 0.73 };

/**
 * Fills `h.benefits` and `h.notClaimed` by the law and the take-up draw, then marks the amounts as
 * `declared`; returns whether the household is an allocataire (receives at least one CAF benefit). A
 * child under 3 counts as one: the PAJE is not computed by the app, and nearly every family with a
 * child under 3 gets its allocation de base or a childcare aid (assumption).
 */
export function computeBenefits(h: Household, rng: Random): boolean {
  h.benefitsSource = 'computed';
  h.notClaimed = {
    rsa: !rng.chance(TAKE_UP.rsa),
    primeActivite: !rng.chance(TAKE_UP.primeActivite),
    af: false,
    cf: false,
    asf: false,
    ars: false,
    housingAid: false,
  };
  h.benefits = effectiveHousehold(h, rights(h, { meansOnly: true })).benefits;
  h.benefitsSource = 'declared';
  const b = h.benefits;
  return (
    b.rsa + b.primeActivite + b.af + b.cf + b.housingAid + b.other > 0 ||
    h.adults.some((a) => a.aah > 0) ||
    h.children.some((c) => c.age < 3)
  );
}

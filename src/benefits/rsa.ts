// RSA (CASF L262-2 ff., R262-1 ff.): the montant forfaitaire of the month due (majoré when
// isolated) minus the resources of the reference months and the forfait logement; nothing under 6 €.

import { Dec } from './decimal.ts';
import { forfaitLogement, montantForfaitaire } from './composition.ts';
import { ageIn, amountIn, childrenBorn, type MonthMap, type Situation } from './situation.ts';
import { rsaAt } from './params.ts';
import { composition } from './prime-activite.ts';
import { neutralised, type Neutralisation } from './neutralisation.ts';

export interface RsaMonth {
  month: string;
  montantForfaitaire: Dec;
  ressources: Dec;
  forfaitLogement: Dec;
  /** The intermediate amount of R262-7 I; it may be negative (see rsaRight). */
  montant: Dec;
}

export interface RsaRight {
  montant: Dec;
  eligible: boolean;
  /** Why not eligible: `age` (under 25, no child, no pregnancy) or `student`. */
  reason?: 'age' | 'student';
  referenceMonths: string[];
  months: RsaMonth[];
  underFloor: boolean;
  /** Incomes not counted because they stopped for good (R262-13 CASF). */
  neutralisations: Neutralisation[];
}

/**
 * L262-4 CASF sets its conditions for "le bénéficiaire", a person: the household is eligible when
 * one adult is 25 or over (or has a child or a pregnancy in the household) and is not a pupil or
 * student (4°, lifted for the isolement majoration). A student with a partner who qualifies is
 * therefore in an eligible household.
 */
function ineligibility(input: Situation, ageMinimum: Dec, isolated: boolean): 'age' | 'student' | undefined {
  const withChild = childrenBorn(input).length > 0 || input.pregnant;
  // 25 in the month paid (L262-4 1°): from the birth date when known.
  const oldEnough = input.adults.filter((a) => withChild || !Dec.of(ageIn(a, input.month)).lt(ageMinimum));
  if (oldEnough.length === 0) return 'age';
  return isolated || oldEnough.some((a) => !a.student) ? undefined : 'student';
}

/**
 * The right paid for `input.month`, re-examined at `quarterStart` on `referenceMonths`.
 *
 * - Montant forfaitaire and forfait logement rates: those in force in the month due, not in each
 *   reference month. The revaluation decree fixes the amount "à compter du 1er avril" and adds that
 *   "ce montant est pris en compte pour calculer le montant dû au foyer […] dans les conditions
 *   prévues par les articles R. 262-4 et R. 262-7" (Décret 2025-293, art. 1; case R4).
 * - Resources (R262-7 II): earnings and other personal resources enter as their monthly mean over
 *   the reference months (1° and 2°); the benefits paid by the caisse (AAH, family benefits, and
 *   the housing aid through the forfait logement) at their amount in each month, "intégralement
 *   affectées au mois de perception" (3°).
 * - Intermediate amounts (R262-7 I) are not floored at zero one by one: no text floors them (III
 *   only sets a negative declared resource to zero), and the law compares the household's
 *   resources with the montant forfaitaire (L262-2). The mean is floored at zero; under 6 € it is
 *   not paid (R262-39).
 */
export function rsaRight(input: Situation, quarterStart: string, referenceMonths: string[]): RsaRight {
  const p = rsaAt(input.month);
  const c = composition(input);
  const reason = ineligibility(input, p.age_minimum, c.isolated);
  const mf = montantForfaitaire(c, p);
  const { maps, neutralisations } = neutralised(input, quarterStart, referenceMonths, p.montant_de_base);
  const mean = (m: MonthMap) => Dec.sum(referenceMonths.map((k) => amountIn(m, k))).div(referenceMonths.length);
  const averaged = Dec.sum([
    ...maps.flatMap((a) => [mean(a.earnings), mean(a.otherIncome)]),
    mean(input.otherResources),
  ]);
  const months = referenceMonths.map((month): RsaMonth => {
    // R5: the forfait logement follows the housing aid paid in each reference month (R262-7 II 3°).
    const fl = forfaitLogement(c, p, {
      status: input.housing.status,
      housingAid: amountIn(input.housing.housingAid, month),
    });
    const paidByCaisse = Dec.sum([
      ...input.adults.map((a) => amountIn(a.aah, month)),
      amountIn(input.familyBenefits, month),
    ]);
    const ressources = Dec.sum([averaged, paidByCaisse, fl]);
    return { month, montantForfaitaire: mf, ressources, forfaitLogement: fl, montant: mf.minus(ressources) };
  });
  const average = Dec.sum(months.map((m) => m.montant))
    .div(months.length)
    .max(Dec.ZERO)
    .cents();
  const underFloor = average.gt(Dec.ZERO) && average.lt(p.montant_minimum_verse);
  const montant = reason || underFloor ? Dec.ZERO : average;
  return {
    montant,
    eligible: !reason,
    ...(reason ? { reason } : {}),
    referenceMonths,
    months,
    underFloor,
    neutralisations,
  };
}

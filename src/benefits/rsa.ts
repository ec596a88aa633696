// RSA (CASF L262-2 ff., R262-1 ff.): montant forfaitaire (majoré when isolated) minus all
// resources and the forfait logement, averaged over the reference months; nothing under 6 €.

import { Dec } from './decimal.ts';
import { forfaitLogement, montantForfaitaire } from './composition.ts';
import { amountIn, type DroitsInput } from './input.ts';
import { rsaAt } from './params.ts';
import { composition } from './prime-activite.ts';

export interface RsaMonth {
  month: string;
  montantForfaitaire: Dec;
  ressources: Dec;
  forfaitLogement: Dec;
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
}

export function rsaMonth(input: DroitsInput, month: string): RsaMonth {
  const p = rsaAt(month);
  const c = composition(input);
  const mf = montantForfaitaire(c, p);
  const fl = forfaitLogement(c, p, {
    status: input.housing.status,
    housingAid: amountIn(input.housing.housingAid, month),
  });
  const personal = input.adults.flatMap((a) => [a.earnings, a.aah, a.otherIncome].map((m) => amountIn(m, month)));
  const ressources = Dec.sum([
    ...personal,
    amountIn(input.otherResources, month),
    amountIn(input.familyBenefits, month),
    fl,
  ]);
  return {
    month,
    montantForfaitaire: mf,
    ressources,
    forfaitLogement: fl,
    montant: mf.minus(ressources).max(Dec.ZERO),
  };
}

export function rsaRight(input: DroitsInput, quarterStart: string, referenceMonths: string[]): RsaRight {
  const p = rsaAt(quarterStart);
  const c = composition(input);
  const withChild = input.children.length > 0 || input.pregnant;
  const reason =
    !withChild && input.adults.every((a) => Dec.of(a.age).lt(p.age_minimum))
      ? 'age'
      : !c.isolated && input.adults[0]?.student
        ? 'student'
        : undefined;
  const months = referenceMonths.map((m) => rsaMonth(input, m));
  const average = Dec.sum(months.map((m) => m.montant))
    .div(months.length)
    .cents();
  const underFloor = average.gt(Dec.ZERO) && average.lt(p.montant_minimum_verse);
  const montant = reason || underFloor ? Dec.ZERO : average;
  return { montant, eligible: !reason, ...(reason ? { reason } : {}), referenceMonths, months, underFloor };
}

// Allocation de rentrée scolaire (CSS L543-1, R543-1 ff., D543-1): paid once, in August, for each child of
// 6 to 18 by the age bands of R543-2, under a resource ceiling, differential just above it.

import { Dec } from './decimal.ts';
import { bmafAt, param } from './family-params.ts';
import { ageOn, pfResourcesByAdult } from './family-resources.ts';
import { birthDateOf, type Situation } from './situation.ts';

export const ARS_MONTH = '08';

export interface ArsChild {
  birthDate: string;
  /** Age reached during the civil year of the school start (R543-2 al. 3). */
  ageInYear: number;
  montant: Dec;
}

export interface ArsResult {
  /** The year of the school start (N). */
  year: number;
  enfants: ArsChild[];
  /** Children in care, for the ceiling (R543-5). */
  nbEnfantsACharge: number;
  ressources: Dec;
  plafond: Dec;
  /** Annual amount, paid in August; 0 in the other months of `montantDuMois`. */
  montant: Dec;
  montantDuMois: Dec;
}

/**
 * Children who open the right for the school year starting in year N (R543-2): the sixth birthday falls
 * before 1 February N+1, and the child is not yet 18 on 15 September N.
 */
export function arsChildren(birthDates: string[], year: number): string[] {
  return birthDates.filter((b) => ageOn(b, `${year + 1}-01-31`) >= 6 && ageOn(b, `${year}-09-15`) < 18);
}

/** The amount for one child (D543-1), by the age reached during civil year N (R543-2: 11 and 15 raise it). */
export function arsChildAmount(ageInYear: number, month: string): Dec {
  const key = ageInYear >= 15 ? 'taux_15_18' : ageInYear >= 11 ? 'taux_11_14' : 'taux_6_10';
  return bmafAt(month)
    .times(param('ars', key, month))
    .cents();
}

export function allocationRentreeScolaire(input: Situation): ArsResult {
  const year = Number(input.month.slice(0, 4));
  const month = `${year}-${ARS_MONTH}`;
  const enfants = arsChildren(
    input.children.filter((c) => c.inSchool !== false).map((c) => birthDateOf(c, input.month)),
    year,
  ).map((birthDate) => {
    const ageInYear = ageOn(birthDate, `${year}-12-31`);
    return { birthDate, ageInYear, montant: arsChildAmount(ageInYear, month) };
  });
  // The ceiling is raised for each child in care (R543-5); the CAF counts them on 31 July of the year of the
  // school start (OpenFisca counts them in October: see docs/family-benefits.md).
  const limit = param('pf', 'age_limite', month).toNumber();
  const nbEnfantsACharge = input.children.filter((c) => {
    const age = ageOn(birthDateOf(c, input.month), `${year}-07-31`);
    return age >= 0 && age < limit;
  }).length;
  const ressources = Dec.sum(pfResourcesByAdult(input, month));
  const plafond = param('ars', 'plafond_base', month).times(
    Dec.of(1).plus(param('ars', 'majoration_par_enfant', month).times(nbEnfantsACharge)),
  );
  const full = Dec.sum(enfants.map((e) => e.montant));
  // Differential ARS (R543-6-1): what remains of ceiling + ARS once the resources are taken off.
  const due = ressources.gt(plafond) ? plafond.plus(full).minus(ressources).max(Dec.ZERO).cents() : full;
  // D543-2: a total under 15 € is not paid.
  const montant = due.lt(param('ars', 'seuil_versement', month)) ? Dec.ZERO : due;
  const montantDuMois = input.month.slice(5) === ARS_MONTH ? montant : Dec.ZERO;
  return { year, enfants, nbEnfantsACharge, ressources, plafond, montant, montantDuMois };
}

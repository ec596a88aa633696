// Allocations familiales (CSS L521-1 ff., D521-1 ff.): base from the second child, age majorations, the forfait
// for a child of 20, all modulated by the N-2 resources, with the complément dégressif just above each ceiling.

import { Dec } from './decimal.ts';
import { afReformPivot, bmafAt, param } from './family-params.ts';
import { ageOpening, birthDates, childrenUnder, pfResourcesByAdult, type ChildInMonth } from './family-resources.ts';
import type { Situation } from './situation.ts';

export interface AfResult {
  /** Children counted for the family benefits: under 20 (CSS L512-3, R512-2). */
  nbEnfants: number;
  /** Children in the year of the forfait, from the month after their 20th birthday (L521-1 al. 2, D521-2). */
  nbEnfantsForfait: number;
  ressources: Dec;
  plafond1: Dec;
  plafond2: Dec;
  /** 1, 0.5 or 0.25 (L521-1, D521-1 since the 2015 modulation). */
  tauxModulation: Dec;
  base: Dec;
  majorations: Dec;
  forfait: Dec;
  complementDegressif: Dec;
  forfaitComplementDegressif: Dec;
  /** Monthly amount before CRDS, rounded to the cent. */
  montant: Dec;
}

/** The children counted for the family benefits in `month`: under the age limit (L512-3, R512-2). */
export function pfChildren(input: Situation, month = input.month): ChildInMonth[] {
  return childrenUnder(input, param('pf', 'age_limite', month).toNumber(), month);
}

/** The two ceilings for `n` children (D521-3): a base plus a per-child amount for each child counted. */
export function afCeilings(n: number, month: string): { plafond1: Dec; plafond2: Dec } {
  const perChild = param('af', 'plafond_par_enfant', month).times(n);
  return {
    plafond1: param('af', 'plafond_tranche_1', month).plus(perChild),
    plafond2: param('af', 'plafond_tranche_2', month).plus(perChild),
  };
}

/** The modulation coefficient and the ceiling crossed, if any (L521-1, D521-1, D521-3). */
export function afModulation(ressources: Dec, n: number, month: string) {
  const { plafond1, plafond2 } = afCeilings(n, month);
  if (ressources.gt(plafond2))
    return { plafond1, plafond2, taux: param('af', 'taux_tranche_2', month), crossed: plafond2 };
  if (ressources.gt(plafond1))
    return { plafond1, plafond2, taux: param('af', 'taux_tranche_1', month), crossed: plafond1 };
  return { plafond1, plafond2, taux: Dec.of(1), crossed: null };
}

/** Base AF before modulation, in BMAF (D521-1 I): 32 % for two children, 41 % for each further child. */
export function afBaseRate(n: number, month: string): Dec {
  if (n < 2) return Dec.ZERO;
  return param('af', 'taux_deux_enfants', month).plus(param('af', 'taux_enfant_supplementaire', month).times(n - 2));
}

/**
 * Number of age majorations (L521-3, R521-1): each child from the age of the majoration, except the eldest of a
 * family of two. From March 2026, a child born on or after the pivot date gets it only from the reformed age.
 */
export function afMajorationCount(children: ChildInMonth[], month: string): number {
  if (children.length < 2) return 0;
  const pivot = afReformPivot(month);
  const oldAge = param('af', 'majoration_age', month).toNumber();
  // In a family of two only the younger child has a majoration: skip the (first) eldest, so one of two twins.
  const byAge = [...children].sort((a, b) => a.birthDate.localeCompare(b.birthDate));
  const counted = children.length === 2 ? byAge.slice(1) : byAge;
  return counted.filter((c) => {
    const age =
      pivot !== null && c.birthDate >= pivot ? param('af', 'majoration_age_reforme', month).toNumber() : oldAge;
    return c.age >= age;
  }).length;
}

/**
 * Complément dégressif (L521-1; décret 2015-611): just above a ceiling, the modulated amount less a twelfth of
 * the excess, so that one more euro of resources never costs more than one euro of AF.
 */
export function complementDegressif(modulated: Dec, ressources: Dec, crossed: Dec | null): Dec {
  if (crossed === null) return Dec.ZERO;
  return modulated.minus(ressources.minus(crossed).div(12)).max(Dec.ZERO);
}

export function allocationsFamiliales(input: Situation): AfResult {
  const month = input.month;
  const bmaf = bmafAt(month);
  const children = pfChildren(input);
  const n = children.length;
  // The forfait is paid for a year from the month after the 20th birthday (L521-1 al. 2, R552-2 I).
  const nbEnfantsForfait = birthDates(input).filter((b) => ageOpening(b, month) === 20).length;
  const ressources = Dec.sum(pfResourcesByAdult(input));
  const { plafond1, plafond2, taux, crossed } = afModulation(ressources, n, month);
  // Each component is rounded to the cent, per child for the majorations and the forfait, as the CAF scale
  // publishes them (a majoration is one amount per child).
  const base = bmaf.times(afBaseRate(n, month)).times(taux).cents();
  const majorations = bmaf
    .times(param('af', 'majoration_age_taux', month))
    .times(taux)
    .cents()
    .times(afMajorationCount(children, month));
  const forfaitDue =
    nbEnfantsForfait > 0 && n + nbEnfantsForfait >= param('af', 'forfait_nb_enfants_min', month).toNumber();
  const forfait = forfaitDue
    ? bmaf
        .times(param('af', 'forfait_taux', month))
        .times(taux)
        .cents()
        .times(nbEnfantsForfait)
    : Dec.ZERO;
  const cd = base.gt(Dec.ZERO) ? complementDegressif(base.plus(majorations), ressources, crossed).cents() : Dec.ZERO;
  const cdForfait = complementDegressif(forfait, ressources, crossed).cents();
  return {
    nbEnfants: n,
    nbEnfantsForfait,
    ressources,
    plafond1,
    plafond2,
    tauxModulation: taux,
    base,
    majorations,
    forfait,
    complementDegressif: cd,
    forfaitComplementDegressif: cdForfait,
    montant: Dec.sum([base, majorations, forfait, cd, cdForfait]),
  };
}

// Complément familial (CSS L522-1 ff., R522-2, D522-1 ff.): for three children or more, all over three, under a
// resource ceiling; majoré under half the ceiling, differential just above it.

import { Dec } from './decimal.ts';
import { bmafAt, param } from './family-params.ts';
import { ageClosing, ageOpening, birthDates, childrenUnder, isCouple, pfResourcesByAdult } from './family-resources.ts';
import type { Situation } from './situation.ts';

export interface CfResult {
  /** Children in care for the CF: under 21 (CSS R512-2 al. 2). */
  nbEnfants: number;
  /** Of these, the children aged three or more. */
  nbEnfantsEligibles: number;
  /** A child under three: no CF (L522-1 "ayant tous un âge supérieur" à l'âge de la PAJE), see docs. */
  enfantMoinsDeTroisAns: boolean;
  biactivite: boolean;
  ressources: Dec;
  plafond: Dec;
  plafondMajore: Dec;
  /** Monthly amount before CRDS, rounded to the cent. */
  montant: Dec;
}

/** The CF ceiling (R522-2): the base raised by 25 % for each of the first two children and 30 % for each further one. */
export function cfCeiling(nbEnfants: number, raised: boolean, month: string): Dec {
  const rate = Dec.of(1)
    .plus(param('cf', 'majoration_plafond_un_deux', month).times(Math.min(nbEnfants, 2)))
    .plus(param('cf', 'majoration_plafond_suivants', month).times(Math.max(nbEnfants - 2, 0)));
  const base = param('cf', 'plafond_base', month).times(rate);
  return raised ? base.plus(param('cf', 'majoration_biactifs_isoles', month)) : base;
}

/** A two-income couple (R522-2): each partner earned at least 12 BMAF of professional income in year N-2. */
export function biactivite(input: Situation, month = input.month): boolean {
  if (!isCouple(input)) return false;
  const year = Number(month.slice(0, 4)) - 2;
  const floor = bmafAt(`${year}-07`).times(param('cf', 'revenu_biactivite_bmaf', month));
  return input.adults.every((a) => Dec.of(a.taxablePayByYear[String(year)] ?? 0).gte(floor));
}

/** The amount for resources `r` (D522-1, D522-2): majoré, base, or the differential up to ceiling + 12 × base. */
export function cfAmount(r: Dec, plafond: Dec, month: string): { montant: Dec; plafondMajore: Dec } {
  const bmaf = bmafAt(month);
  const base = bmaf.times(param('cf', 'taux_base', month));
  const plafondMajore = plafond.times(param('cf', 'taux_plafond_majore', month));
  if (!r.gt(plafondMajore)) return { montant: bmaf.times(param('cf', 'taux_majore', month)), plafondMajore };
  if (!r.gt(plafond)) return { montant: base, plafondMajore };
  return { montant: plafond.plus(base.times(12)).minus(r).div(12).max(Dec.ZERO), plafondMajore };
}

export function complementFamilial(input: Situation): CfResult {
  const month = input.month;
  const limit = param('cf', 'age_limite', month).toNumber();
  const minAge = param('cf', 'age_minimal', month).toNumber();
  const ages = childrenUnder(input, limit, month).map((c) => c.age);
  const nbEnfantsEligibles = ages.filter((a) => a >= minAge).length;
  // A child under three ends the right from the month of the birth (R552-3 I), and keeps it closed until the month
  // after the third birthday (R552-2 I).
  const enfantMoinsDeTroisAns = birthDates(input).some(
    (b) => ageClosing(b, month) >= 0 && ageOpening(b, month) < minAge,
  );
  const bi = biactivite(input);
  const ressources = Dec.sum(pfResourcesByAdult(input));
  const plafond = cfCeiling(ages.length, bi || input.adults.length === 1, month);
  const { montant, plafondMajore } = cfAmount(ressources, plafond, month);
  const due = nbEnfantsEligibles >= param('cf', 'nb_enfants_min', month).toNumber() && !enfantMoinsDeTroisAns;
  return {
    nbEnfants: ages.length,
    nbEnfantsEligibles,
    enfantMoinsDeTroisAns,
    biactivite: bi,
    ressources,
    plafond,
    plafondMajore,
    montant: due ? montant.cents() : Dec.ZERO,
  };
}

// Allocation de base de la PAJE (CSS L531-3, R531-1, D531-1, D531-3), for a child born since 1 April 2018: a full
// or a partial rate of the BMAF under two resource ceilings of year N-2, from the month after the birth until the
// month before the third birthday. One allowance per household (multiple births, which give one per child, are
// not modelled: the household file says nothing of them). The prime à la naissance (D531-2) is computed from
// the expected birth month the household gives, under the partial rate's ceiling.

import { Dec } from './decimal.ts';
import { bmafAt, param } from './family-params.ts';
import { ageClosing, ageOpening, birthDates, isCouple, pfResourcesByAdult } from './family-resources.ts';
import { pfChildren } from './allocations-familiales.ts';
import { biactivite } from './complement-familial.ts';
import { addMonths } from './months.ts';
import type { Situation } from './situation.ts';

export interface PajeResult {
  /** Children under three who open the right this month. */
  nbEnfantsMoinsDeTroisAns: number;
  /** Children counted for the ceilings: those the family benefits count (under 20). */
  nbEnfants: number;
  ressources: Dec;
  plafondTauxPlein: Dec;
  plafondTauxPartiel: Dec;
  taux: 'plein' | 'partiel' | null;
  /** Monthly amount before CRDS, rounded to the cent. */
  montant: Dec;
}

/**
 * A ceiling of R531-1 for `n` children: base × (1 + 25 % for each of the first two children + 30 % for each
 * further one), raised for a single parent or a couple with two earners.
 */
function ceiling(rate: 'plein' | 'partiel', input: Situation, n: number): Dec {
  const month = input.month;
  const base = param('paje', `plafond_${rate}_base`, month);
  const factor = Dec.of(1)
    .plus(param('paje', 'majoration_plafond_un_deux', month).times(Math.min(n, 2)))
    .plus(param('paje', 'majoration_plafond_suivants', month).times(Math.max(n - 2, 0)));
  const raised = !isCouple(input) || biactivite(input);
  return raised
    ? base.times(factor).plus(param('paje', `majoration_${rate}_biactifs_isoles`, month))
    : base.times(factor);
}

export function pajeAllocationDeBase(input: Situation): PajeResult {
  const month = input.month;
  const limit = param('paje', 'age_limite', month).toNumber();
  // Due from the month after the birth (R552-2), until the last day of the month before the third birthday
  // (D531-1): in the birthday month itself the child no longer opens it.
  const nbEnfantsMoinsDeTroisAns = birthDates(input).filter(
    (b) => ageOpening(b, month) >= 0 && ageClosing(b, month) < limit,
  ).length;
  const nbEnfants = pfChildren(input).length;
  const plafondTauxPlein = ceiling('plein', input, nbEnfants);
  const plafondTauxPartiel = ceiling('partiel', input, nbEnfants);
  const ressources = Dec.sum(pfResourcesByAdult(input));
  const taux =
    nbEnfantsMoinsDeTroisAns === 0
      ? null
      : !ressources.gt(plafondTauxPlein)
        ? 'plein'
        : !ressources.gt(plafondTauxPartiel)
          ? 'partiel'
          : null;
  const montant = taux
    ? bmafAt(month)
        .times(param('paje', taux === 'plein' ? 'taux_plein' : 'taux_partiel', month))
        .cents()
    : Dec.ZERO;
  return { nbEnfantsMoinsDeTroisAns, nbEnfants, ressources, plafondTauxPlein, plafondTauxPartiel, taux, montant };
}

export interface PrimeNaissanceResult {
  /** The month the prime is paid (two months before the expected birth), or null when no birth is expected. */
  moisVersement: string | null;
  /** Children counted for the ceiling: the family benefits' children and the expected one. */
  nbEnfants: number;
  ressources: Dec;
  plafond: Dec;
  /** Amount paid in the situation's month (0 in any other month), before CRDS, to the cent. */
  montant: Dec;
  /** The amount due in `moisVersement`, whatever the situation's month. */
  montantDu: Dec;
}

/**
 * Prime à la naissance (L531-2, D531-2): 229.75 % of the BMAF for an expected child, paid "avant la fin du dernier
 * jour du mois civil suivant le sixième mois de la grossesse", i.e. two calendar months before the expected birth
 * month, when the N-2 resources are within the allocation de base's partial-rate ceiling (R531-1), the expected
 * child counted. One child expected (multiple births, one prime each, are not asked).
 */
export function primeNaissance(input: Situation): PrimeNaissanceResult {
  const month = input.month;
  const expected = input.pregnant ? input.expectedBirthMonth : undefined;
  const moisVersement = expected
    ? addMonths(expected, -param('paje', 'prime_naissance_mois_avant_naissance', month).toNumber())
    : null;
  const nbEnfants = pfChildren(input).length + (expected ? 1 : 0);
  const plafond = ceiling('partiel', input, nbEnfants);
  const ressources = Dec.sum(pfResourcesByAdult(input));
  const montantDu =
    expected && !ressources.gt(plafond)
      ? bmafAt(month)
          .times(param('paje', 'prime_naissance', month))
          .cents()
      : Dec.ZERO;
  return {
    moisVersement,
    nbEnfants,
    ressources,
    plafond,
    montant: moisVersement === month ? montantDu : Dec.ZERO,
    montantDu,
  };
}

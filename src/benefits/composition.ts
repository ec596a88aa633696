// The household's montant forfaitaire and forfait logement, shared by the prime d'activité
// (CSS D843-1, R844-3) and the RSA (CASF R262-1, R262-9/10): same coefficients, own base.

import { Dec } from './decimal.ts';
import type { CompositionParams } from './params.ts';
import type { HousingStatus } from './situation.ts';

export interface Composition {
  adults: number;
  dependants: number;
  /** Entitled to the isolement majoration (single parent, pregnancy): L842-7, L262-9. */
  isolated: boolean;
}

/** Coefficient of the base amount: 1, +50 % for the 2nd person, +30 % per further person, +40 % from the 3rd child. */
export function compositionCoefficient(c: Composition, p: CompositionParams): Dec {
  const n = c.adults + c.dependants;
  let coef = Dec.of(1);
  if (n >= 2) coef = coef.plus(p.majoration_deuxieme_personne);
  if (n >= 3) coef = coef.plus(p.majoration_personne_supplementaire);
  // The 4th person is a 3rd child for a single parent (+40 %), a 2nd child for a couple (+30 %).
  if (n >= 4) coef = coef.plus(c.adults === 1 ? p.majoration_troisieme_enfant : p.majoration_personne_supplementaire);
  if (n > 4) coef = coef.plus(p.majoration_troisieme_enfant.times(n - 4));
  return coef;
}

/** Montant forfaitaire of the household, majoré when isolated. */
export function montantForfaitaire(c: Composition, p: CompositionParams): Dec {
  if (c.isolated) return p.montant_de_base.times(p.isolement_base.plus(p.isolement_par_enfant.times(c.dependants)));
  return p.montant_de_base.times(compositionCoefficient(c, p));
}

/**
 * Forfait logement: a flat amount counted as a resource when housing costs are covered. The
 * composition is capped at three persons and never majorée. With a housing aid it is the
 * smaller of the aid and the full forfait; owners and people housed free get the full forfait.
 */
export function forfaitLogement(
  c: Composition,
  p: CompositionParams,
  housing: { status: HousingStatus; housingAid: Dec },
): Dec {
  const n = c.adults + c.dependants;
  const [coef, rate] =
    n <= 1 ? ['1', p.forfait_logement_1] : n === 2 ? ['1.5', p.forfait_logement_2] : ['1.8', p.forfait_logement_3];
  const full = p.montant_de_base.times(coef).times(rate);
  if (housing.housingAid.gt(Dec.ZERO)) return housing.housingAid.min(full);
  return housing.status === 'locataire' ? Dec.ZERO : full;
}

// The five CAF benefits a household may be missing, computed by the law for one month: allocations familiales,
// complément familial, ASF, ARS and the housing aid. Pure: the household model, the engine and the UI integrate it.

import { Dec } from './decimal.ts';
import { allocationsFamiliales, type AfResult } from './allocations-familiales.ts';
import { complementFamilial, type CfResult } from './complement-familial.ts';
import { allocationSoutienFamilial, type AsfResult } from './asf.ts';
import { allocationRentreeScolaire, type ArsResult } from './ars.ts';
import { housingAid, type HousingAidResult } from './aides-logement.ts';
import { pajeAllocationDeBase, primeNaissance, type PajeResult, type PrimeNaissanceResult } from './paje.ts';
import { FAMILY_FIRST_MONTH, FAMILY_KNOWN_UNTIL, param } from './family-params.ts';
import type { Situation } from './situation.ts';
import { MONTH } from './months.ts';

/** The five benefits, by the one name each has from the parameters to the screen. */
export const FAMILY_BENEFITS = ['af', 'cf', 'asf', 'ars', 'housingAid'] as const;
export type FamilyBenefit = (typeof FAMILY_BENEFITS)[number];

export interface FamilyBenefits {
  month: string;
  af: AfResult;
  cf: CfResult;
  asf: AsfResult;
  /** The annual ARS; its `montantDuMois` is paid in August only. */
  ars: ArsResult;
  housingAid: HousingAidResult;
  /**
   * The PAJE allocation de base of the month, computed and reported (droits) but not yet among the amounts the
   * page lists and the model reads: `montants` keeps the five benefits.
   */
  paje: PajeResult;
  /** The prime à la naissance: paid two months before an expected birth (reported; the model reads its 12-month share). */
  primeNaissance: PrimeNaissanceResult;
  /** This month's amounts, in euros: family benefits gross of CRDS, housing aid net of it (as paid). */
  montants: Record<FamilyBenefit, Dec>;
  /** CRDS withheld on each of this month's payments (0.5 %, ordonnance 96-50 art. 14). */
  crds: Record<FamilyBenefit, Dec>;
  /** CRDS withheld on this month's family benefits (the housing aid's is already off its amount). */
  crdsPrestationsFamiliales: Dec;
  /** Sum of this month's payments net of CRDS. */
  totalNet: Dec;
  /** Parameters past their last known revaluation, used at their last value. */
  warnings: string[];
}

/** Why a month cannot be computed, or null. */
export function familyMonthError(month: string): string | null {
  if (!MONTH.test(month)) return `not a month (YYYY-MM): ${month}`;
  if (month < FAMILY_FIRST_MONTH) return `the family parameters start in ${FAMILY_FIRST_MONTH}; ${month} is earlier`;
  return null;
}

/** All five benefits for `input.month`. Throws a RangeError for a month the parameters do not cover. */
export function computeFamilyBenefits(input: Situation): FamilyBenefits {
  const error = familyMonthError(input.month);
  if (error) throw new RangeError(error);
  if (input.adults.length < 1 || input.adults.length > 2) throw new RangeError('one or two adults');
  const af = allocationsFamiliales(input);
  const cf = complementFamilial(input);
  const asf = allocationSoutienFamilial(input);
  const ars = allocationRentreeScolaire(input);
  const al = housingAid(input);
  const family = Dec.sum([af.montant, cf.montant, asf.montant, ars.montantDuMois]);
  // The CAF withholds the CRDS on each benefit; rounding each keeps the cents of what is actually paid.
  const rate = param('pf', 'taux_crds', input.month);
  const crdsOf = (m: Dec) => m.times(rate).cents();
  const crds = {
    af: crdsOf(af.montant),
    cf: crdsOf(cf.montant),
    asf: crdsOf(asf.montant),
    ars: crdsOf(ars.montantDuMois),
  };
  const crdsFamily = Dec.sum([crds.af, crds.cf, crds.asf, crds.ars]);
  return {
    month: input.month,
    af,
    cf,
    asf,
    ars,
    housingAid: al,
    paje: pajeAllocationDeBase(input),
    primeNaissance: primeNaissance(input),
    montants: { af: af.montant, cf: cf.montant, asf: asf.montant, ars: ars.montantDuMois, housingAid: al.montant },
    crds: { ...crds, housingAid: al.crds },
    crdsPrestationsFamiliales: crdsFamily,
    totalNet: family.minus(crdsFamily).plus(al.montant),
    warnings: FAMILY_KNOWN_UNTIL.filter((k) => input.month > k.until).map(
      (k) => `${k.what} : valeurs connues jusqu’à ${k.until}, les dernières sont appliquées`,
    ),
  };
}

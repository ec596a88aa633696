// Prime d'activité (CSS L842-1 ff., D843-1 ff., R843-1): the monthly "fictive" prime of each
// reference month, then the quarterly right (their average), the 15 € floor and the CRDS.

import { Dec } from './decimal.ts';
import { forfaitLogement, montantForfaitaire, type Composition } from './composition.ts';
import { amountIn, type DroitsInput } from './input.ts';
import { ppaAt, smicHoraireAt } from './params.ts';

export interface PpaMonth {
  month: string;
  montantForfaitaire: Dec;
  /** Professional income of each adult, AAH included when it counts as such (L842-8). */
  revenusActivite: Dec[];
  /** pente × total professional income. */
  partRevenus: Dec;
  bonifications: Dec[];
  /** Resources counted: professional income, other resources, family benefits, forfait logement. */
  ressources: Dec;
  forfaitLogement: Dec;
  /** False when a student or apprentice earns under the ceiling (L842-2 3°). */
  eligible: boolean;
  montant: Dec;
}

/**
 * The isolement majoration (L262-9 CASF, L842-7 CSS): a person alone who is pregnant or has a
 * dependent child, for 12 months after the separation or until the youngest child is 3.
 */
export function isolatedParent(facts: Pick<DroitsInput, 'adults' | 'children' | 'pregnant' | 'recentSeparation'>) {
  if (facts.adults.length !== 1) return false;
  const youngest = Math.min(...facts.children.map((c) => c.age));
  return facts.pregnant || (facts.children.length > 0 && (youngest < 3 || facts.recentSeparation === true));
}

/** Who counts in the household this month, and whether the isolement majoration applies. */
export function composition(input: DroitsInput): Composition {
  return {
    adults: input.adults.length,
    dependants: input.children.length,
    isolated: input.adults.length === 1 && (input.isolated ?? isolatedParent(input)),
  };
}

/** The prime computed for one reference month with the parameters in force that month. */
export function ppaMonth(input: DroitsInput, month: string): PpaMonth {
  const p = ppaAt(month);
  const smic = smicHoraireAt(month);
  const c = composition(input);
  const mf = montantForfaitaire(c, p);
  const aahThreshold = smic.times(p.seuil_aah_activite);
  let nonActivity = Dec.ZERO;
  const revenusActivite = input.adults.map((a) => {
    const earnings = amountIn(a.earnings, month);
    const aah = amountIn(a.aah, month);
    nonActivity = nonActivity.plus(amountIn(a.otherIncome, month));
    if (earnings.gte(aahThreshold)) return earnings.plus(aah);
    nonActivity = nonActivity.plus(aah);
    return earnings;
  });
  const totalActivite = Dec.sum(revenusActivite);
  const low = smic.times(p.bonification_seuil_bas);
  const high = smic.times(p.bonification_seuil_haut);
  // OpenFisca rounds the maximum bonus to the cent before use.
  const bmax = p.montant_de_base.times(p.bonification_taux_max).cents();
  const bonifications = revenusActivite.map((r) => bmax.times(r.minus(low).div(high.minus(low))).clamp(Dec.ZERO, bmax));
  const fl = forfaitLogement(c, p, {
    status: input.housing.status,
    housingAid: amountIn(input.housing.housingAid, month),
  });
  const ressources = Dec.sum([
    totalActivite,
    nonActivity,
    amountIn(input.otherResources, month),
    amountIn(input.familyBenefits, month),
    fl,
  ]);
  const partRevenus = p.pente.times(totalActivite);
  const ceiling = p.plafond_etudiant.times(smic).times(169);
  const studentsOk = c.isolated || input.adults.some((a, i) => !a.student || revenusActivite[i]!.gt(ceiling));
  const raw = mf.plus(partRevenus).plus(Dec.sum(bonifications)).minus(ressources.max(mf));
  return {
    month,
    montantForfaitaire: mf,
    revenusActivite,
    partRevenus,
    bonifications,
    ressources,
    forfaitLogement: fl,
    eligible: studentsOk,
    montant: studentsOk ? raw.max(Dec.ZERO) : Dec.ZERO,
  };
}

export interface PpaRight {
  /** Payable monthly amount, after the 15 € floor, before CRDS. */
  montant: Dec;
  crds: Dec;
  /** Month whose declaration set this amount (start of the quarter). */
  quarterStart: string;
  referenceMonths: string[];
  months: PpaMonth[];
  /** True when the average was positive but under the floor. */
  underFloor: boolean;
}

/** The quarterly right paid in `referenceMonths`'s quarter: average, floor, CRDS. */
export function ppaRight(input: DroitsInput, quarterStart: string, referenceMonths: string[]): PpaRight {
  const months = referenceMonths.map((m) => ppaMonth(input, m));
  const p = ppaAt(quarterStart);
  const average = Dec.sum(months.map((m) => m.montant))
    .div(months.length)
    .cents();
  const underFloor = average.gt(Dec.ZERO) && average.lt(p.montant_minimum_verse);
  const montant = underFloor ? Dec.ZERO : average;
  return { montant, crds: montant.times(p.taux_crds).cents(), quarterStart, referenceMonths, months, underFloor };
}

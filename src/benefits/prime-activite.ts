// Prime d'activité (CSS L842-1 ff., D843-1 ff., R843-1): the monthly "fictive" prime of each
// reference month, then the quarterly right (their average), the 15 € floor and the CRDS.

import { Dec } from './decimal.ts';
import { forfaitLogement, montantForfaitaire, type Composition } from './composition.ts';
import { ageIn, amountIn, childrenBorn, FIRST_MONTH, type Situation } from './situation.ts';
import { primeActiviteAt, smicHoraireAt } from './params.ts';

export interface PrimeActiviteMonth {
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
  /** The household's eligibility over the whole reference period (see `eligible`). */
  eligible: boolean;
  montant: Dec;
}

/**
 * The isolement majoration (L262-9 CASF, L842-7 CSS): a person alone who is pregnant or has a
 * dependent child, for 12 months after the separation or until the youngest child is 3 (the age
 * in `month`, from the birth date when known).
 */
export function isolatedParent(
  facts: Pick<Situation, 'adults' | 'children' | 'pregnant' | 'recentSeparation'> & { month?: string },
) {
  if (facts.adults.length !== 1) return false;
  const month = facts.month;
  const youngest = Math.min(...facts.children.map((c) => (month ? ageIn(c, month) : c.age)));
  return facts.pregnant || (facts.children.length > 0 && (youngest < 3 || facts.recentSeparation === true));
}

/** Who counts in the household this month, and whether the isolement majoration applies. */
export function composition(input: Situation): Composition {
  const children = childrenBorn(input);
  return {
    adults: input.adults.length,
    dependants: children.length,
    isolated: input.adults.length === 1 && (input.isolated ?? isolatedParent({ ...input, children })),
  };
}

/** The prime computed for one reference month with the parameters in force that month, before eligibility. */
export function primeActiviteMonth(input: Situation, month: string): PrimeActiviteMonth & { plafondEtudiant: Dec } {
  // Each reference month takes the amounts in force that month, as OpenFisca does (its 229 vectors
  // agree). Open question: the revaluation decrees say the new amount "est pris en compte pour
  // calculer le montant dû […] dans les conditions prévues par l'article R. 843-1" (Décret
  // 2024-403, art. 1), the wording that sets the RSA on the month due (rsa.ts, case R4); read the
  // same way here, 34 of the 229 OpenFisca vectors would differ. Not changed without a decision.
  // The first quarter of the prime (rights of January to March 2016) was computed on resources of
  // October to December 2015, before its amounts existed: they take the amounts it was created with
  // (Décret 2015-1710, in force 1 January 2016). The SMIC is the one in force in the month.
  const p = primeActiviteAt(month < FIRST_MONTH ? FIRST_MONTH : month);
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
  const raw = mf.plus(partRevenus).plus(Dec.sum(bonifications)).minus(ressources.max(mf));
  return {
    month,
    montantForfaitaire: mf,
    revenusActivite,
    partRevenus,
    bonifications,
    ressources,
    forfaitLogement: fl,
    eligible: true,
    montant: raw.max(Dec.ZERO),
    plafondEtudiant: p.plafond_etudiant.times(smic).times(169),
  };
}

/**
 * L842-1 and L842-2 CSS give the prime to a person "qui perçoit des revenus tirés d'une activité
 * professionnelle" and who is not a pupil, student, intern or apprentice (3°), unless "les revenus
 * professionnels excèdent mensuellement, pendant la période de référence […], le plafond de
 * rémunération mentionné au 2° de l'article L. 512-3", and never for a person entitled to the
 * isolement majoration. R842-2 checks the 3° condition in each reference month, so a student
 * qualifies only when every month is above the ceiling (case P1). The household is eligible when
 * one adult qualifies: a non-student with earnings in the period, or a student above the ceiling
 * every month. A partner with no earnings does not open the right (case P1b).
 */
function eligible(input: Situation, months: ReturnType<typeof primeActiviteMonth>[], isolated: boolean): boolean {
  return (
    isolated ||
    input.adults.some((a, i) =>
      a.student
        ? months.every((m) => m.revenusActivite[i]!.gt(m.plafondEtudiant))
        : months.some((m) => m.revenusActivite[i]!.gt(Dec.ZERO)),
    )
  );
}

export interface PrimeActiviteRight {
  /** Payable monthly amount, after the 15 € floor, before CRDS. */
  montant: Dec;
  crds: Dec;
  /** Month whose declaration set this amount (start of the quarter). */
  quarterStart: string;
  referenceMonths: string[];
  months: PrimeActiviteMonth[];
  /** True when the average was positive but under the floor. */
  underFloor: boolean;
}

/** The quarterly right paid in `referenceMonths`'s quarter: average, floor, CRDS. */
export function primeActiviteRight(
  input: Situation,
  quarterStart: string,
  referenceMonths: string[],
): PrimeActiviteRight {
  // Before January 2016 the prime did not exist (the engine's 12-month history may reach 2015).
  if (quarterStart < FIRST_MONTH)
    return { montant: Dec.ZERO, crds: Dec.ZERO, quarterStart, referenceMonths, months: [], underFloor: false };
  const computed = referenceMonths.map((m) => primeActiviteMonth(input, m));
  const ok = eligible(input, computed, composition(input).isolated);
  const months = computed.map(({ plafondEtudiant: _, ...m }) =>
    ok ? m : { ...m, eligible: false, montant: Dec.ZERO },
  );
  const p = primeActiviteAt(quarterStart);
  const average = Dec.sum(months.map((m) => m.montant))
    .div(months.length)
    .cents();
  const underFloor = average.gt(Dec.ZERO) && average.lt(p.montant_minimum_verse);
  const montant = underFloor ? Dec.ZERO : average;
  return { montant, crds: montant.times(p.taux_crds).cents(), quarterStart, referenceMonths, months, underFloor };
}

// Allocation aux adultes handicapés (CSS L821-1 to L821-3, R821-1, R821-4, D821-1, D821-2, D821-9), one adult at a
// time: since 1 October 2023 only the applicant's own resources count (L821-3 as changed by loi 2022-1158, art. 10:
// "déconjugalisation"), so a partner's pay never lowers it. The amount is the ceiling (12 × the AAH, + 50 % per
// dependent child) minus the year's resources, within the AAH, by month. Computed only for an adult whose
// incapacity rate the household gives: without it the AAH amount stands as typed.

import { Dec } from './decimal.ts';
import { param } from './family-params.ts';
import { netTaxablePay } from './family-resources.ts';
import { pfChildren } from './allocations-familiales.ts';
import { quarterStart } from './index.ts';
import { addMonths } from './months.ts';
import { smicHoraireAt } from './params.ts';
import { ageIn, amountIn, type Situation, type SituationAdult } from './situation.ts';

/** Why an adult with a rate has no AAH, or null when it opens. */
export type AahRefusal = 'taux' | 'rsdae' | 'age' | 'ageRsdae' | null;

export interface AahAdult {
  /** The incapacity rate given, %; null: not given, nothing computed. */
  taux: number | null;
  eligible: boolean;
  refus: AahRefusal;
  /**
   * `trimestrielle`: the adult works in the month, the resources are those of the quarter before, × 4 (R821-4-1);
   * `annuelle`: those of year N-2 (R821-4).
   */
  evaluation: 'trimestrielle' | 'annuelle' | null;
  /** The months whose resources count (the quarter before), or the calendar year N-2. */
  periodeReference: string[];
  /** Earnings of the reference period, a year's worth, before the D821-9 abatements. */
  revenusActivite: Dec;
  /** Of which not counted: a job started or resumed less than six months before (D821-9 1°). */
  revenusNeutralises: Dec;
  /** The earnings counted after the 80 % / 40 % abatements (D821-9 2°). */
  revenusActiviteRetenus: Dec;
  /** Other resources of the year (pensions, unemployment benefit), counted in full. */
  autresRessources: Dec;
  /** The year's resources: the adult's own only. */
  ressources: Dec;
  /** The year's ceiling: 12 × the AAH, + 50 % per dependent child (D821-2). */
  plafond: Dec;
  /** Monthly amount, to the cent: min(AAH, (ceiling − resources) / 12). */
  montant: Dec;
}

export interface AahResult {
  adults: AahAdult[];
  /** Children counted for the ceiling: those the family benefits count. */
  nbEnfants: number;
  /** The AAH in force in the month (the most an adult receives). */
  montantMaximal: Dec;
  /** The household's AAH of the month: the sum over its adults. */
  montant: Dec;
}

const NONE = (taux: number | null, refus: AahRefusal, plafond: Dec): AahAdult => ({
  taux,
  eligible: false,
  refus,
  evaluation: null,
  periodeReference: [],
  revenusActivite: Dec.ZERO,
  revenusNeutralises: Dec.ZERO,
  revenusActiviteRetenus: Dec.ZERO,
  autresRessources: Dec.ZERO,
  ressources: Dec.ZERO,
  plafond,
  montant: Dec.ZERO,
});

/** Whether the rate, the CDAPH's recognition and the age open the AAH (L821-1, L821-2, R821-1, D821-1). */
function refusal(a: SituationAdult, month: string): AahRefusal {
  const rate = a.incapacity!;
  const age = ageIn(a, month);
  // An adult of the household is nobody's dependent child: from 16 (R821-1), else from 20.
  if (age < param('aah', 'age_minimal_hors_charge', month).toNumber()) return 'age';
  if (rate >= param('aah', 'taux_incapacite', month).toNumber()) return null;
  if (rate < param('aah', 'taux_incapacite_rsdae', month).toNumber()) return 'taux';
  if (!a.rsdae) return 'rsdae';
  // L821-2: the AAH of a 50–79 % rate ends at the minimum retirement age.
  return age < param('aah', 'age_fin_rsdae', month).toNumber() ? null : 'ageRsdae';
}

/** The earnings of D821-9 2° after their abatements: 80 % up to 30 % of the monthly SMIC, 40 % above. */
export function abattementsD821_9(annual: Dec, smicMonth: string): Dec {
  const band = smicHoraireAt(smicMonth)
    .times(param('aah', 'heures_smic_mensuel', smicMonth))
    .times(param('aah', 'seuil_tranche_smic', smicMonth))
    .times(12);
  const low = annual.min(band);
  const high = annual.minus(low).max(Dec.ZERO);
  const keep = (k: string) => Dec.of(1).minus(param('aah', k, smicMonth));
  return low.times(keep('abattement_tranche_basse')).plus(high.times(keep('abattement_tranche_haute')));
}

/**
 * D821-9 1°: the earnings of the first six months of a job started or resumed (no earnings the month before) do not
 * count. Whether the AAH was already open then, and the cap of six months in twelve, are not known: it applies.
 */
function neutralised(a: SituationAdult, month: string): boolean {
  const n = param('aah', 'neutralisation_reprise_mois', month).toNumber();
  const paid = (m: string) => amountIn(a.earnings, m).gt(Dec.ZERO);
  for (let k = 0; k < n; k++) {
    const m = addMonths(month, -k);
    if (!paid(m)) return false;
    // A month before with no pay, known as such: a start. A month the history does not hold says nothing.
    const before = addMonths(m, -1);
    if (!paid(before)) return before in a.earnings;
  }
  return false;
}

function resources(a: SituationAdult, input: Situation) {
  const month = input.month;
  if (amountIn(a.earnings, month).gt(Dec.ZERO)) {
    // R821-4-1: working in the month, the quarter before the quarter's first month, as a year (× 4).
    const start = quarterStart(month, input.applicationMonth);
    const refs = [-3, -2, -1].map((n) => addMonths(start, n));
    const earned = refs.map((m) => amountIn(a.earnings, m));
    const counted = refs.map((m, i) => (neutralised(a, m) ? Dec.ZERO : earned[i]!));
    const revenusActivite = Dec.sum(earned).times(4);
    const kept = Dec.sum(counted).times(4);
    // D821-9: the SMIC "en vigueur le dernier jour de la période de référence".
    const retained = abattementsD821_9(kept, refs[2]!);
    const other = Dec.sum(refs.map((m) => amountIn(a.otherIncome, m))).times(4);
    return {
      evaluation: 'trimestrielle' as const,
      periodeReference: refs,
      revenusActivite,
      revenusNeutralises: revenusActivite.minus(kept),
      revenusActiviteRetenus: retained,
      autresRessources: other,
    };
  }
  // R821-4: not working in the month, year N-2's net taxable pay (R532-3). R821-4-4: an adult who stopped every
  // activity without a replacement income has it not counted; with one (otherIncome), R532-5's 30 % abatement.
  const year = Number(month.slice(0, 4)) - 2;
  const pay = netTaxablePay(Dec.of(a.taxablePayByYear[String(year)] ?? 0), year);
  const other = amountIn(a.otherIncome, month).times(12);
  const stopped = other.isZero() ? Dec.ZERO : abattementsD821_9(pay, `${year}-12`).times('0.7');
  return {
    evaluation: 'annuelle' as const,
    periodeReference: [String(year)],
    revenusActivite: pay,
    revenusNeutralises: other.isZero() ? pay : Dec.ZERO,
    revenusActiviteRetenus: stopped,
    autresRessources: other,
  };
}

/** The AAH of each adult of the situation in its month (deconjugalised resources: from October 2023). */
export function allocationAdultesHandicapes(input: Situation): AahResult {
  const month = input.month;
  const montantMaximal = param('aah', 'montant', month);
  const nbEnfants = pfChildren(input).length;
  const plafond = montantMaximal
    .times(12)
    .times(Dec.of(1).plus(param('aah', 'majoration_plafond_par_enfant', month).times(nbEnfants)));
  const adults = input.adults.map((a): AahAdult => {
    if (a.incapacity === undefined) return NONE(null, null, plafond);
    const refus = refusal(a, month);
    if (refus) return NONE(a.incapacity, refus, plafond);
    const r = resources(a, input);
    const ressources = r.revenusActiviteRetenus.plus(r.autresRessources);
    const montant = plafond.minus(ressources).div(12).max(Dec.ZERO).min(montantMaximal).cents();
    return { taux: a.incapacity, eligible: true, refus: null, ...r, ressources, plafond, montant };
  });
  return { adults, nbEnfants, montantMaximal, montant: Dec.sum(adults.map((a) => a.montant)) };
}

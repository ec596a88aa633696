// Candidate households for the synthetic population, drawn from plausible distributions. None of
// these probabilities is a published statistic: they only have to put enough households of every
// kind in the pool for the raking (rake.ts) to reach the published margins. Each is a modelling
// assumption, listed as such in the provenance card (public/population/provenance.json).

import type { Adult, AdultActivity, Child, ChildActivity, Household } from '../household/household.ts';
import { defaultHousehold } from '../household/household.ts';
import { FAMILY_TYPES } from '../engine/population/groups.ts';
import type { Random } from './random.ts';

/**
 * Draw shares near the published family-type margins, corrected for the candidates dropped for
 * receiving nothing (more singles and childless couples are), so that the raking moves weights little.
 */
const FAMILY_DRAW = [0.52, 0.06, 0.3, 0.12];
const CHILDREN_COUPLE = [0, 0.38, 0.38, 0.17, 0.05, 0.02];
const CHILDREN_SINGLE_PARENT = [0, 0.5, 0.32, 0.13, 0.04, 0.01];
/** Zones 1 (with 1bis), 2, 3: weighted towards 2 and 3, where most renters with housing aid live (assumption). */
const ZONES = [0.22, 0.43, 0.35];

/** AAH full rate after the revaluation of 1 April 2024 (service-public.fr, allocation aux adultes handicapés). */
export const AAH_FULL_RATE = 1016.05;

const round10 = (x: number) => Math.max(0, Math.round(x / 10) * 10);
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Net earnings of a worked month, as a multiple of the SMIC: log-normal around it, part-time included. */
function earningsFor(rng: Random, activity: AdultActivity, smic: number): number {
  switch (activity) {
    case 'salarie':
      return round10(clamp(smic * Math.exp(-0.05 + 0.45 * rng.normal()), 150, 6000));
    case 'independant':
      return round10(clamp(smic * Math.exp(-0.5 + 0.8 * rng.normal()), 0, 8000));
    case 'apprenti':
      return round10(smic * (0.45 + 0.35 * rng.next()));
    case 'etudiant':
      return rng.chance(0.35) ? round10(200 + 500 * rng.next()) : 0;
    case 'chomeur':
      return rng.chance(0.3) ? round10(200 + 600 * rng.next()) : 0;
    default:
      return 0;
  }
}

function workingActivity(rng: Random, age: number, couple: boolean): AdultActivity {
  if (age >= 63) return rng.chance(0.85) ? 'retraite' : 'salarie';
  const weights = couple ? [0.74, 0.07, 0.09, 0.02, 0.02, 0, 0.06] : [0.5, 0.07, 0.2, 0.03, 0.03, 0, 0.17];
  // Apprentices are young; students are drawn separately.
  if (age > 29) weights[4] = 0;
  if (age > 30) weights[3] = 0;
  const order: AdultActivity[] = ['salarie', 'independant', 'chomeur', 'etudiant', 'apprenti', 'retraite', 'inactif'];
  return order[rng.pick(weights)]!;
}

/** One adult: activity, earnings, other income (unemployment benefit, pension) and AAH. */
function drawAdult(rng: Random, age: number, couple: boolean, smic: number, aahChance: number): Adult {
  let activity = workingActivity(rng, age, couple);
  let aah = 0;
  if (age >= 20 && age < 64 && rng.chance(aahChance)) {
    // AAH holders mostly do not work; some work part-time or in an ESAT (assumption).
    activity = rng.chance(0.8) ? 'inactif' : 'salarie';
    aah = 1;
  }
  let earnings = earningsFor(rng, activity, smic);
  if (aah && activity === 'salarie') earnings = round10(200 + 500 * rng.next());
  let otherIncome = 0;
  if (activity === 'chomeur' && rng.chance(0.55)) otherIncome = round10(900 * Math.exp(0.3 * rng.normal()));
  if (activity === 'retraite') otherIncome = round10(clamp(1300 * Math.exp(0.35 * rng.normal()), 300, 5000));
  // AAH full rate 1 016,05 € (1 April 2024, in force in December 2024), reduced for earnings: a
  // simplification of the AAH's own income test, which the app does not compute (assumption).
  if (aah) aah = Math.max(0, Math.round((AAH_FULL_RATE - 0.3 * earnings - otherIncome) * 100) / 100);
  return { age, activity, earnings, otherIncome, aah };
}

function childActivity(rng: Random, age: number): ChildActivity {
  const order: ChildActivity[] = ['scolaire', 'etudiant', 'apprenti', 'emploi', 'sans_activite'];
  if (age < 16) return 'scolaire';
  if (age < 20) return order[rng.pick([0.7, 0.1, 0.1, 0.05, 0.05])]!;
  return order[rng.pick([0, 0.5, 0.1, 0.25, 0.15])]!;
}

function drawChildren(rng: Random, count: number, parentAge: number): Child[] {
  const oldest = clamp(parentAge - 18, 0, 22);
  const ages = Array.from({ length: count }, () => rng.int(0, oldest)).sort((a, b) => b - a);
  return ages.map((age) => ({ age, activity: childActivity(rng, age) }));
}

/** Age of a single adult without child: students, young workers, working age, retirees. */
function singleAge(rng: Random): number {
  const band = rng.pick([0.22, 0.25, 0.38, 0.15]);
  return [rng.int(18, 25), rng.int(20, 34), rng.int(35, 62), rng.int(63, 85)][band]!;
}

/** A candidate household for `month` (YYYY-MM), with `smic` the net monthly SMIC of the month; benefits not yet computed. */
export function drawCandidate(rng: Random, month: string, smic: number): Household {
  const type = FAMILY_TYPES[rng.pick(FAMILY_DRAW)]!;
  const h = defaultHousehold(month);
  const couple = type === 'coupleNoChildren' || type === 'coupleWithChildren';
  const withChildren = type === 'coupleWithChildren' || type === 'singleParent';
  const age = type === 'single' ? singleAge(rng) : withChildren ? rng.int(21, 58) : rng.int(19, 80);
  const student = type === 'single' && age <= 25 && rng.chance(0.6);
  const first = drawAdult(rng, age, couple, smic, type === 'single' ? 0.14 : 0.05);
  if (student) Object.assign(first, { activity: 'etudiant', earnings: earningsFor(rng, 'etudiant', smic), aah: 0 });
  h.adults = [first];
  if (couple) h.adults.push(drawAdult(rng, clamp(age + rng.int(-5, 5), 18, 90), true, smic, 0.04));
  if (withChildren) {
    const count = rng.pick(type === 'singleParent' ? CHILDREN_SINGLE_PARENT : CHILDREN_COUPLE);
    h.children = drawChildren(rng, count, age);
  }
  const worked = h.adults.some((a) => a.earnings > 0);
  h.history = {
    monthsWorked12: !worked ? 0 : rng.chance(0.78) ? 12 : rng.int(1, 11),
    separation12m: rng.chance(type === 'singleParent' ? 0.1 : type === 'single' ? 0.04 : 0.01),
    rentChanges18m: 0,
    adjustments24m: rng.chance(0.15),
  };
  const zone = (1 + rng.pick(ZONES)) as 1 | 2 | 3;
  const status = rng.pick(student ? [0.92, 0, 0.08] : age >= 63 ? [0.45, 0.5, 0.05] : [0.58, 0.28, 0.14]);
  const persons = h.adults.length + h.children.length;
  const base = [700, 560, 460][zone - 1]! * (student ? 0.7 : 1) * (1 + 0.15 * (persons - 1));
  h.housing =
    status === 0
      ? { status: 'locataire', rent: round10(base * Math.exp(0.25 * rng.normal())), zone }
      : { status: status === 1 ? 'proprietaire' : 'heberge', rent: 0, zone };
  if (h.housing.status === 'locataire') h.history.rentChanges18m = rng.pick([0.85, 0.09, 0.03, 0.01, 0.015, 0.005]);
  if (type === 'singleParent' && rng.chance(0.35)) h.alimony = round10(h.children.length * (100 + 150 * rng.next()));
  // The other parent who pays alimony is taken to support the children (no ASF); one who pays nothing, not.
  h.otherParentMissing = h.alimony === 0;
  const lowIncome = h.adults.every((a) => a.earnings < smic);
  h.priorityNeighbourhood = rng.chance(lowIncome && h.housing.status === 'locataire' ? 0.2 : 0.06);
  h.guardianship = rng.chance(h.adults.some((a) => a.aah > 0) ? 0.12 : 0.005);
  h.pregnant = age < 40 && rng.chance(0.015);
  return h;
}

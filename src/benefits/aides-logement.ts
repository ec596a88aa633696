// Aides personnelles au logement for an unfurnished private rental (ALF/ALS; CCH L821-1 ff., R822-1 ff.,
// D823-16, D823-17; arrêté du 27/09/2019): rent capped by zone + flat charges − personal participation.

import { Dec } from './decimal.ts';
import { bmafAt, param } from './family-params.ts';
import {
  childrenUnder,
  housingPayByAdult,
  housingResourcesByAdult,
  housingReviewMonth,
  isCouple,
} from './family-resources.ts';
import { amountIn, type HousingZone, type Situation } from './situation.ts';

export interface HousingAidResult {
  /**
   * ALF when someone is in care, else ALS (CCH L841-1; a young married couple without children, also ALF, is
   * labelled ALS here: the amount is the same). APL (conventioned housing) is not modelled.
   */
  prestation: 'alf' | 'als' | null;
  personnesACharge: number;
  couple: boolean;
  /** Two-earner allowance taken off the resources (R822-7), or 0. */
  abattementDoubleActivite: Dec;
  /** Annual resources M-13 … M-2, less that allowance, rounded up to the next 100 €. */
  ressources: Dec;
  r0: Dec;
  loyerPlafond: Dec;
  loyerReel: Dec;
  loyerRetenu: Dec;
  charges: Dec;
  tauxFamille: Dec;
  loyerReference: Dec;
  tauxLoyer: Dec;
  participationMinimale: Dec;
  participationPersonnelle: Dec;
  /** L + C − Pp, then the rent degressivity and the 5 € minoration. */
  montantBrut: Dec;
  /** The aid whose net of CRDS is a whole number of euros (D823-16); 0 under the payment threshold. */
  montantAvantCrds: Dec;
  crds: Dec;
  /** Monthly amount paid, net of CRDS: whole euros. */
  montant: Dec;
}

/** Dependants for the housing aid: children in care under 21 (CSS R512-2 al. 2: 21 for the housing aid). */
export function personnesACharge(input: Situation): number {
  return childrenUnder(input, 21).length;
}

/**
 * R822-7: when both partners had professional income over the reference period, each at least 12 BMAF of the
 * review month once counted in the resources (net of the 10 % deduction), a flat allowance comes off them.
 */
export function abattementDoubleActivite(input: Situation): Dec {
  if (!isCouple(input)) return Dec.ZERO;
  const review = housingReviewMonth(input);
  const floor = bmafAt(review).times(param('housingAid', 'double_activite_bmaf', review));
  const both = housingPayByAdult(input).every((pay) => pay.gte(floor));
  return both ? param('housingAid', 'abattement_double_activite', review) : Dec.ZERO;
}

/** The rent ceiling of a zone (arrêté du 27/09/2019, art. 7): single, couple, or one dependant plus each further. */
export function loyerPlafond(zone: HousingZone, couple: boolean, pac: number, month: string): Dec {
  const key = (k: string) => param('housingAid', `loyer_plafond_z${zone}_${k}`, month);
  if (pac === 0) return key(couple ? 'couple' : 'seul');
  return key('un').plus(key('supp').times(pac - 1));
}

/** The flat allowance for charges (art. 9): a base and an amount for each dependant. */
export function forfaitCharges(pac: number, month: string): Dec {
  return param('housingAid', 'charges_sans_pac', month).plus(param('housingAid', 'charges_par_pac', month).times(pac));
}

/** R0 (CCH D823-17; arrêté du 27/09/2019, art. 15): an amount by household composition, per year. */
export function r0(couple: boolean, pac: number, month: string): Dec {
  if (pac === 0) return param('housingAid', couple ? 'r0_couple' : 'r0_seul', month);
  if (pac <= 6) return param('housingAid', `r0_${pac}`, month);
  return param('housingAid', 'r0_6', month).plus(param('housingAid', 'r0_supp', month).times(pac - 6));
}

/** TF, the family rate (art. 14): by composition, lowered for each dependant beyond six. */
export function tauxFamille(couple: boolean, pac: number, month: string): Dec {
  if (pac === 0) return param('housingAid', couple ? 'tf_couple' : 'tf_seul', month);
  if (pac <= 6) return param('housingAid', `tf_${pac}`, month);
  return param('housingAid', 'tf_6', month).plus(param('housingAid', 'tf_supp', month).times(pac - 6));
}

/**
 * TL, the rent rate (arrêté du 27/09/2019, art. 14): from RL = L / LR, the rent retained over the zone-2 ceiling
 * of the household (the "loyer de référence"). "RL est exprimé en pourcentage et arrondi à la deuxième décimale"
 * and "TL est exprimé en pourcentage et arrondi à la troisième décimale": 0 up to 45 %, then 0.45 % and 0.68 %.
 */
export function tauxLoyer(loyerRetenu: Dec, loyerReference: Dec, month: string): Dec {
  const rlPercent = loyerRetenu.div(loyerReference).times(100).cents();
  const rl = rlPercent.div(100);
  const s1 = param('housingAid', 'tl_seuil_1', month);
  const s2 = param('housingAid', 'tl_seuil_2', month);
  const t1 = param('housingAid', 'tl_taux_1', month).times(rl.min(s2).minus(s1).max(Dec.ZERO));
  const t2 = param('housingAid', 'tl_taux_2', month).times(rl.minus(s2).max(Dec.ZERO));
  // In percent to three decimals, i.e. the rate to five.
  return t1.plus(t2).times(1000).cents().div(1000);
}

/** Rent degressivity (D823-16; art. 10): the aid falls linearly between two multiples of the ceiling. */
export function degressivite(aid: Dec, loyer: Dec, plafond: Dec, zone: HousingZone, month: string): Dec {
  const start = plafond.times(param('housingAid', `degressivite_z${zone}`, month));
  const end = plafond.times(param('housingAid', `suppression_z${zone}`, month));
  if (!loyer.gt(start)) return aid;
  if (!loyer.lt(end)) return Dec.ZERO;
  return aid.times(Dec.of(1).minus(loyer.minus(start).div(end.minus(start))));
}

/** The largest whole number of euros not above `x` (x ≥ 0). */
const floorEuro = (x: Dec): Dec => Dec.of(x.toString().split('.')[0]!);

/**
 * The payment (D823-16, last paragraphs): the aid "est diminué d'un montant représentatif des contributions
 * sociales qui s'y appliquent, arrondi à l'euro inférieur, puis majoré de ce montant représentatif", so that what is
 * paid net of the CRDS is whole euros; a result under the minimum (L823-7) is not paid.
 */
export function versement(montantBrut: Dec, month: string): { montantAvantCrds: Dec; crds: Dec; montant: Dec } {
  const crds = montantBrut.times(param('pf', 'taux_crds', month)).cents();
  const net = floorEuro(montantBrut.minus(crds).max(Dec.ZERO));
  const gross = net.plus(crds);
  if (gross.lt(param('housingAid', 'seuil_versement', month)))
    return { montantAvantCrds: Dec.ZERO, crds: Dec.ZERO, montant: Dec.ZERO };
  return { montantAvantCrds: gross, crds, montant: net };
}

const ceil100 = (x: Dec): Dec => {
  const q = x.div(100);
  const whole = Dec.of(q.toString().split('.')[0]!);
  return (q.gt(whole) ? whole.plus(Dec.of(1)) : whole).times(100);
};

export function housingAid(input: Situation): HousingAidResult {
  const month = input.month;
  const couple = isCouple(input);
  const pac = personnesACharge(input);
  const zone = input.housing.zone;
  const abattement = abattementDoubleActivite(input);
  const ressources = ceil100(Dec.sum(housingResourcesByAdult(input)).minus(abattement).max(Dec.ZERO));
  const plafond = loyerPlafond(zone, couple, pac, month);
  // The rent is taken in whole euros, as it is declared to the CAF (and as OpenFisca rounds it).
  const loyerReel = Dec.of(input.housing.status === 'locataire' ? input.housing.rent : 0)
    .div(100)
    .cents()
    .times(100);
  const loyerRetenu = loyerReel.min(plafond);
  const charges = forfaitCharges(pac, month);
  const loyerReference = loyerPlafond(2, couple, pac, month);
  const tf = tauxFamille(couple, pac, month);
  const tl = tauxLoyer(loyerRetenu, loyerReference, month);
  const rZero = r0(couple, pac, month);
  const p0 = loyerRetenu
    .plus(charges)
    .times(param('housingAid', 'p0_taux', month))
    .max(param('housingAid', 'p0_forfait', month));
  const pp = p0.plus(tf.plus(tl).times(ressources.minus(rZero).max(Dec.ZERO)));
  const tenant = input.housing.status === 'locataire' && loyerReel.gt(Dec.ZERO);
  const avantDegressivite = tenant ? loyerRetenu.plus(charges).minus(pp).max(Dec.ZERO) : Dec.ZERO;
  // D823-16: "cette diminution ne s'applique pas" when the applicant or the partner receives the AAH or the AEEH.
  const aahOrAeeh = input.aeeh === true || input.adults.some((a) => amountIn(a.aah, month).gt(Dec.ZERO));
  const degressive = aahOrAeeh ? avantDegressivite : degressivite(avantDegressivite, loyerReel, plafond, zone, month);
  const montantBrut = degressive
    .minus(param('housingAid', 'minoration', month))
    .max(Dec.ZERO)
    .cents();
  const { montantAvantCrds, crds, montant } = versement(montantBrut, month);
  return {
    prestation: montant.gt(Dec.ZERO) ? (pac > 0 ? 'alf' : 'als') : null,
    personnesACharge: pac,
    couple,
    abattementDoubleActivite: abattement,
    ressources,
    r0: rZero,
    loyerPlafond: plafond,
    loyerReel,
    loyerRetenu,
    charges,
    tauxFamille: tf,
    loyerReference,
    tauxLoyer: tl,
    participationMinimale: p0,
    participationPersonnelle: pp,
    montantBrut,
    montantAvantCrds,
    crds,
    montant,
  };
}

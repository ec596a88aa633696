// The one situation every benefit rule reads: a household's facts as the law counts them, amounts by
// month (YYYY-MM), euros. It is built once from the household (engine/situation.ts) or decoded from the
// `droits` command line's file (formats/droits-file.ts); no rule reads any other shape.

import { LIMITS } from '../problems/index.ts';
import { Dec } from './decimal.ts';
import { addMonths } from './months.ts';

/** Net amounts in euros by month (`YYYY-MM`); a missing month is 0. */
export type MonthMap = Record<string, number>;
/** A month map, or the same amount every month. */
export type Amounts = MonthMap | number;

/** Where the household lives: tenant, owner, or housed by others (free of charge). */
export const HOUSING_STATUSES = ['locataire', 'proprietaire', 'heberge'] as const;
export type HousingStatus = (typeof HOUSING_STATUSES)[number];

/** Housing-aid zones (arrêté du 17 mars 1978): 1 Paris area and 1bis, 2 large cities, 3 elsewhere. */
export const HOUSING_ZONES = [1, 2, 3] as const;
export type HousingZone = (typeof HOUSING_ZONES)[number];

/**
 * Why an income stopped. The reason decides the rule of R262-13 CASF: earnings and unemployment
 * benefit whose rights ran out are not counted at all (1st paragraph); another income that
 * stopped is not counted up to the single person's montant forfaitaire (2nd paragraph); after a
 * resignation the président du conseil départemental may refuse the neutralisation (4th paragraph).
 */
export const STOP_REASONS = [
  'endOfContract',
  'dismissal',
  'resignation',
  'endOfBusiness',
  'endOfUnemploymentRights',
  'other',
] as const;
export type StopReason = (typeof STOP_REASONS)[number];

export interface StoppedIncome {
  /** Which of the adult's month maps stopped. */
  income: 'earnings' | 'otherIncome';
  /** First month without it (`YYYY-MM`). */
  since: string;
  reason: StopReason;
}

export interface SituationAdult {
  /** Age in the situation's month. */
  age: number;
  /** Birth date (YYYY-MM-DD) where known: then the age in any month follows from it (see ageIn). */
  birthDate?: string;
  /** Pupil, student, intern or apprentice: the prime needs earnings above a ceiling each month (L842-2 3°). */
  student: boolean;
  /** Net earnings from work by month. */
  earnings: MonthMap;
  /** Taxable pay ("salaire imposable", before the 10 % deduction) by month: the housing aid reads M-13 … M-2. */
  taxablePay: MonthMap;
  /** Taxable pay by calendar year: the family benefits read year N-2 (CSS R532-1). */
  taxablePayByYear: Record<string, number>;
  /** AAH received, by month: the amounts given, or the law's (aah.ts) when the incapacity rate is given. */
  aah: MonthMap;
  /**
   * Permanent incapacity rate recognised by the CDAPH, in % (CSS L821-1, L821-2); absent: not known, and the AAH
   * is not computed (the `aah` amounts stand as given).
   */
  incapacity?: number;
  /** With a rate of 50 to 79 %: the CDAPH recognised a restriction substantielle et durable d'accès à l'emploi. */
  rsdae?: boolean;
  /** Personal non-professional resources: unemployment benefit, pensions… */
  otherIncome: MonthMap;
  /** Incomes that stopped for good: the RSA does not count them (R262-13 CASF). */
  stopped?: StoppedIncome[];
}

export interface SituationChild {
  /** Age in the situation's month, as the prime d'activité and the RSA read it. */
  age: number;
  /** Birth date (YYYY-MM-DD) where known; else the middle of the year `age` allows (see birthDateOf). */
  birthDate?: string;
  /** Enrolled in a school or an apprenticeship (L543-1 CSS); default true. Not so: no ARS. */
  inSchool?: boolean;
}

export interface Situation {
  /** The month computed (M). */
  month: string;
  /** Month the prime d'activité or RSA was first claimed: quarters start there. Default: `month`. */
  applicationMonth?: string;
  /** Département of the 2024 experiment: reference months M-4..M-2 from October 2024. */
  experimentation: boolean;
  /** One or two adults; two adults are a couple (one household for the CAF). */
  adults: SituationAdult[];
  /** Children in the household's care, whatever their age (each rule applies its own age limits). */
  children: SituationChild[];
  /** Entitled to the isolement majoration; when absent it follows from the facts (see `isolatedParent`). */
  isolated?: boolean;
  pregnant: boolean;
  /** The month the expected child is due (`YYYY-MM`), when pregnant: the prime à la naissance is paid two months before. */
  expectedBirthMonth?: string;
  /** Separation, divorce or widowhood in the last 12 months (opens the isolement majoration, L262-9 CASF). */
  recentSeparation?: boolean;
  housing: {
    status: HousingStatus;
    zone: HousingZone;
    /** Rent without charges, € a month, for an unfurnished private rental (tenants only). */
    rent: number;
    /**
     * The month the housing aid was opened or last re-examined: resources are assessed every three months
     * (CCH R822-3), from the months before that date. Default: the month computed, as OpenFisca does.
     */
    reviewMonth?: string;
    /** Housing aid received, counted by the prime and the RSA through the forfait logement. */
    housingAid: Amounts;
  };
  /** Household resources other than earnings (alimony, pensions…) counted by the prime and the RSA. */
  otherResources: MonthMap;
  /** Family benefits received (AF, CF, ASF…), counted by the prime and the RSA. */
  familyBenefits: MonthMap;
  /** Alimony that a single parent receives each month for the children (family benefits, ASF). */
  alimony: number;
  /** For a single parent: the other parent is absent or pays less than the ASF (L523-1 CSS). Default true. */
  otherParentMissing?: boolean;
  /** The household receives the AEEH (with the AAH: no rent degressivity of the housing aid, D823-16). */
  aeeh?: boolean;
}

export const amountIn = (map: Amounts, month: string): Dec => Dec.of(typeof map === 'number' ? map : (map[month] ?? 0));

/**
 * The first month the rules model: the prime d'activité replaced the RSA "activité" on 1 January
 * 2016 (Loi 2015-994 du 17 août 2015, art. 57; Décrets 2015-1709 and 2015-1710). Every parameter
 * series starts there or earlier; an earlier month is refused rather than priced by later rules.
 */
export const FIRST_MONTH = LIMITS.firstMonth;

/**
 * A child's birth date from the age in `month`: the middle of the year of ages it allows (age A on
 * the 1st of M means born between M − A − 1 years and M − A years).
 */
export function birthDateFor(month: string, age: number): string {
  return `${addMonths(month, -(12 * age + 6))}-15`;
}

/**
 * A person's completed years on the 1st of `month`: from the birth date when known, else the age given (the age
 * in the situation's month, which the prime d'activité and RSA quarters before it read unchanged).
 */
export function ageIn(person: { age: number; birthDate?: string }, month: string): number {
  if (!person.birthDate) return person.age;
  const [by, bm, bd] = person.birthDate.split('-').map(Number) as [number, number, number];
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y - by - (m < bm || (m === bm && bd > 1) ? 1 : 0);
}

/** The children already born in the situation's month (a quarter before a birth does not count the baby). */
export const childrenBorn = (input: Pick<Situation, 'children' | 'month'>): SituationChild[] =>
  input.children.filter((c) => !c.birthDate || c.birthDate.slice(0, 7) <= input.month);

/** The child's birth date, or the one its age in the situation's month allows. */
export const birthDateOf = (c: SituationChild, month: string): string => c.birthDate ?? birthDateFor(month, c.age);

/** An adult with nothing but what is given: no income, not a student, 40 years old. */
export const situationAdult = (over: Partial<SituationAdult> = {}): SituationAdult => ({
  age: 40,
  student: false,
  earnings: {},
  taxablePay: {},
  taxablePayByYear: {},
  aah: {},
  otherIncome: {},
  ...over,
});

/** A situation with nothing but what is given: tenant in zone 2 paying no rent, no resources. */
export const situation = (month: string, over: Partial<Situation> = {}): Situation => ({
  month,
  experimentation: false,
  adults: [situationAdult()],
  children: [],
  pregnant: false,
  housing: { status: 'locataire', zone: 2, rent: 0, housingAid: {} },
  otherResources: {},
  familyBenefits: {},
  alimony: 0,
  ...over,
});

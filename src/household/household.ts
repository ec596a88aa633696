// The household as a person describes it: human-level facts, never model columns. The benefit
// rules and the model encoders (engine/) read it; the page edits it. Vocabulary: French values
// for what a person chooses (`locataire`, `salarie`), camelCase English for field names.

export const ADULT_ACTIVITIES = [
  'salarie',
  'independant',
  'chomeur',
  'etudiant',
  'apprenti',
  'retraite',
  'inactif',
] as const;
export type AdultActivity = (typeof ADULT_ACTIVITIES)[number];
export const CHILD_ACTIVITIES = ['scolaire', 'etudiant', 'apprenti', 'emploi', 'sans_activite'] as const;
export type ChildActivity = (typeof CHILD_ACTIVITIES)[number];
export const BENEFITS_SOURCES = ['computed', 'declared'] as const;
export type BenefitsSource = (typeof BENEFITS_SOURCES)[number];

export interface Adult {
  /** Completed years in the household's month; follows `birthMonth` when it is given. */
  age: number;
  /** Month and year of birth, `YYYY-MM`: the rules that change on a birthday read it (the RSA's 25). */
  birthMonth?: string;
  activity: AdultActivity;
  /** Net monthly earnings from work, €. */
  earnings: number;
  /** Other personal resources (unemployment benefit, pension), € a month. */
  otherIncome: number;
  /** AAH received, € a month: as typed, unless `incapacity` is given (then the law's, in computed mode). */
  aah: number;
  /** Permanent incapacity rate recognised by the CDAPH, % (CSS L821-1): given, the AAH is computed. */
  incapacity?: number;
  /** With a rate of 50–79 %: restriction substantielle et durable d'accès à l'emploi recognised (L821-2). */
  rsdae?: boolean;
  /**
   * Net earnings month by month, oldest first, ending with the household's month
   * (HISTORY_MONTHS values). Absent: `earnings` in each of the last `monthsWorked12` months.
   */
  earningsHistory?: number[];
  /**
   * Taxable income of calendar year N-2 (the tax notice's "revenu imposable"), €: the family
   * benefits read it (CSS R532-1). Absent: 12 months of the earnings shown, as taxable pay.
   */
  taxableIncomeN2?: number;
  /** Earnings that stopped for good (end of contract, dismissal…): the RSA no longer counts them (R262-13 CASF). */
  earningsStopped?: { since: string; reason: StopReason };
}

// Why earnings stopped (R262-13 CASF) and where the household lives: the law's lists, one for both.
export {
  HOUSING_STATUSES,
  HOUSING_ZONES,
  STOP_REASONS,
  type HousingStatus,
  type HousingZone,
  type StopReason,
} from '../benefits/situation.ts';
import type { HousingStatus, HousingZone, StopReason } from '../benefits/situation.ts';

// Birth months: a person's age in a month from the month and year of birth (the form shows the age it implies).
/** `YYYY-MM`, a plausible birth year. */
export const BIRTH_MONTH = /^(19|20)\d\d-(0[1-9]|1[0-2])$/;

/**
 * The date a birth month stands for: its first day. Every family rule reads an age at the end of a month
 * (ageOpening, ageClosing, the ARS's 31 January and 31 December), which the month alone decides; the only day
 * the law names inside a month is the ARS's 15 September (not yet 18): a child born in September is taken as 18
 * on it, and the form says that the month alone cannot decide it.
 */
export const birthDateOfMonth = (birthMonth: string): string => `${birthMonth}-01`;

/** Completed years on the first day of `month` of someone born in `birthMonth` (taken as born on its 1st). */
export function ageInMonth(birthMonth: string, month: string): number {
  const [by, bm] = birthMonth.split('-').map(Number) as [number, number];
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y - by - (m < bm ? 1 : 0);
}

/** Months of earnings the entitlement rules need: 12 months of rights, each on months M-4..M-2 of its quarter. */
export const HISTORY_MONTHS = 18;

export interface Child {
  /** Completed years in the household's month; follows `birthMonth` when it is given (old files give only this). */
  age: number;
  /**
   * Month and year of birth, `YYYY-MM`. An age alone leaves the birthday somewhere in a year: the ARS (6 before
   * 1 February), the AF age supplement and its 2026 reform (born from March 2012), the CF at 3 need the month.
   */
  birthMonth?: string;
  activity: ChildActivity;
}

/** Monthly means over the last 12 months, € a month. */
export interface Benefits {
  rsa: number;
  primeActivite: number;
  af: number;
  cf: number;
  housingAid: number;
  other: number;
}

export interface Household {
  /** Month of the situation, `YYYY-MM`: picks the SMIC and benefit parameters in force. */
  month: string;
  adults: Adult[];
  children: Child[];
  benefits: Benefits;
  /** Rent without charges, € a month (tenants), and the housing-aid zone of the commune. */
  housing: { status: HousingStatus; rent: number; zone: HousingZone };
  /** File managed by a guardian (tutelle, curatelle): a legal person on the file. */
  guardianship: boolean;
  /** Alimony received, € a month (declared in the quarterly declarations). */
  alimony: number;
  /** Lives in a priority neighbourhood (QPV); used only by the 2014 reconstruction. */
  priorityNeighbourhood: boolean;
  /** Pregnancy declared: counts for the isolement majoration and the RSA age condition. */
  pregnant: boolean;
  /** The month the expected child is due (`YYYY-MM`): the prime à la naissance is paid two months before. */
  expectedBirthMonth?: string;
  /**
   * `computed`: the RSA and prime d'activité are derived from the household by the law;
   * `declared`: the amounts typed in `benefits` are used.
   */
  benefitsSource: BenefitsSource;
  /** Benefits the household does not claim (non-recours), in `computed` mode. */
  notClaimed: NotClaimed;
  /**
   * For a single parent: the other parent does not support the children, or pays less than the
   * allocation de soutien familial (L523-1 CSS). Asked in the editor; default no: nothing that grants a right
   * is taken for granted without the household saying so (a file without it gets no ASF).
   */
  otherParentMissing: boolean;
  history: {
    /** Separation, divorce or widowhood declared in the last 12 months. */
    separation12m: boolean;
    /** Number of rent changes declared in the last 18 months. */
    rentChanges18m: number;
    /** Months with earnings among the last 12, for the adult(s) of the file. */
    monthsWorked12: number;
    /** A reminder or overpayment (rappel, indu) was applied to the file in the last 24 months. */
    adjustments24m: boolean;
  };
}

export interface NotClaimed {
  rsa: boolean;
  primeActivite: boolean;
  af: boolean;
  cf: boolean;
  asf: boolean;
  ars: boolean;
  housingAid: boolean;
  /**
   * The AAH the law gives (an incapacity rate given) and the prime à la naissance (a birth expected),
   * not claimed: present only when true, so that a household without them reads as before (the
   * population file's flags are NOT_CLAIMED_KEYS, these are not among them).
   */
  aah?: boolean;
  primeNaissance?: boolean;
}
/** The optional not-claimed flags (NotClaimed.aah, .primeNaissance). */
export const NOT_CLAIMED_OPTIONAL = ['aah', 'primeNaissance'] as const;
export const NOT_CLAIMED_KEYS = ['rsa', 'primeActivite', 'af', 'cf', 'asf', 'ars', 'housingAid'] as const;

export const emptyAdult = (): Adult => ({ age: 35, activity: 'salarie', earnings: 1200, otherIncome: 0, aah: 0 });

/** A neutral starting household: one salaried adult, no benefit. */
export function defaultHousehold(month: string): Household {
  return {
    month,
    adults: [emptyAdult()],
    children: [],
    benefits: { rsa: 0, primeActivite: 0, af: 0, cf: 0, housingAid: 0, other: 0 },
    housing: { status: 'locataire', rent: 550, zone: 2 },
    guardianship: false,
    alimony: 0,
    priorityNeighbourhood: false,
    pregnant: false,
    benefitsSource: 'computed',
    notClaimed: { rsa: false, primeActivite: false, af: false, cf: false, asf: false, ars: false, housingAid: false },
    otherParentMissing: false,
    history: { separation12m: false, rentChanges18m: 0, monthsWorked12: 12, adjustments24m: false },
  };
}

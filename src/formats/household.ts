// Decodes anything (a form, a share link, a saved household, a JSON file) into a Household,
// reporting every impossible or doubtful combination with its place. Never throws, never calls a
// method of a decoded value, never drops a whole input: a broken field falls back to its default.

import { LIMITS, Problems, isRecord, rawText, type Problem } from '../problems/index.ts';
import { readAmount, readChoice, readFlag, readInteger } from '../problems/read.ts';
import {
  ADULT_ACTIVITIES,
  BIRTH_MONTH,
  ageInMonth,
  BENEFITS_SOURCES,
  CHILD_ACTIVITIES,
  HISTORY_MONTHS,
  HOUSING_STATUSES,
  HOUSING_ZONES,
  NOT_CLAIMED_KEYS,
  NOT_CLAIMED_OPTIONAL,
  STOP_REASONS,
  defaultHousehold,
  emptyAdult,
} from '../household/household.ts';
import type { Adult, Child, Household, NotClaimed } from '../household/household.ts';
import { addMonths } from '../benefits/months.ts';

/** Months the app accepts: the benefit parameters cover them (see benefits/parameters/). */
export const MONTH_RANGE = { first: LIMITS.firstMonth, last: LIMITS.lastMonth } as const;
const MONTH = /^20\d\d-(0[1-9]|1[0-2])$/;

export interface DecodedHousehold {
  household: Household;
  errors: Problem[];
  warnings: Problem[];
}

const rec = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

/** Decodes `raw` into a household; fields that are broken fall back to defaults and are reported. */
export function decodeHousehold(raw: unknown, fallbackMonth = '2026-01'): DecodedHousehold {
  const p = new Problems();
  const d = defaultHousehold(fallbackMonth);
  if (!isRecord(raw)) p.error('', 'household.notObject');
  const r = rec(raw);

  let month = d.month;
  if (typeof r.month === 'string' && MONTH.test(r.month) && r.month >= MONTH_RANGE.first && r.month <= MONTH_RANGE.last)
    month = r.month;
  else if (r.month !== undefined) p.error('month', 'household.month', { ...MONTH_RANGE, value: rawText(r.month) });

  const rawAdults = Array.isArray(r.adults) ? r.adults : [];
  if (rawAdults.length === 0) p.error('adults', 'household.noAdult');
  if (rawAdults.length > 2) p.error('adults', 'household.tooManyAdults', { count: rawAdults.length });
  const adults = (rawAdults.length ? rawAdults.slice(0, 2) : [{}]).map((a, i) =>
    adult(rec(a), `adults[${i}]`, month, p),
  );

  const rawChildren = Array.isArray(r.children) ? r.children : [];
  if (rawChildren.length > LIMITS.maxChildren)
    p.error('children', 'household.tooManyChildren', { max: LIMITS.maxChildren, count: rawChildren.length });
  const children = rawChildren.slice(0, LIMITS.maxChildren).map((c, i) => child(rec(c), `children[${i}]`, month, p));
  const oldestAdult = Math.max(...adults.map((a) => a.age));
  // A doubt, not an impossibility: a partner's child or an adopted child can be less than 12 years younger.
  children.forEach((c, i) => {
    if (c.age > oldestAdult - 12)
      p.warn(`children[${i}].age`, 'household.childOlderThanParent', { age: c.age, oldestAdult });
  });

  const b = rec(r.benefits);
  const amt = (v: unknown, path: string, def: number) => readAmount(v, path, def, p);
  const benefits = {
    rsa: amt(b.rsa, 'benefits.rsa', 0),
    primeActivite: amt(b.primeActivite, 'benefits.primeActivite', 0),
    af: amt(b.af, 'benefits.af', 0),
    cf: amt(b.cf, 'benefits.cf', 0),
    housingAid: amt(b.housingAid, 'benefits.housingAid', 0),
    other: amt(b.other, 'benefits.other', 0),
  };
  // Share links and saved households made before the rename still carry `entitlements`.
  const benefitsSource = readChoice(
    r.benefitsSource ?? r.entitlements,
    BENEFITS_SOURCES,
    'benefitsSource',
    d.benefitsSource,
    p,
  );
  if (benefits.af > 0 && children.filter((c) => c.age < 20).length < 2) p.warn('benefits.af', 'household.afNeedsTwo');
  if (benefits.cf > 0 && children.filter((c) => c.age >= 3 && c.age < 21).length < 3)
    p.warn('benefits.cf', 'household.cfNeedsThree');
  if (benefitsSource === 'declared' && benefits.rsa > 0 && adults.every((a) => a.age < 25) && !children.length)
    p.warn('benefits.rsa', 'household.rsaUnder25');

  const h = rec(r.housing);
  const status = readChoice(h.status, HOUSING_STATUSES, 'housing.status', d.housing.status, p);
  const rent = amt(h.rent, 'housing.rent', status === 'locataire' ? d.housing.rent : 0);
  const zone = readChoice(h.zone, HOUSING_ZONES, 'housing.zone', d.housing.zone, p);
  if (status !== 'locataire' && rent > 0) p.warn('housing.rent', 'household.rentNotTenant');

  const hist = rec(r.history);
  const worked = adults.some((a) => a.earnings > 0) ? 12 : 0;
  const history = {
    separation12m: readFlag(hist.separation12m, 'history.separation12m', false, p),
    rentChanges18m: readInteger(hist.rentChanges18m, 'history.rentChanges18m', { def: 0, min: 0, max: 18 }, p),
    monthsWorked12: readInteger(hist.monthsWorked12, 'history.monthsWorked12', { def: worked, min: 0, max: 12 }, p),
    adjustments24m: readFlag(hist.adjustments24m, 'history.adjustments24m', false, p),
  };
  if (history.monthsWorked12 === 0 && adults.some((a) => a.earnings > 0))
    p.warn('history.monthsWorked12', 'household.earningsWithoutWork');

  const notClaimed = rec(r.notClaimed);
  const household: Household = {
    month,
    adults,
    children,
    benefits,
    housing: { status, rent: status === 'locataire' ? rent : 0, zone },
    guardianship: readFlag(r.guardianship, 'guardianship', false, p),
    alimony: amt(r.alimony, 'alimony', 0),
    priorityNeighbourhood: readFlag(r.priorityNeighbourhood, 'priorityNeighbourhood', false, p),
    pregnant: readFlag(r.pregnant, 'pregnant', false, p),
    ...expected(r, month, p),
    benefitsSource,
    notClaimed: Object.fromEntries([
      ...NOT_CLAIMED_KEYS.map((k) => [k, readFlag(notClaimed[k], `notClaimed.${k}`, false, p)]),
      // The optional ones are kept only when true (household.ts).
      ...NOT_CLAIMED_OPTIONAL.flatMap((k) => (readFlag(notClaimed[k], `notClaimed.${k}`, false, p) ? [[k, true]] : [])),
    ]) as unknown as NotClaimed,
    otherParentMissing: readFlag(r.otherParentMissing, 'otherParentMissing', d.otherParentMissing, p),
    history,
  };
  return { household, errors: p.errors, warnings: p.warnings };
}

/**
 * The birth month when it is given and possible (not after the household's month, an age up to `max`), and the
 * age: the one it implies, else the age given. An age that contradicts the birth month is reported, and the
 * birth month kept: it is the finer fact.
 */
function birth(
  o: Record<string, unknown>,
  path: string,
  month: string,
  range: { def: number; min: number; max: number },
  p: Problems,
): { age: number; birthMonth?: string } {
  const raw = o.birthMonth;
  let birthMonth: string | undefined;
  if (raw !== undefined && raw !== null && raw !== '') {
    const implied = typeof raw === 'string' && BIRTH_MONTH.test(raw) ? ageInMonth(raw, month) : NaN;
    if (implied >= 0 && implied <= range.max) birthMonth = raw as string;
    else p.error(`${path}.birthMonth`, 'household.birthMonth', { month, value: rawText(raw) });
  }
  if (!birthMonth) return { age: readInteger(o.age, `${path}.age`, { ...range, required: true }, p) };
  const age = ageInMonth(birthMonth, month);
  const given = o.age;
  // The age on the 1st of the month, or one less for a birthday later in the birth month.
  if (typeof given === 'number' && given !== age && given !== age - 1)
    p.warn(`${path}.age`, 'household.ageBirthMonth', { age: given, birthMonth, implied: age });
  return { age, birthMonth };
}

function adult(a: Record<string, unknown>, path: string, month: string, p: Problems): Adult {
  const d = emptyAdult();
  const { age, birthMonth } = birth(a, path, month, { def: d.age, min: 0, max: LIMITS.maxAge }, p);
  if (age < LIMITS.minAdultAge) p.error(`${path}.age`, 'household.adultAge', { min: LIMITS.minAdultAge, age });
  const activity = readChoice(a.activity, ADULT_ACTIVITIES, `${path}.activity`, d.activity, p);
  const earnings = readAmount(a.earnings, `${path}.earnings`, 0, p);
  if ((activity === 'retraite' || activity === 'inactif') && earnings > 0)
    p.warn(`${path}.earnings`, 'household.earningsWhileInactive');
  const out: Adult = {
    age,
    ...(birthMonth ? { birthMonth } : {}),
    activity,
    earnings,
    otherIncome: readAmount(a.otherIncome, `${path}.otherIncome`, 0, p),
    aah: readAmount(a.aah, `${path}.aah`, 0, p),
    ...disability(a, path, p),
  };
  if (a.taxableIncomeN2 !== undefined && a.taxableIncomeN2 !== null && a.taxableIncomeN2 !== '')
    out.taxableIncomeN2 = readAmount(a.taxableIncomeN2, `${path}.taxableIncomeN2`, 0, p, 12 * LIMITS.maxAmount);
  if (a.earningsStopped !== undefined && a.earningsStopped !== null) {
    const stop = isRecord(a.earningsStopped) ? a.earningsStopped : {};
    if (!isRecord(a.earningsStopped)) p.error(`${path}.earningsStopped`, 'household.earningsStopped');
    const since = typeof stop.since === 'string' && MONTH.test(stop.since) ? stop.since : undefined;
    if (!since)
      p.error(`${path}.earningsStopped.since`, 'household.month', { ...MONTH_RANGE, value: rawText(stop.since) });
    const reason = readChoice(stop.reason, STOP_REASONS, `${path}.earningsStopped.reason`, 'other', p);
    if (since) out.earningsStopped = { since, reason };
  }
  const history = a.earningsHistory;
  if (history !== undefined) {
    if (!Array.isArray(history) || history.length !== HISTORY_MONTHS)
      p.error(`${path}.earningsHistory`, 'household.earningsHistory', { months: HISTORY_MONTHS });
    else out.earningsHistory = history.map((x, i) => readAmount(x, `${path}.earningsHistory[${i}]`, 0, p));
  }
  return out;
}

function child(c: Record<string, unknown>, path: string, month: string, p: Problems): Child {
  const { age, birthMonth } = birth(c, path, month, { def: 5, min: 0, max: LIMITS.maxAge }, p);
  if (age > LIMITS.maxChildAge) p.error(`${path}.age`, 'household.childAge', { max: LIMITS.maxChildAge, age });
  const activity = readChoice(c.activity, CHILD_ACTIVITIES, `${path}.activity`, age < 16 ? 'scolaire' : 'etudiant', p);
  if (age < 16 && activity !== 'scolaire') p.error(`${path}.activity`, 'household.childAtSchool', { age });
  return birthMonth ? { age, birthMonth, activity } : { age, activity };
}

/** The incapacity rate the CDAPH recognised (0–100 %) and its RSDAE, when given: the AAH is then computed. */
function disability(a: Record<string, unknown>, path: string, p: Problems): Pick<Adult, 'incapacity' | 'rsdae'> {
  if (a.incapacity === undefined || a.incapacity === null || a.incapacity === '') return {};
  const incapacity = readInteger(a.incapacity, `${path}.incapacity`, { def: 0, min: 0, max: 100 }, p);
  const rsdae = readFlag(a.rsdae, `${path}.rsdae`, false, p);
  return rsdae ? { incapacity, rsdae } : { incapacity };
}

/** The month the expected child is due, for a pregnancy: from the household's month to 9 months after it. */
function expected(r: Record<string, unknown>, month: string, p: Problems): Pick<Household, 'expectedBirthMonth'> {
  const raw = r.expectedBirthMonth;
  if (raw === undefined || raw === null || raw === '') return {};
  const ok = typeof raw === 'string' && MONTH.test(raw) && raw > month && raw <= addMonths(month, 9);
  if (!ok) {
    p.error('expectedBirthMonth', 'household.expectedBirthMonth', { month, value: rawText(raw) });
    return {};
  }
  if (r.pregnant !== true) p.warn('expectedBirthMonth', 'household.expectedWithoutPregnancy');
  return { expectedBirthMonth: raw };
}

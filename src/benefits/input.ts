// The entitlement calculator's input: monthly amounts by month, as the CLI reads them from
// JSON and as the app derives them from a household. Decoding never throws.

import { Dec } from './decimal.ts';
import { MONTH } from './months.ts';

/** Net amounts in euros by month (`YYYY-MM`); a missing month is 0. */
export type MonthMap = Record<string, number>;

export interface DroitsAdult {
  age: number;
  /** Pupil, student, intern or apprentice: the PPA needs earnings above a ceiling each month (L842-2 3°). */
  student: boolean;
  earnings: MonthMap;
  aah: MonthMap;
  /** Personal non-professional resources: unemployment benefit, pensions… */
  otherIncome: MonthMap;
  /** Incomes that stopped for good: the RSA does not count them (R262-13 CASF). */
  stopped?: StoppedIncome[];
}

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

export interface DroitsInput {
  month: string;
  /** Month the right was first claimed: quarters start there. Default: `month` itself. */
  applicationMonth?: string;
  /** Département of the 2024 experiment: reference months M-4..M-2 from October 2024. */
  experimentation: boolean;
  adults: DroitsAdult[];
  children: { age: number }[];
  /** Entitled to the isolement majoration; when absent, a single adult with a child under 3 or a pregnancy is. */
  isolated?: boolean;
  pregnant: boolean;
  housing: { status: 'tenant' | 'owner' | 'hosted'; housingAid: MonthMap | number };
  /** Household resources other than earnings (alimony, pensions…), by month or by kind. */
  otherResources: MonthMap;
  /** Family benefits counted as resources (AF, CF…), by month. */
  familyBenefits: MonthMap;
}

export const amountIn = (map: MonthMap | number, month: string): Dec =>
  Dec.of(typeof map === 'number' ? map : (map[month] ?? 0));

type Issue = { path: string; message: string };
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The first month the rules model: the prime d'activité replaced the RSA "activité" on 1 January
 * 2016 (Loi 2015-994 du 17 août 2015, art. 57; Décrets 2015-1709 and 2015-1710). Every parameter
 * series starts there or earlier; an earlier month is refused rather than priced by later rules.
 */
export const FIRST_MONTH = '2016-01';

/** Decodes the CLI's JSON (see README). Errors name the field. */
export function decodeDroitsInput(raw: unknown): { ok: true; value: DroitsInput } | { ok: false; errors: Issue[] } {
  const errors: Issue[] = [];
  const err = (path: string, message: string) => errors.push({ path, message });
  const r = isRecord(raw) ? raw : (err('', 'expected a JSON object'), {});
  const month =
    typeof r.month === 'string' && MONTH.test(r.month) ? r.month : (err('month', 'expected "YYYY-MM"'), '2026-01');
  if (month < FIRST_MONTH)
    err(
      'month',
      `expected a month from ${FIRST_MONTH}, when the rules and their parameters start (Loi 2015-994), got "${month}"`,
    );
  const money = (v: unknown, path: string): MonthMap => monthMap(v, path, err);
  const adultsRaw = Array.isArray(r.adults) ? r.adults : (err('adults', 'expected a list of one or two adults'), []);
  if (adultsRaw.length < 1 || adultsRaw.length > 2)
    err('adults', `expected one or two adults, got ${adultsRaw.length}`);
  const adults = adultsRaw.slice(0, 2).map((a, i): DroitsAdult => {
    const o = isRecord(a) ? a : (err(`adults[${i}]`, 'expected an object'), {});
    return {
      age: wholeNumber(o.age, `adults[${i}].age`, 18, 120, err, 40),
      student:
        typeof o.student === 'boolean'
          ? o.student
          : o.student === undefined
            ? false
            : (err(`adults[${i}].student`, 'expected true or false'), false),
      earnings: money(o.earnings, `adults[${i}].earnings`),
      aah: money(o.aah, `adults[${i}].aah`),
      otherIncome: money(o.otherIncome, `adults[${i}].otherIncome`),
      ...(o.stopped === undefined ? {} : { stopped: stoppedList(o.stopped, `adults[${i}].stopped`, err) }),
    };
  });
  const childrenRaw = Array.isArray(r.children)
    ? r.children
    : r.children === undefined
      ? []
      : (err('children', 'expected a list'), []);
  if (childrenRaw.length > 20) err('children', `at most 20 children (got ${childrenRaw.length})`);
  const children = childrenRaw
    .slice(0, 20)
    .map((c, i) => ({ age: wholeNumber(isRecord(c) ? c.age : undefined, `children[${i}].age`, 0, 24, err, 0) }));
  const h = isRecord(r.housing) ? r.housing : {};
  const status = h.status === undefined ? 'tenant' : h.status;
  if (status !== 'tenant' && status !== 'owner' && status !== 'hosted')
    err('housing.status', 'expected "tenant", "owner" or "hosted"');
  const housingAid =
    typeof h.housingAid === 'number'
      ? Number.isFinite(h.housingAid) && h.housingAid >= 0
        ? h.housingAid
        : (err('housing.housingAid', 'expected a non-negative amount'), 0)
      : money(h.housingAid, 'housing.housingAid');
  const application = r.applicationMonth;
  if (application !== undefined && (typeof application !== 'string' || !MONTH.test(application) || application > month))
    err('applicationMonth', 'expected "YYYY-MM" not after "month"');
  else if (typeof application === 'string' && application < FIRST_MONTH)
    err('applicationMonth', `expected a month from ${FIRST_MONTH}, when the rules start, got "${application}"`);
  if (r.isolated !== undefined && typeof r.isolated !== 'boolean') err('isolated', 'expected true or false');
  const input: DroitsInput = {
    month,
    experimentation: r.experimentation === true,
    adults,
    children,
    pregnant: r.pregnant === true,
    housing: { status: status as DroitsInput['housing']['status'], housingAid },
    otherResources: byKindOrMonth(r.otherResources, 'otherResources', err),
    familyBenefits: byKindOrMonth(r.familyBenefits, 'familyBenefits', err),
    ...(typeof application === 'string' ? { applicationMonth: application } : {}),
    ...(typeof r.isolated === 'boolean' ? { isolated: r.isolated } : {}),
  };
  return errors.length ? { ok: false, errors } : { ok: true, value: input };
}

function wholeNumber(
  v: unknown,
  path: string,
  min: number,
  max: number,
  err: (p: string, m: string) => void,
  def: number,
): number {
  if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v;
  err(path, `expected a whole number from ${min} to ${max}${v === undefined ? '' : `, got ${JSON.stringify(v)}`}`);
  return def;
}

/** `[{income, since, reason}]`: see StoppedIncome. */
function stoppedList(v: unknown, path: string, err: (p: string, m: string) => void): StoppedIncome[] {
  if (!Array.isArray(v)) {
    err(path, 'expected a list of {"income", "since", "reason"}');
    return [];
  }
  return v.flatMap((x, j): StoppedIncome[] => {
    const p = `${path}[${j}]`;
    if (!isRecord(x)) return (err(p, 'expected an object {"income", "since", "reason"}'), []);
    const ok = [
      x.income === 'earnings' ||
        x.income === 'otherIncome' ||
        (err(`${p}.income`, 'expected "earnings" or "otherIncome"'), false),
      (typeof x.since === 'string' && MONTH.test(x.since)) || (err(`${p}.since`, 'expected "YYYY-MM"'), false),
      STOP_REASONS.includes(x.reason as StopReason) ||
        (err(`${p}.reason`, `expected one of ${STOP_REASONS.map((r) => `"${r}"`).join(', ')}`), false),
    ].every(Boolean);
    return ok
      ? [{ income: x.income as StoppedIncome['income'], since: x.since as string, reason: x.reason as StopReason }]
      : [];
  });
}

const MAX_AMOUNT = 100_000;

function monthMap(v: unknown, path: string, err: (p: string, m: string) => void): MonthMap {
  if (v === undefined || v === null) return {};
  if (!isRecord(v)) {
    err(path, 'expected an object of monthly amounts {"YYYY-MM": euros}');
    return {};
  }
  const out: MonthMap = {};
  for (const [k, x] of Object.entries(v)) {
    if (!MONTH.test(k)) err(`${path}.${k}`, 'keys are months "YYYY-MM"');
    else if (typeof x !== 'number' || !Number.isFinite(x) || x < 0 || x > MAX_AMOUNT)
      err(`${path}.${k}`, `expected an amount from 0 to ${MAX_AMOUNT} €`);
    else out[k] = x;
  }
  return out;
}

/** Either a month map, or `{kind: monthMap}` (e.g. {"af": {...}, "cf": {...}}) summed month by month. */
function byKindOrMonth(v: unknown, path: string, err: (p: string, m: string) => void): MonthMap {
  if (!isRecord(v)) return monthMap(v, path, err);
  const keys = Object.keys(v);
  if (keys.every((k) => MONTH.test(k))) return monthMap(v, path, err);
  const out: MonthMap = {};
  for (const k of keys)
    for (const [m, x] of Object.entries(monthMap(v[k], `${path}.${k}`, err))) out[m] = (out[m] ?? 0) + x;
  return out;
}

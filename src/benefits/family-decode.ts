// Decodes a FamilyInput from JSON (a CLI file, a saved household) without ever throwing: every problem is
// reported with the field it concerns, so that the family rules only ever see facts they can read.

import { FAMILY_FIRST_MONTH } from './family-params.ts';
import type { FamilyAdult, FamilyInput, HousingStatus } from './family-input.ts';
import { MONTH } from './months.ts';

export interface FamilyIssue {
  path: string;
  message: string;
}

const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const YEAR = /^\d{4}$/;
/** Above this, a monthly amount is a typing error rather than a household's pay or rent. */
const MAX_MONTHLY = 100_000;
const MAX_YEARLY = 12 * MAX_MONTHLY;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A real calendar date (no 31 April), as YYYY-MM-DD. */
function isDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1;
}

export function decodeFamilyInput(
  raw: unknown,
): { ok: true; value: FamilyInput } | { ok: false; errors: FamilyIssue[] } {
  const errors: FamilyIssue[] = [];
  const err = (path: string, message: string) => errors.push({ path, message });
  const r = isRecord(raw) ? raw : (err('', 'expected a JSON object'), {});

  let month = '2026-01';
  if (typeof r.month !== 'string' || !MONTH.test(r.month)) err('month', 'expected "YYYY-MM"');
  else if (r.month < FAMILY_FIRST_MONTH) err('month', `the family parameters start in ${FAMILY_FIRST_MONTH}`);
  else month = r.month;

  const amounts = (v: unknown, path: string, keys: RegExp, max: number, what: string): Record<string, number> => {
    if (v === undefined || v === null) return {};
    if (!isRecord(v)) return (err(path, `expected an object {${what}: euros}`), {});
    const out: Record<string, number> = {};
    for (const [k, x] of Object.entries(v)) {
      if (!keys.test(k)) err(`${path}.${k}`, `keys are ${what}`);
      else if (typeof x !== 'number' || !Number.isFinite(x) || x < 0 || x > max)
        err(`${path}.${k}`, `expected an amount from 0 to ${max} €`);
      else out[k] = x;
    }
    return out;
  };

  const adultsRaw = Array.isArray(r.adults) ? r.adults : (err('adults', 'expected a list of one or two adults'), []);
  if (adultsRaw.length < 1 || adultsRaw.length > 2)
    err('adults', `expected one or two adults, got ${adultsRaw.length}`);
  const adults = adultsRaw.slice(0, 2).map((a, i): FamilyAdult => {
    const o = isRecord(a) ? a : (err(`adults[${i}]`, 'expected an object'), {});
    return {
      taxableIncomeByYear: amounts(
        o.taxableIncomeByYear,
        `adults[${i}].taxableIncomeByYear`,
        YEAR,
        MAX_YEARLY,
        '"YYYY"',
      ),
      taxableEarningsByMonth: amounts(
        o.taxableEarningsByMonth,
        `adults[${i}].taxableEarningsByMonth`,
        MONTH,
        MAX_MONTHLY,
        '"YYYY-MM"',
      ),
    };
  });

  const childrenRaw = Array.isArray(r.children)
    ? r.children
    : r.children === undefined
      ? []
      : (err('children', 'expected a list'), []);
  if (childrenRaw.length > 20) err('children', `at most 20 children (got ${childrenRaw.length})`);
  const children = childrenRaw.slice(0, 20).map((c, i) => {
    const o = isRecord(c) ? c : {};
    if (o.inSchool !== undefined && typeof o.inSchool !== 'boolean')
      err(`children[${i}].inSchool`, 'expected true or false');
    if (!isDate(o.birthDate))
      return (err(`children[${i}].birthDate`, 'expected a date "YYYY-MM-DD"'), { birthDate: '2000-01-01' });
    return { birthDate: o.birthDate, ...(o.inSchool === false ? { inSchool: false } : {}) };
  });

  const alimony = r.alimonyMonthly === undefined ? 0 : r.alimonyMonthly;
  const alimonyMonthly =
    typeof alimony === 'number' && Number.isFinite(alimony) && alimony >= 0 && alimony <= MAX_MONTHLY
      ? alimony
      : (err('alimonyMonthly', `expected an amount from 0 to ${MAX_MONTHLY} €`), 0);
  for (const flag of ['asfOtherParentMissing', 'aahOrAeehReceived'] as const)
    if (r[flag] !== undefined && typeof r[flag] !== 'boolean') err(flag, 'expected true or false');

  const h = isRecord(r.housing) ? r.housing : (err('housing', 'expected an object'), {});
  const status = h.status ?? 'tenant';
  if (status !== 'tenant' && status !== 'owner' && status !== 'hostedFree')
    err('housing.status', 'expected "tenant", "owner" or "hostedFree"');
  const zone = h.zone ?? 2;
  if (zone !== 1 && zone !== 2 && zone !== 3) err('housing.zone', 'expected 1, 2 or 3');
  const rent = h.rentMonthly ?? 0;
  if (typeof rent !== 'number' || !Number.isFinite(rent) || rent < 0 || rent > MAX_MONTHLY)
    err('housing.rentMonthly', `expected an amount from 0 to ${MAX_MONTHLY} €`);
  const review = h.reviewMonth;
  if (review !== undefined && (typeof review !== 'string' || !MONTH.test(review) || review > month))
    err('housing.reviewMonth', 'expected "YYYY-MM" not after "month"');

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      month,
      adults,
      children,
      alimonyMonthly,
      ...(typeof r.asfOtherParentMissing === 'boolean' ? { asfOtherParentMissing: r.asfOtherParentMissing } : {}),
      ...(typeof r.aahOrAeehReceived === 'boolean' ? { aahOrAeehReceived: r.aahOrAeehReceived } : {}),
      housing: {
        status: status as HousingStatus,
        zone: zone as 1 | 2 | 3,
        rentMonthly: rent as number,
        ...(typeof review === 'string' ? { reviewMonth: review } : {}),
      },
    },
  };
}

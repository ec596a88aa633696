// The `droits` command line's file (documented in README): the prime d'activité and RSA facts, amounts
// by month, decoded into the one Situation the rules read. Its housing words (`tenant`, `owner`,
// `hosted`) are the file's; the Situation's are the household's. Decoding never throws.

import { LIMITS, Problems, isRecord, rawText, type Problem } from '../problems/index.ts';
import { readAmount, readChoice, readFlag, readInteger } from '../problems/read.ts';
import { MONTH } from '../benefits/months.ts';
import {
  FIRST_MONTH,
  STOP_REASONS,
  situation,
  situationAdult,
  type HousingStatus,
  type MonthMap,
  type Situation,
  type StoppedIncome,
} from '../benefits/situation.ts';

/** Decodes the CLI's JSON (see README). Each problem names its field; nothing here throws. */
export function decodeDroitsFile(
  raw: unknown,
): { ok: true; value: Situation } | { ok: false; errors: Problem[]; warnings: Problem[] } {
  const p = new Problems();
  if (!isRecord(raw)) p.error('', 'droits.notObject');
  const r = isRecord(raw) ? raw : {};
  const month =
    typeof r.month === 'string' && MONTH.test(r.month) ? r.month : (p.error('month', 'droits.month'), '2026-01');
  if (month < FIRST_MONTH) p.error('month', 'droits.monthTooEarly', { first: FIRST_MONTH, value: month });
  if (month > LIMITS.lastMonth) p.error('month', 'droits.monthTooLate', { last: LIMITS.lastMonth, value: month });
  const money = (v: unknown, path: string): MonthMap => monthMap(v, path, p);
  const adultsRaw = Array.isArray(r.adults) ? r.adults : [];
  if (adultsRaw.length < 1 || adultsRaw.length > 2) p.error('adults', 'droits.adults', { count: adultsRaw.length });
  const adults = adultsRaw.slice(0, 2).map((a, i) => {
    if (!isRecord(a)) p.error(`adults[${i}]`, 'droits.adultNotObject');
    const o = isRecord(a) ? a : {};
    const path = `adults[${i}]`;
    const ages = { def: 40, min: LIMITS.minAdultAge, max: LIMITS.maxAge, required: true };
    if (o.age === undefined) p.error(`${path}.age`, 'field.missing', { min: ages.min, max: ages.max });
    return situationAdult({
      age: readInteger(o.age, `${path}.age`, ages, p),
      student: readFlag(o.student, `${path}.student`, false, p),
      earnings: money(o.earnings, `${path}.earnings`),
      aah: money(o.aah, `${path}.aah`),
      otherIncome: money(o.otherIncome, `${path}.otherIncome`),
      ...(o.stopped === undefined ? {} : { stopped: stoppedList(o.stopped, `${path}.stopped`, p) }),
    });
  });
  const childrenRaw = Array.isArray(r.children) ? r.children : [];
  if (r.children !== undefined && !Array.isArray(r.children)) p.error('children', 'droits.childrenNotList');
  if (childrenRaw.length > LIMITS.maxChildren)
    p.error('children', 'household.tooManyChildren', { max: LIMITS.maxChildren, count: childrenRaw.length });
  const childAges = { def: 0, min: 0, max: LIMITS.maxChildAge, required: true };
  const children = childrenRaw.slice(0, LIMITS.maxChildren).map((c, i) => {
    const age = isRecord(c) ? c.age : undefined;
    if (age === undefined) p.error(`children[${i}].age`, 'field.missing', { min: 0, max: LIMITS.maxChildAge });
    return { age: readInteger(age, `children[${i}].age`, childAges, p) };
  });
  const h = isRecord(r.housing) ? r.housing : {};
  const status = HOUSING_STATUS[readChoice(h.status, HOUSING, 'housing.status', 'tenant', p)];
  const housingAid =
    typeof h.housingAid === 'number'
      ? readAmount(h.housingAid, 'housing.housingAid', 0, p)
      : money(h.housingAid, 'housing.housingAid');
  const application = r.applicationMonth;
  if (application !== undefined && (typeof application !== 'string' || !MONTH.test(application) || application > month))
    p.error('applicationMonth', 'droits.applicationMonth');
  else if (typeof application === 'string' && application < FIRST_MONTH)
    p.error('applicationMonth', 'droits.monthTooEarly', { first: FIRST_MONTH, value: application });
  const input = situation(month, {
    experimentation: r.experimentation === true,
    adults,
    children,
    pregnant: readFlag(r.pregnant, 'pregnant', false, p),
    recentSeparation: readFlag(r.recentSeparation, 'recentSeparation', false, p),
    // The prime and the RSA read neither the zone nor the rent.
    housing: { status, zone: 2, rent: 0, housingAid },
    otherResources: byKindOrMonth(r.otherResources, 'otherResources', p),
    familyBenefits: byKindOrMonth(r.familyBenefits, 'familyBenefits', p),
    ...(typeof application === 'string' ? { applicationMonth: application } : {}),
    ...(r.isolated !== undefined ? { isolated: readFlag(r.isolated, 'isolated', false, p) } : {}),
  });
  return p.ok ? { ok: true, value: input } : { ok: false, errors: p.errors, warnings: p.warnings };
}

const HOUSING = ['tenant', 'owner', 'hosted'] as const;
const HOUSING_STATUS: Record<(typeof HOUSING)[number], HousingStatus> = {
  tenant: 'locataire',
  owner: 'proprietaire',
  hosted: 'heberge',
};
const STOPPED_INCOMES = ['earnings', 'otherIncome'] as const;

/** `[{income, since, reason}]`: see StoppedIncome. */
function stoppedList(v: unknown, path: string, p: Problems): StoppedIncome[] {
  if (!Array.isArray(v)) {
    p.error(path, 'droits.stoppedList');
    return [];
  }
  return v.flatMap((x, j): StoppedIncome[] => {
    const at = `${path}[${j}]`;
    if (!isRecord(x)) return (p.error(at, 'droits.stoppedItem'), []);
    const before = p.errors.length;
    const income = readChoice(x.income, STOPPED_INCOMES, `${at}.income`, 'earnings', p);
    if (x.income === undefined)
      p.error(`${at}.income`, 'field.oneOf', { value: 'undefined', allowed: STOPPED_INCOMES.join(', ') });
    const since =
      typeof x.since === 'string' && MONTH.test(x.since) ? x.since : (p.error(`${at}.since`, 'droits.month'), '');
    const reason = readChoice(x.reason, STOP_REASONS, `${at}.reason`, 'other', p);
    if (x.reason === undefined)
      p.error(`${at}.reason`, 'field.oneOf', { value: 'undefined', allowed: STOP_REASONS.join(', ') });
    return p.errors.length === before ? [{ income, since, reason }] : [];
  });
}

function monthMap(v: unknown, path: string, p: Problems): MonthMap {
  if (v === undefined || v === null) return {};
  if (!isRecord(v)) {
    p.error(path, 'droits.monthMap');
    return {};
  }
  // Keys come from the file: a null-prototype map cannot be polluted by "__proto__" or "constructor".
  const out: MonthMap = Object.create(null) as MonthMap;
  for (const [k, x] of Object.entries(v)) {
    if (!MONTH.test(k)) p.error(`${path}.${k}`, 'droits.monthKey');
    else if (typeof x !== 'number') p.error(`${path}.${k}`, 'field.amountUnreadable', { value: rawText(x) });
    else if (readAmount(x, `${path}.${k}`, 0, p) === x) out[k] = x;
  }
  return out;
}

/** Either a month map, or `{kind: monthMap}` (e.g. {"af": {...}, "cf": {...}}) summed month by month. */
function byKindOrMonth(v: unknown, path: string, p: Problems): MonthMap {
  if (!isRecord(v)) return monthMap(v, path, p);
  const keys = Object.keys(v);
  if (keys.every((k) => MONTH.test(k))) return monthMap(v, path, p);
  const out: MonthMap = Object.create(null) as MonthMap;
  for (const k of keys)
    for (const [m, x] of Object.entries(monthMap(v[k], `${path}.${k}`, p))) out[m] = (out[m] ?? 0) + x;
  return out;
}

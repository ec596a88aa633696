// Household fields in the words of the form ("Revenus d'activité nets"), never their paths
// (`adults[0].earnings`): what the curves and "what would change it" name.

import type { Dict, Lang } from '../i18n/index.ts';
import { formatAmount, formatNumber } from '../i18n/format.ts';
import { interpolate } from '../i18n/interpolate.ts';

type FieldValue = number | boolean | string;

const ADULT_KEYS = {
  earnings: 'earnings',
  otherIncome: 'otherIncome',
  aah: 'aah',
  activity: 'activity',
  age: 'age',
} as const;
const TOP = {
  'housing.status': 'housingStatus',
  'housing.rent': 'rent',
  alimony: 'alimony',
  guardianship: 'guardianship',
  priorityNeighbourhood: 'priorityNeighbourhood',
  'history.monthsWorked12': 'monthsWorked12',
  'history.rentChanges18m': 'rentChanges18m',
  'history.separation12m': 'separation12m',
  'history.adjustments24m': 'adjustments24m',
  'benefits.rsa': 'rsa',
  'benefits.primeActivite': 'primeActivite',
} as const;
const BENEFITS = {
  rsa: 'rsa',
  primeActivite: 'primeActivite',
  af: 'af',
  cf: 'cf',
  asf: 'asf',
  ars: 'ars',
  housingAid: 'housingAid',
} as const;

/** The form's label of a field; the id itself only for a field this list does not know. */
export function fieldLabel(id: string, t: Dict, lang: Lang): string {
  const adult = /^adults\[(\d)\]\.(\w+)$/.exec(id);
  if (adult) {
    const key = ADULT_KEYS[adult[2] as keyof typeof ADULT_KEYS];
    if (!key) return id;
    const field = t[key];
    return adult[1] === '0' ? field : interpolate(t.fieldOf, { who: t.partner, field }, lang);
  }
  const notClaimed = /^notClaimed\.(\w+)$/.exec(id);
  if (notClaimed) {
    const key = BENEFITS[notClaimed[1] as keyof typeof BENEFITS];
    const benefit = key && key in t ? (t as unknown as Record<string, string>)[key]! : notClaimed[1]!;
    return interpolate(t.fieldNotClaimed, { benefit }, lang);
  }
  const key = TOP[id as keyof typeof TOP];
  return key ? t[key] : id;
}

/** A field's value as the form shows it: an amount in euros, a count, yes/no, a choice's label. */
export function fieldValue(id: string, v: FieldValue, t: Dict, lang: Lang): string {
  if (typeof v === 'boolean') return v ? t.yes : t.no;
  if (typeof v === 'string') {
    const labels: Record<string, string> = id.endsWith('.activity') ? t.activities : t.housingStatuses;
    return labels[v] ?? v;
  }
  return isAmount(id) ? formatAmount(v, lang, { cents: false }) : formatNumber(v, lang);
}

/** Amounts (in euros a month) as opposed to counts (months, changes, years). */
export const isAmount = (id: string) => !/age$|monthsWorked12|rentChanges18m/.test(id);

/** The household's own value of a numeric field, to mark it on its curve. */
export function fieldNow(h: unknown, id: string): number | undefined {
  let v: unknown = h;
  for (const part of id.split(/[.[\]]+/).filter(Boolean)) v = (v as Record<string, unknown> | undefined)?.[part];
  return typeof v === 'number' ? v : undefined;
}

// Field readers shared by every decoder of a household (the app's, the `droits` CLI's): each takes
// any decoded value, returns a usable one, and reports what was wrong. None calls a method of the value.

import { LIMITS, rawText, type Problems } from './index.ts';

/** Absent (`undefined`): the default, silently. A cleared form box (`null`, `''`) is also absent for amounts. */
const cleared = (v: unknown) => v === null || v === '';

/** An amount in euros, 0 to `max` (a month's: LIMITS.maxAmount); out-of-range values are clamped and reported. */
export function readAmount(v: unknown, path: string, def: number, p: Problems, max: number = LIMITS.maxAmount): number {
  if (v === undefined || cleared(v)) return def;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    p.error(path, 'field.amountUnreadable', { value: rawText(v) });
    return def;
  }
  if (v < 0) p.error(path, 'field.amountNegative', { value: v });
  if (v > max) p.error(path, 'field.amountTooLarge', { value: v, max });
  return Math.min(Math.max(v, 0), max);
}

/**
 * A whole number from `min` to `max`. `required`: a cleared box is an error (an age left empty must
 * not be scored as the default age); otherwise it takes the default.
 */
export function readInteger(
  v: unknown,
  path: string,
  range: { def: number; min: number; max: number; required?: boolean },
  p: Problems,
): number {
  const { def, min, max } = range;
  if (v === undefined) return def;
  if (cleared(v)) {
    if (range.required) p.error(path, 'field.missing', { min, max });
    return def;
  }
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    p.error(path, 'field.wholeNumber', { min, max, value: rawText(v) });
    return typeof v === 'number' && Number.isFinite(v) ? Math.min(Math.max(Math.round(v), min), max) : def;
  }
  return v;
}

export function readFlag(v: unknown, path: string, def: boolean, p: Problems): boolean {
  if (v === undefined) return def;
  if (typeof v === 'boolean') return v;
  p.error(path, 'field.yesNo');
  return def;
}

export function readChoice<T extends string | number>(
  v: unknown,
  allowed: readonly T[],
  path: string,
  def: T,
  p: Problems,
): T {
  if (v === undefined) return def;
  if ((typeof v === 'string' || typeof v === 'number') && (allowed as readonly unknown[]).includes(v)) return v as T;
  p.error(path, 'field.oneOf', { value: rawText(v, 30), allowed: allowed.join(', ') });
  return def;
}

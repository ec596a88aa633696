// The rights leave the benefit rules as plain euros: the same shape and field names as the exact
// results, each decimal rounded to the cent. The page, the worker and the CLI read only this view.

import { Dec } from './decimal.ts';

/** `T` with every exact decimal replaced by a number of euros. */
export type InEuros<T> = T extends Dec
  ? number
  : T extends readonly (infer U)[]
    ? InEuros<U>[]
    : T extends object
      ? { [K in keyof T]: InEuros<T[K]> }
      : T;

/** Rounds every decimal in `value` to the cent and returns it as a number; other values are kept. */
export function inEuros<T>(value: T): InEuros<T> {
  if (value instanceof Dec) return value.cents().toNumber() as InEuros<T>;
  if (Array.isArray(value)) return value.map((v: unknown) => inEuros(v)) as InEuros<T>;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inEuros(v)])) as InEuros<T>;
  return value as InEuros<T>;
}

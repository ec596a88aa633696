// Entitlements for a requested month: which quarter it falls in, which months that quarter's
// right was computed on (R843-1 as changed by Décret 2025-185), and the prime d'activité and RSA.

import { addMonths, monthsBetween } from './months.ts';
import type { Situation } from './situation.ts';
import { primeActiviteRight, type PrimeActiviteRight } from './prime-activite.ts';
import { rsaRight, type RsaRight } from './rsa.ts';

export { Dec } from './decimal.ts';
export { inEuros, type InEuros } from './euros.ts';
export { isolatedParent } from './prime-activite.ts';
export * from './situation.ts';
export type { PrimeActiviteRight, PrimeActiviteMonth } from './prime-activite.ts';
export type { RsaRight, RsaMonth } from './rsa.ts';

/** Since 1 March 2025 (and from October 2024 in the experimental départements): M-4..M-2; before: M-3..M-1. */
export function referenceMonths(quarterStart: string, experimentation: boolean): string[] {
  const late = quarterStart >= '2025-03' || (experimentation && quarterStart >= '2024-10');
  return late
    ? [-4, -3, -2].map((n) => addMonths(quarterStart, n))
    : [-3, -2, -1].map((n) => addMonths(quarterStart, n));
}

/** The first month of the quarter holding `month`: quarters run from the application month, every 3 months. */
export function quarterStart(month: string, applicationMonth?: string): string {
  if (!applicationMonth) return month;
  return addMonths(month, -(monthsBetween(applicationMonth, month) % 3));
}

/** The prime d'activité and the RSA of one month, exact, with their steps (rights.ts rounds them to the cent). */
export interface MonthRights {
  month: string;
  primeActivite: PrimeActiviteRight;
  rsa: RsaRight;
}

/** The month's prime d'activité and RSA: the right of the quarter holding `input.month`. */
export function monthRights(input: Situation): MonthRights {
  const start = quarterStart(input.month, input.applicationMonth);
  const refs = referenceMonths(start, input.experimentation);
  return {
    month: input.month,
    primeActivite: primeActiviteRight(input, start, refs),
    rsa: rsaRight(input, start, refs),
  };
}

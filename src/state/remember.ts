// "Se souvenir de ce foyer sur cet appareil": the only storage the app ever does, and only
// when the user asks. Reading never throws (storage may be disabled or hold anything).

import { decodeHousehold } from '../household/decode.ts';
import type { Household } from '../household/household.ts';

export const STORAGE_KEY = 'score-caf:foyer';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function recall(fallbackMonth: string): Household | undefined {
  try {
    const text = storage()?.getItem(STORAGE_KEY);
    if (!text) return undefined;
    const d = decodeHousehold(JSON.parse(text), fallbackMonth);
    return d.errors.length ? undefined : d.household;
  } catch {
    return undefined;
  }
}

export function remember(h: Household): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(h));
  } catch {
    /* storage full or disabled: nothing is kept, which is the safe side */
  }
}

export function forget(): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    /* nothing to erase */
  }
}

// "Se souvenir de ce foyer sur cet appareil": the only storage the app ever does, and only when
// the user asks. Reading never throws and never erases: a saved value that cannot be read in
// full stays as it is until the user chooses to keep what could be read or to discard it.

import { decodeHousehold } from '../formats/household.ts';
import type { Household } from '../household/household.ts';
import type { Problem } from '../problems/index.ts';

export const STORAGE_KEY = 'score-caf:foyer';

/** The part of the Web Storage API used here, so that tests can pass their own. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type Saved =
  /** Storage is disabled or refused (private mode, a sandboxed frame, a policy). */
  | { kind: 'unavailable' }
  | { kind: 'none' }
  | { kind: 'ok'; household: Household }
  /** A household could be read, but some fields are broken or impossible: they are listed. */
  | { kind: 'partial'; household: Household; problems: Problem[] }
  /** Something is saved under the key, but it is not a household (not JSON, or not an object). */
  | { kind: 'unreadable' };

export function defaultStore(): KeyValueStore | undefined {
  try {
    const s = globalThis.localStorage;
    // Some browsers expose the object but refuse every call: probe once.
    s?.getItem(STORAGE_KEY);
    return s ?? undefined;
  } catch {
    return undefined;
  }
}

/** The JSON kept under `key`: unavailable storage, nothing kept, text that is not JSON, or the parsed value. */
export function readKey(
  key: string,
  store = defaultStore(),
): { kind: 'unavailable' } | { kind: 'none' } | { kind: 'unreadable' } | { kind: 'json'; raw: unknown } {
  if (!store) return { kind: 'unavailable' };
  let text: string | null;
  try {
    text = store.getItem(key);
  } catch {
    return { kind: 'unavailable' };
  }
  if (text === null) return { kind: 'none' };
  try {
    return { kind: 'json', raw: JSON.parse(text) };
  } catch {
    return { kind: 'unreadable' };
  }
}

export function readSaved(fallbackMonth: string, store = defaultStore()): Saved {
  const read = readKey(STORAGE_KEY, store);
  if (read.kind !== 'json') return read;
  const raw = read.raw;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { kind: 'unreadable' };
  const d = decodeHousehold(raw, fallbackMonth);
  return d.errors.length
    ? { kind: 'partial', household: d.household, problems: d.errors }
    : { kind: 'ok', household: d.household };
}

/** Keeps `value` as JSON under `key`; false when the browser refused (storage full or disabled). */
export function writeKey(key: string, value: unknown, store = defaultStore()): boolean {
  try {
    if (!store) return false;
    store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Removes `key`; a store that refuses has nothing to erase. */
export function eraseKey(key: string, store = defaultStore()): void {
  try {
    store?.removeItem(key);
  } catch {
    /* nothing to erase */
  }
}

/** Keeps `h`; false when the browser refused (storage full or disabled). */
export const save = (h: Household, store = defaultStore()): boolean => writeKey(STORAGE_KEY, h, store);

export const erase = (store = defaultStore()): void => eraseKey(STORAGE_KEY, store);

// The profile typed in the form of a model whose variables are not household facts (an application
// to Amsterdam's Slimme Check): one value per variable id, so that both versions of a model read the
// same profile. It travels in share links (`profil=`) and, when "Se souvenir…" is ticked, is kept
// under its own key, erased when unticked.

import type { FeatureValue } from '../engine/types.ts';
import { readKey, type KeyValueStore } from './remember.ts';

export const PROFILE_KEY = 'score-caf:profil';
const ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,79}$/;

/** A profile from a link or storage: an object of valid ids to numbers, strings, booleans or null; else undefined. */
export function readProfile(raw: unknown): Record<string, FeatureValue> | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const out: [string, FeatureValue][] = [];
  const entries = Object.entries(raw);
  if (entries.length > 500) return undefined;
  for (const [id, v] of entries) {
    if (!ID.test(id)) return undefined;
    const ok =
      v === null ||
      typeof v === 'boolean' ||
      (typeof v === 'string' && v.length <= 200) ||
      (typeof v === 'number' && Number.isFinite(v));
    if (!ok) return undefined;
    out.push([id, v as FeatureValue]);
  }
  // fromEntries defines own properties: a variable called `__proto__` keeps its value (an assignment
  // would set the object's prototype, or drop a number, and the next save would lose it).
  return Object.fromEntries(out);
}

export class ProfileStore {
  /** Only the values the user set (or a link or storage gave); the form fills the rest from the model's typical profile. */
  // Raw, replaced whole (set, reset): a deep proxy's snapshot assigns each key, which drops one called `__proto__`.
  values = $state.raw<Record<string, FeatureValue>>({});
  /** Something is under PROFILE_KEY (found at start or written since): unticking erases it. */
  #kept = false;

  /** `store` is read only when the user had asked to remember (Persistence.remembered). */
  constructor(store?: KeyValueStore) {
    if (!store) return;
    const read = readKey(PROFILE_KEY, store);
    if (read.kind !== 'json') return;
    this.#kept = true;
    this.values = readProfile(read.raw) ?? {};
  }

  set(id: string, value: FeatureValue): void {
    this.values = { ...this.values, [id]: value };
  }

  /** Back to the model's typical profile. */
  reset(): void {
    this.values = {};
  }

  snapshot(): Record<string, FeatureValue> {
    // Spread defines own properties (a `__proto__` key stays a value); every value is a primitive.
    return { ...this.values };
  }

  /**
   * Keeps the profile (writes allowed) or erases a kept one (unticked: not `remembered`; while the
   * user is asked which household to keep, nothing is written nor erased). Never throws.
   */
  sync(writing: boolean, remembered: boolean, store: KeyValueStore | undefined): void {
    if (!store) return;
    try {
      if (writing) {
        store.setItem(PROFILE_KEY, JSON.stringify(this.snapshot()));
        this.#kept = true;
      } else if (this.#kept && !remembered) {
        store.removeItem(PROFILE_KEY);
        this.#kept = false;
      }
    } catch {
      // A full or refused storage: the profile stays on the page, as the household does.
    }
  }
}

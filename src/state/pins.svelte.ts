// Households pinned side by side (workshops compare presets and their own), each with a name.
// A small list with its limit; the app state feeds it to the explorer and reads its cells back.

import type { Household } from '../household/household.ts';

/** Households side by side: six fit one projector screen and keep the explorer's refresh short. */
export const MAX_PINS = 6;

export interface Pin {
  name: string;
  household: Household;
}

export class Pins {
  list = $state<Pin[]>([]);

  get full(): boolean {
    return this.list.length >= MAX_PINS;
  }

  /** Adds a household under a name; false when the list is full (nothing is replaced). */
  add(name: string, household: Household): boolean {
    if (this.full) return false;
    this.list.push({ name, household });
    return true;
  }

  remove(index: number): void {
    if (index >= 0 && index < this.list.length) this.list.splice(index, 1);
  }

  /** Plain copies of the households, for the worker. */
  households(): Household[] {
    return $state.snapshot(this.list).map((p) => p.household);
  }
}

// The household being simulated and its named edits: exactly what the user typed (kept even when
// it does not validate), replaced whole by a preset, a link or a kept copy, or changed by one edit.

import { decodeHousehold } from '../formats/household.ts';
import type { Household } from '../household/household.ts';
import presets from '../presets/presets.json';
import {
  addChild,
  addPartner,
  setEarningsStopped,
  startEarningsHistory,
  stopEarningsHistory,
} from './household-edits.ts';

export type Preset = (typeof presets)[number];

export class HouseholdStore {
  value = $state<Household>() as Household;
  readonly presets: readonly Preset[] = presets;

  constructor(household: Household) {
    this.value = household;
  }

  /** A plain copy, as the engine and the storage receive it. */
  snapshot(): Household {
    return $state.snapshot(this.value) as Household;
  }

  /** A preset's household in the current household's month (undefined for an unknown id). */
  preset(id: string): { preset: Preset; household: Household } | undefined {
    const preset = this.presets.find((p) => p.id === id);
    if (!preset) return undefined;
    const month = this.value.month;
    return { preset, household: decodeHousehold({ ...preset.household, month }, month).household };
  }

  /** Every preset in the household's month, in order (the workshop deck's cards). */
  presetHouseholds(): Household[] {
    return this.presets.map((p) => this.preset(p.id)!.household);
  }

  /** Replaces the household by a preset, in the household's month. */
  applyPreset(id: string): void {
    const p = this.preset(id);
    if (p) this.value = p.household;
  }

  addPartner(): void {
    addPartner(this.value);
  }

  removePartner(): void {
    this.value.adults.splice(1);
  }

  addChild(): void {
    addChild(this.value);
  }

  removeChild(index: number): void {
    this.value.children.splice(index, 1);
  }

  startEarningsHistory(index: number): void {
    startEarningsHistory(this.value, index);
  }

  setEarningsStopped(index: number, on: boolean): void {
    setEarningsStopped(this.value, index, on);
  }

  stopEarningsHistory(index: number): void {
    stopEarningsHistory(this.value, index);
  }
}

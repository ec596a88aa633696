// The household being simulated and its named edits: exactly what the user typed (kept even when
// it does not validate), replaced whole by a preset, a link or a kept copy, or changed by one edit.

import { decodeHousehold } from '../formats/household.ts';
import type { Adult, BenefitsSource, Child, Household, NotClaimed, StopReason } from '../household/household.ts';
import presets from '../presets/presets.json';
import {
  addChild,
  addPartner,
  birthEdit,
  setEarningsStopped,
  startEarningsHistory,
  stopEarningsHistory,
} from './household-edits.ts';

export type Preset = (typeof presets)[number];
/** The fields of an adult set one by one (the earnings' history and their stop have their own edits). */
export type AdultFields = Partial<
  Pick<Adult, 'age' | 'birthMonth' | 'activity' | 'earnings' | 'otherIncome' | 'aah' | 'taxableIncomeN2'>
>;
/** The household's own yes/no and amount fields. */
export type SituationFields = Partial<
  Pick<Household, 'guardianship' | 'alimony' | 'priorityNeighbourhood' | 'pregnant' | 'otherParentMissing'>
>;

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

  // The form's field edits, one per thing it sets: a field names its edit, never a path into the proxy.

  setMonth(month: string): void {
    this.value.month = month;
  }

  setAdult(index: number, fields: AdultFields): void {
    const adult = this.value.adults[index];
    if (adult) Object.assign(adult, fields);
  }

  setChild(index: number, fields: Partial<Child>): void {
    const child = this.value.children[index];
    if (child) Object.assign(child, fields);
  }

  /** A birth month typed for adult or child `index` (see birthEdit: the age follows it). */
  setBirthMonth(who: 'adult' | 'child', index: number, value: string): void {
    const edit = birthEdit(value, this.value.month);
    if (who === 'adult') this.setAdult(index, edit);
    else this.setChild(index, edit);
  }

  /** Adult `index`'s earnings in the `month`-th month of the timeline (oldest first). */
  setEarnings(index: number, month: number, amount: number): void {
    const history = this.value.adults[index]?.earningsHistory;
    if (history && month >= 0 && month < history.length) history[month] = amount;
  }

  /** When and why adult `index`'s earnings stopped (set only while they are marked stopped). */
  setEarningsStop(index: number, fields: Partial<{ since: string; reason: StopReason }>): void {
    const stopped = this.value.adults[index]?.earningsStopped;
    if (stopped) Object.assign(stopped, fields);
  }

  setBenefitsSource(source: BenefitsSource): void {
    this.value.benefitsSource = source;
  }

  setNotClaimed(benefit: keyof NotClaimed, on: boolean): void {
    // The AAH's and the prime's flags are written only when true (household.ts, NotClaimed).
    if (!on && (benefit === 'aah' || benefit === 'primeNaissance')) delete this.value.notClaimed[benefit];
    else this.value.notClaimed[benefit] = on;
  }

  /** A declared benefit's monthly mean, €. */
  setBenefit(benefit: keyof Household['benefits'], amount: number): void {
    this.value.benefits[benefit] = amount;
  }

  setHousing(fields: Partial<Household['housing']>): void {
    Object.assign(this.value.housing, fields);
  }

  /** An adult's incapacity rate (undefined: not given, the typed AAH stands); the RSDAE only means something at 50–79 %. */
  setDisability(index: number, incapacity: number | undefined, rsdae?: boolean): void {
    const adult = this.value.adults[index];
    if (!adult) return;
    if (incapacity === undefined) delete adult.incapacity;
    else adult.incapacity = incapacity;
    if (incapacity !== undefined && incapacity >= 50 && incapacity < 80 && rsdae) adult.rsdae = true;
    else delete adult.rsdae;
  }

  /** The month a declared pregnancy's child is expected (`YYYY-MM`), or none. */
  setExpectedBirth(month: string | undefined): void {
    if (month) this.value.expectedBirthMonth = month;
    else delete this.value.expectedBirthMonth;
  }

  setSituation(fields: SituationFields): void {
    Object.assign(this.value, fields);
  }

  setHistory(fields: Partial<Household['history']>): void {
    Object.assign(this.value.history, fields);
  }
}

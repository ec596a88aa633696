// What the components read and call on the app, as it was before the state was split into stores:
// each name delegates to the store that owns it, so that panels need not know the stores.

import type { Evaluation, ExplorerCell, ExplorerView, Model } from '../engine/index.ts';
import type { Household } from '../household/household.ts';
import type { LazyModelEntry } from '../worker/binned-list.ts';
import type { HouseholdStore, Preset } from './household.svelte.ts';
import type { ImportResult, ModelsStore } from './models.svelte.ts';
import type { Persistence } from './persistence.svelte.ts';
import type { Pins } from './pins.svelte.ts';
import type { PinBoard } from './pin-board.svelte.ts';
import type { Results } from './results.svelte.ts';
import type { SavedChoice } from './startup.ts';

export abstract class AppSurface {
  abstract readonly hh: HouseholdStore;
  abstract readonly m: ModelsStore;
  abstract readonly results: Results;
  abstract readonly kept: Persistence;
  abstract readonly pinList: Pins;
  abstract readonly board: PinBoard;

  // The household and its named edits.
  /** Exactly what the user typed; kept even when it does not validate. */
  get household(): Household {
    return this.hh.value;
  }
  set household(h: Household) {
    this.hh.value = h;
  }
  get presets(): readonly Preset[] {
    return this.hh.presets;
  }
  applyPreset(id: string): void {
    this.hh.applyPreset(id);
  }
  addPartner(): void {
    this.hh.addPartner();
  }
  removePartner(): void {
    this.hh.removePartner();
  }
  addChild(): void {
    this.hh.addChild();
  }
  removeChild(index: number): void {
    this.hh.removeChild(index);
  }
  startEarningsHistory(index: number): void {
    this.hh.startEarningsHistory(index);
  }
  setEarningsStopped(index: number, on: boolean): void {
    this.hh.setEarningsStopped(index, on);
  }
  stopEarningsHistory(index: number): void {
    this.hh.stopEarningsHistory(index);
  }
  /** The pinned households (the list lives in `pinList`). */
  get pins() {
    return this.pinList.list;
  }
  // The pins as the panels use them (PinBoard).
  /** Each pinned household's cell and its comparison with the current household. */
  get pinned() {
    return this.board.pinned;
  }
  pin(name: string, household?: Household): void {
    this.board.pin(name, household);
  }
  pinPreset(id: string): void {
    this.board.pinPreset(id);
  }
  unpin(index: number): void {
    this.board.unpin(index);
  }
  evaluatePins(): Promise<(Evaluation | null)[]> {
    return this.board.evaluatePins();
  }
  presetCells(): Promise<{ preset: Preset; cell?: ExplorerCell }[]> {
    return this.board.presetCells();
  }

  // The models.
  get models(): Model[] {
    return this.m.list;
  }
  set models(list: Model[]) {
    this.m.list = list;
  }
  /** Shipped models listed but not loaded yet (the picker offers them; choosing one loads it). */
  get lazyModels(): readonly LazyModelEntry[] {
    return this.m.lazy;
  }
  get modelId(): string {
    return this.m.id;
  }
  set modelId(id: string) {
    this.m.id = id;
  }
  get model(): Model | undefined {
    return this.m.current;
  }
  /** Every weight is fixed: the score is one number, shown without waiting for the band. */
  get modelExact(): boolean {
    return this.m.exact;
  }
  get importing(): string | null {
    return this.m.importing;
  }
  get importResult(): ImportResult | null {
    return this.m.importResult;
  }
  importModel(file: File): Promise<void> {
    return this.m.importModel(file);
  }
  /** The expert's changes to the current model's weights (its edited copy is `<base>-modifie`). */
  get weights() {
    return this.m.weights;
  }
  /** The changes behind the edited model, as share links carry them. */
  get weightChanges() {
    return this.m.weights.changes;
  }

  // The engine's latest view.
  get evaluation(): Evaluation | null {
    return this.results.evaluation;
  }
  get explorer(): ExplorerView | null {
    return this.results.explorer;
  }
  get explorerStale(): boolean {
    return this.results.explorerStale;
  }
  get otherModels(): ExplorerCell[] {
    return this.results.otherModels;
  }
  get sweeps(): ExplorerView['sweeps'] {
    return this.results.sweeps;
  }
  get change() {
    return this.results.change;
  }
  get pending(): boolean {
    return this.results.pending;
  }
  /** The band of the current household for the current model (index 0 of the explorer's households). */
  get band(): ExplorerCell | undefined {
    return this.results.band;
  }

  // What is kept on this device.
  get remembered(): boolean {
    return this.kept.remembered;
  }
  get storage(): 'available' | 'unavailable' {
    return this.kept.storage;
  }
  get savedChoice(): SavedChoice | null {
    return this.kept.savedChoice;
  }
  get saveFailed(): boolean {
    return this.kept.saveFailed;
  }
  get savedModelsUnreadable(): boolean {
    return this.kept.savedModelsUnreadable;
  }
  setRemembered(on: boolean): void {
    this.kept.setRemembered(on);
  }
  discardSaved(): void {
    this.kept.discardSaved();
  }
}

// "Se souvenir…": whether the household and the models are kept in this browser, what was found
// there at start, the choice the user must make about it, and the writes that follow each change.
// Nothing is written while a choice is pending, nor over kept models that could not be read.

import type { Household } from '../household/household.ts';
import { erase, save, type KeyValueStore } from './remember.ts';
import { eraseModels, readSavedModels, saveModels, type SavedModels } from './remember-models.ts';
import type { SavedChoice, Startup } from './startup.ts';

export class Persistence {
  /** The user asked to keep the household in this browser (the only storage the app does). */
  remembered = $state(false);
  storage = $state<'available' | 'unavailable'>('available');
  /** A saved household the user must decide about; while it is there nothing is written. */
  savedChoice = $state<SavedChoice | null>(null);
  /** The browser refused the last write (storage full or disabled). */
  saveFailed = $state(false);
  /** Models kept by "Se souvenir…" could not be read or put back: said, and never overwritten. */
  savedModelsUnreadable = $state(false);
  /** Where it keeps things (tests pass their own; the page, localStorage). */
  readonly store: KeyValueStore | undefined;

  constructor(start?: Omit<Startup, 'household'>, store?: KeyValueStore) {
    if (start) this.adopt(start);
    this.store = store;
  }

  /** What the start found in storage (also when the page takes over a prerendered state). */
  adopt(start: Omit<Startup, 'household'>): void {
    this.remembered = start.remembered;
    this.storage = start.storage;
    this.savedChoice = start.savedChoice;
  }

  /** Writes are allowed: the user asked for them and has nothing left to decide. */
  get writing(): boolean {
    return this.remembered && !this.savedChoice;
  }

  /** The kept models, read once when the engine starts (none unless something was kept). */
  readModels(): SavedModels | undefined {
    const read = this.remembered || this.savedChoice ? readSavedModels(this.store) : { kind: 'none' as const };
    this.savedModelsUnreadable = read.kind === 'unreadable';
    return read.kind === 'ok' ? read.value : undefined;
  }

  /** Keeps the household, when writes are allowed. */
  keepHousehold(household: Household): void {
    if (this.writing) this.saveFailed = !save(household, this.store);
  }

  /** Keeps the models, when writes are allowed and the kept ones could be read. */
  keepModels(kept: SavedModels): void {
    if (this.writing && !this.savedModelsUnreadable) this.saveFailed = !saveModels(kept, this.store) || this.saveFailed;
  }

  /** A link opens another household over the remembered one: the user will be asked which to keep. */
  linkOver(current: Household): void {
    if (this.writing) this.savedChoice = { reason: 'link', problems: [], household: current };
  }

  /** Ticked: keep the current household from now on. Unticked: erase what is kept. */
  setRemembered(on: boolean): void {
    this.savedChoice = null;
    this.remembered = on;
    if (!on) this.#eraseAll();
  }

  /** Keeps the saved household; returns the one to open again (the one a link was opened over), if any. */
  keepSaved(): Household | undefined {
    const choice = this.savedChoice;
    if (!choice) return undefined;
    this.savedChoice = null;
    this.remembered = choice.reason !== 'unreadable';
    return choice.reason === 'link' ? choice.household : undefined;
  }

  /** Erases the saved household the user was asked about. */
  discardSaved(): void {
    this.#eraseAll();
    this.savedChoice = null;
    this.remembered = false;
  }

  #eraseAll(): void {
    erase(this.store);
    eraseModels(this.store);
    this.savedModelsUnreadable = false;
  }
}

// "Se souvenir…": whether the household and the models are kept in this browser, what was found
// there at start, the choice the user must make about it, and the writes that follow each change.
// Nothing is written while a choice is pending, nor over kept models that could not be read.

import type { Household } from '../household/household.ts';
import { erase, readSaved, save, STORAGE_KEY, type KeyValueStore } from './remember.ts';
import {
  eraseModels,
  MODELS_KEY,
  readSavedModels,
  saveModels,
  type NotKept,
  type SavedModels,
} from './remember-models.ts';
import type { SavedChoice, Startup } from './startup.ts';
import { baseIdOf } from './weights.ts';
import { DEFAULT_MODEL_ID } from '../worker/client.ts';

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
  /** Imported models this visit could not keep (too big for the browser's storage): named until the person has read it. */
  modelsNotKept = $state<NotKept[]>([]);
  /** Models an earlier visit could not keep, found at start: named until the person has read it, and kept named until then. */
  modelsLost = $state<NotKept[]>([]);
  /** What another tab of this browser did to what is kept: followed, erased, or other models the person must choose about. */
  otherTab = $state<'followed' | 'erased' | 'models' | null>(null);
  /** Files whose "not kept" the person has read in this visit: not named again. */
  #readNotKept = new Set<string>();
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
    this.modelsLost = read.kind === 'ok' ? (read.value.notKept ?? []) : [];
    return read.kind === 'ok' ? read.value : undefined;
  }

  /** Keeps the household, when writes are allowed. */
  keepHousehold(household: Household): void {
    if (this.writing) this.saveFailed = !save(household, this.store);
  }

  /**
   * Keeps the models, when writes are allowed, the kept ones could be read and no other tab wrote
   * others. Imported models the storage refuses are left out, largest first, and named: now, and
   * at the next start (a model that is not kept never vanishes without a word).
   */
  keepModels(kept: SavedModels): void {
    if (!this.writing || this.savedModelsUnreadable || this.otherTab === 'models') return;
    const lost = $state.snapshot(this.modelsLost) as NotKept[];
    const bySize = [...kept.imported].sort((a, b) => JSON.stringify(b.model).length - JSON.stringify(a.model).length);
    const dropped: NotKept[] = [];
    let value: SavedModels = lost.length ? { ...kept, notKept: lost } : kept;
    while (!saveModels(value, this.store)) {
      const next = bySize.shift();
      if (!next) {
        this.saveFailed = true;
        break;
      }
      const title = next.model.title as NotKept['title'] | undefined;
      dropped.push({ file: next.file, title: { fr: title?.fr ?? next.file, en: title?.en ?? next.file } });
      value = { ...value, imported: value.imported.filter((m) => m !== next), notKept: [...lost, ...dropped] };
      // The chosen model is not kept: the next start opens the default one, without its edited weights.
      if (next.model.id === baseIdOf(value.modelId))
        value = { ...value, modelId: DEFAULT_MODEL_ID, weights: undefined };
    }
    this.modelsNotKept = dropped.filter((d) => !this.#readNotKept.has(d.file));
  }

  /** The person read that some models were not kept: no longer named (those of an earlier visit are forgotten). */
  readNotKept(): void {
    for (const d of this.modelsNotKept) this.#readNotKept.add(d.file);
    this.modelsNotKept = [];
    this.modelsLost = [];
  }

  /**
   * Another tab wrote or erased `key` (null: it cleared everything). An erase holds here too; a
   * household written there is returned for this tab to follow, when this tab keeps one; other
   * models are not followed in place: the person is told and chooses (reload, or keep this tab's).
   */
  fromOtherTab(key: string | null, month: string): Household | undefined {
    if (key === null || key === STORAGE_KEY) {
      const saved = readSaved(month, this.store);
      if (saved.kind === 'none' || saved.kind === 'unavailable') {
        if (this.remembered || this.savedChoice) this.otherTab = 'erased';
        this.remembered = false;
        this.savedChoice = null;
        this.savedModelsUnreadable = false;
        return undefined;
      }
      if (saved.kind === 'unreadable') return undefined;
      // The choice offered is between this tab's household and the kept one: now the other tab's.
      if (this.savedChoice?.reason === 'link') this.savedChoice = { ...this.savedChoice, household: saved.household };
      if (!this.writing) return undefined;
      this.otherTab = 'followed';
      return saved.household;
    }
    if (key === MODELS_KEY && this.writing && readSavedModels(this.store).kind !== 'none') this.otherTab = 'models';
    return undefined;
  }

  /** After another tab wrote other models: this tab's are kept again (the next change writes them). */
  keepThisTabsModels(): void {
    this.otherTab = null;
  }

  /** A link opens another household over the remembered one: the user will be asked which to keep. */
  linkOver(current: Household): void {
    if (this.writing) this.savedChoice = { reason: 'link', problems: [], household: current };
  }

  /** Ticked: keep the current household from now on. Unticked: erase what is kept. */
  setRemembered(on: boolean): void {
    this.savedChoice = null;
    this.remembered = on;
    this.otherTab = null;
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
    this.modelsNotKept = [];
    this.modelsLost = [];
  }
}

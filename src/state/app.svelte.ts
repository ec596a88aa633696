// Shared application state as one class with runes, handed down through context. Data flows
// one way: the user edits `household`, the state sends a snapshot to the engine (`connect`), the
// reply lands in `evaluation`. Replies older than the latest request are dropped. Every change the
// interface makes to the household goes through a method here, so the components run no rule.

import { getContext, setContext, untrack } from 'svelte';
import type { Evaluation, ExplorerCell, ExplorerComparison, ExplorerView, Model } from '../engine/index.ts';
import { decodeHousehold } from '../household/decode.ts';
import type { Household } from '../household/household.ts';
import { timelineMonths } from '../household/timeline.ts';
import {
  addChild,
  addPartner,
  setEarningsStopped,
  startEarningsHistory,
  stopEarningsHistory,
} from './household-edits.ts';
import { allWeightsFixed } from './model-facts.ts';
import { SENSITIVITY_FIELDS, WhatIf } from './what-if.svelte.ts';
import { eraseModels, readSavedModels, saveModels } from './remember-models.ts';
import { keptModels, putBack } from './kept-models.svelte.ts';
import { changeBetween, sameView, shownOf, type Change, type Shown } from './change.ts';
import { problem, type Problem } from '../problems/index.ts';
import { DEFAULT_MODEL_ID, type Engine, type EngineMode, type EngineStatus } from '../worker/client.ts';
import { DICTS, type Lang } from '../i18n/index.ts';
import presets from '../presets/presets.json';
import { withModel } from './model-list.ts';
import { erase, save, type KeyValueStore } from './remember.ts';
import type { SavedChoice, Startup } from './startup.ts';
import { buildFragment, type UrlState } from './url.ts';
import { baseIdOf, isEdited, type WeightRef } from './weights.ts';
import { Pins } from './pins.svelte.ts';
import { WeightEditor, type WeightHost } from './weight-editor.svelte.ts';

export { MAX_PINS } from './pins.svelte.ts';
export type Preset = (typeof presets)[number];

export class AppState {
  lang = $state<Lang>('fr');
  embed = $state(false);
  /** Exactly what the user typed; kept even when it does not validate. */
  household = $state<Household>() as Household;
  modelId = $state(DEFAULT_MODEL_ID);
  /** Raw, not deeply reactive: models are replaced, never changed in place, and may have 100,000 variables. */
  models = $state.raw<Model[]>([]);
  evaluation = $state<Evaluation | null>(null);
  /** What holds whatever the free weights: bands and verdicts for the household and the pinned ones. */
  explorer = $state<ExplorerView | null>(null);
  /**
   * True from the moment a new score is on screen until the explorer's ranges for it arrive: the
   * ranges shown meanwhile are the previous household's, and the page must say they are updating.
   */
  explorerStale = $state(false);
  /** Households pinned side by side (up to MAX_PINS), each with a name. */
  readonly pinList = new Pins();
  /** The expert's changes to the current model's weights (its edited copy is `<base>-modifie`). */
  readonly weights: WeightEditor = new WeightEditor(this.#weightHost());
  /** The current household under every other model on the device (the side-by-side view). */
  otherModels = $state<ExplorerCell[]>([]);
  /** The current household's sensitivity curves (score band as each field moves), for the current model. */
  sweeps = $state<ExplorerView['sweeps']>([]);
  /** The sensitivity panel is open: refreshes draw its curves. */
  sensitivityOpen = $state(false);
  /** "Avant → après": what the last edit of the household or of a weight changed (null before any edit). */
  change = $state<Change | null>(null);
  #shown: Shown | undefined;
  /** "What would change it", asked on request for the current household and model. */
  readonly whatIf = new WhatIf();
  pending = $state(false);
  engineMode = $state<EngineMode | 'starting'>('starting');
  /** The last thing that happened to the engine (lost, replaced, moved into the page), for the page to say. */
  engineStatus = $state<EngineStatus | null>(null);
  importResult = $state<{ ok: boolean; file: string; problems: Problem[]; warnings: Problem[] } | null>(null);
  linkProblems = $state<Problem[]>([]);
  /** The user asked to keep the household in this browser (the only storage the app does). */
  remembered = $state(false);
  storage = $state<'available' | 'unavailable'>('available');
  /** A saved household the user must decide about; while it is there nothing is written. */
  savedChoice = $state<SavedChoice | null>(null);
  /** The browser refused the last write (storage full or disabled). */
  saveFailed = $state(false);

  /** The pinned households (the list lives in `pinList`). */
  get pins() {
    return this.pinList.list;
  }
  /** The changes behind the edited model, as share links carry them. */
  get weightChanges() {
    return this.weights.changes;
  }

  t = $derived(DICTS[this.lang]);
  /** The band of the current household for the current model (index 0 of the explorer's households). */
  band = $derived<ExplorerCell | undefined>(
    this.explorer?.cells.find((c) => c.household === 0 && c.model === this.modelId),
  );
  /** Each pinned household's cell and its comparison with the current household. */
  pinned = $derived(
    this.pins.map((p, i) => ({
      ...p,
      cell: this.explorer?.cells.find((c) => c.household === i + 1 && c.model === this.modelId),
      comparison: this.explorer?.comparisons.find(
        (c): c is ExplorerComparison => c.a === 0 && c.b === i + 1 && c.model === this.modelId,
      ),
    })),
  );
  model = $derived(this.models.find((m) => m.id === this.modelId));
  /** The current household's cell under each model, the current one included. */
  modelCells = $derived<ExplorerCell[]>([...(this.band ? [this.band] : []), ...this.otherModels]);
  /** Every weight is fixed: the score is one number, shown without waiting for the band. */
  modelExact = $derived(allWeightsFixed(this.model));
  /** The months of the earnings timeline, oldest first, ending with the household's month. */
  timelineMonths = $derived(timelineMonths(this.household.month));
  readonly presets: readonly Preset[] = presets;

  #engine: Engine | undefined;
  #lastRequest = 0;
  #pendingWeights: UrlState['weights'];
  /** A link chose the model: it wins over the one "Se souvenir…" kept. */
  #linkModel = false;
  /** The kept models are back (or there were none): from then on, changes are kept. */
  #modelsOpen = $state(false);
  /** Models kept by "Se souvenir…" could not be read or put back: said, and never overwritten. */
  savedModelsUnreadable = $state(false);
  /** Bumped when a model is (re)loaded under an id already shown, so that the score follows. */
  #modelRevision = $state(0);
  readonly #store: KeyValueStore | undefined;

  /** `store`: where "Se souvenir…" keeps the household (tests pass their own; the page, localStorage). */
  constructor(start: Household | Startup, store?: KeyValueStore) {
    if ('household' in start) {
      this.household = start.household;
      this.remembered = start.remembered;
      this.storage = start.storage;
      this.savedChoice = start.savedChoice;
    } else this.household = start;
    this.#store = store;
  }

  /**
   * Attaches the engine and keeps it fed: every change of the household or the model sends one
   * request with a fresh snapshot; the saved copy follows when the user asked for one. Returns
   * the function that stops it.
   */
  connect(engine: Engine): () => void {
    this.#engine = engine;
    this.models = engine.models;
    this.engineMode = engine.mode;
    this.#openModels(engine);
    engine.onStatus((s) => (this.engineStatus = s));
    engine.onRestart(() => {
      this.engineMode = engine.mode;
      void this.refresh();
    });
    return $effect.root(() => {
      $effect(() => {
        const household = $state.snapshot(this.household);
        const modelId = this.modelId;
        void this.#modelRevision;
        void this.pinList.list.length;
        untrack(() => {
          this.whatIf.clear();
          void this.refresh(household, modelId);
        });
      });
      $effect(() => {
        if (!this.remembered || this.savedChoice || this.savedModelsUnreadable || !this.#modelsOpen) return;
        const kept = keptModels(this.models, this.modelId, this.weightChanges);
        untrack(() => (this.saveFailed = !saveModels(kept, this.#store) || this.saveFailed));
      });
      $effect(() => {
        if (!this.remembered || this.savedChoice) return;
        const household = $state.snapshot(this.household);
        untrack(() => (this.saveFailed = !save(household, this.#store)));
      });
    });
  }

  /**
   * The models of this device first (those "Se souvenir…" kept), then a link's edited weights, then
   * the check that the chosen model exists: a link made with an imported model says it is missing.
   * Synchronous when there is nothing to put back, so that the first score is the right model's.
   */
  #openModels(engine: Engine): void {
    const link = this.#pendingWeights;
    this.#pendingWeights = undefined;
    const read = this.remembered || this.savedChoice ? readSavedModels(this.#store) : { kind: 'none' as const };
    this.savedModelsUnreadable = read.kind === 'unreadable';
    const saved = read.kind === 'ok' ? read.value : undefined;
    if (saved && !this.#linkModel && !saved.imported.length && !saved.weights) this.modelId = saved.modelId;
    if (!link && !saved?.imported.length && !(saved?.weights && !this.#linkModel)) {
      this.#checkModel();
      this.#modelsOpen = true;
      return;
    }
    void putBack(engine, this.#weightHost(), this.weights, { saved, link, linkChoseModel: this.#linkModel }).then(
      (ok) => {
        if (!ok) this.savedModelsUnreadable = true;
        this.#checkModel();
        this.#modelsOpen = true;
      },
    );
  }

  /** A link may name a model this device does not have (an imported one): say so, open the default. */
  #checkModel(): void {
    if (this.models.some((m) => m.id === this.modelId)) return;
    if (this.modelId !== DEFAULT_MODEL_ID)
      this.linkProblems = [
        ...this.linkProblems,
        problem('warning', 'model', 'link.unknownModel', { id: this.modelId }),
      ];
    this.modelId = DEFAULT_MODEL_ID;
  }

  /**
   * Opens what a link carries (at start, or when another link is pasted into the same tab). A
   * remembered household is not overwritten by a link's: the user is asked which to keep.
   */
  openLink(url: UrlState): void {
    if (url.lang) this.lang = url.lang;
    this.embed = url.embed;
    this.linkProblems = url.problems;
    if (url.weights) {
      if (this.#engine) void this.weights.apply(url.weights.base, url.weights.changes);
      else this.#pendingWeights = url.weights;
    }
    if (url.model) {
      this.#linkModel = true;
      this.modelId = url.model;
      if (this.#engine && !url.weights) this.#checkModel();
    }
    if (url.household) {
      if (this.remembered && !this.savedChoice)
        this.savedChoice = { reason: 'link', problems: [], household: $state.snapshot(this.household) };
      this.household = url.household;
    }
  }

  /** The engine, for views that ask it their own questions (the population view); set once connected. */
  get engine(): Engine | undefined {
    return this.#engine;
  }

  /** Sends the household to the engine; only the reply to the latest request is kept. */
  async refresh(household: Household = $state.snapshot(this.household), modelId = this.modelId): Promise<void> {
    const engine = this.#engine;
    if (!engine) return;
    const id = ++this.#lastRequest;
    this.pending = true;
    try {
      const reply = await engine.api.evaluate({ id, modelId, household });
      if (reply.id !== this.#lastRequest) return;
      if (!this.evaluation) performance.mark('app:first-evaluation');
      this.evaluation = reply.evaluation;
      if (!reply.evaluation.ok) {
        this.explorerStale = false;
        return void (this.explorer = null);
      }
      this.explorerStale = true;
      // The score is on screen: the page is no longer busy while the explorer draws its bands.
      this.pending = false;
      const pins = this.pinList.households();
      // The current model for the household and the pinned ones first (the headline's band), then
      // the other models for the household alone (side by side), then the curves if their panel is open.
      const view = await engine.api.explore({
        id,
        modelIds: [modelId],
        households: [household, ...pins],
        sweepFields: [],
      });
      if (view.id !== this.#lastRequest) return;
      this.explorer = view.answer.ok ? view.answer.value : null;
      this.explorerStale = false;
      this.#noteShown();
      const others = this.models.filter((m) => m.id !== modelId && m.kind === 'model').map((m) => m.id);
      const side = others.length
        ? await engine.api.explore({ id, modelIds: others, households: [household], sweepFields: [], pairs: [] })
        : undefined;
      if (side && side.id !== this.#lastRequest) return;
      this.otherModels = side?.answer.ok ? side.answer.value.cells : [];
      if (this.sensitivityOpen) await this.#curves(id, household, modelId);
      else this.sweeps = [];
    } catch (e) {
      // Never leave the last good score on screen as if it were current.
      if (id === this.#lastRequest) this.explorerStale = false;
      if (id === this.#lastRequest)
        this.evaluation = {
          ok: false,
          errors: [problem('error', '', 'engine.failed', { detail: e instanceof Error ? e.message : 'unknown' })],
          warnings: [],
        };
    } finally {
      if (id === this.#lastRequest) this.pending = false;
    }
  }

  /** The curves are drawn only while their panel is open: each costs a hundred scorings of the law. */
  showSensitivity(open: boolean): void {
    this.sensitivityOpen = open;
    if (open) void this.#curves(this.#lastRequest);
  }

  async #curves(id: number, household = $state.snapshot(this.household), modelId = this.modelId): Promise<void> {
    const engine = this.#engine;
    if (!engine || !this.evaluation?.ok) return;
    const curves = await engine.api.explore({
      id,
      modelIds: [modelId],
      households: [household],
      pairs: [],
      sweepFields: SENSITIVITY_FIELDS,
    });
    if (curves.id === this.#lastRequest) this.sweeps = curves.answer.ok ? curves.answer.value.sweeps : [];
  }

  askWhatIf(): Promise<void> {
    return this.whatIf.ask(this.#engine, this.modelId, $state.snapshot(this.household));
  }

  /** Keeps the view now shown; when it differs from the last one for the same model, that is the edit's change. */
  /**
   * A score and its ranges computed outside `refresh` (the build's prerender, the page's first-paint
   * scoring): shown like refresh's, and noted, so that the next edit says "avant → après" from it.
   */
  showScored(evaluation: Evaluation | null, explorer: ExplorerView | null): void {
    this.evaluation = evaluation;
    this.explorer = explorer;
    this.explorerStale = false;
    this.#noteShown();
  }

  #noteShown(): void {
    const cell = this.band;
    if (!cell) return void ((this.#shown = undefined), (this.change = null));
    const now = shownOf(cell);
    const last = this.#shown;
    if (last && sameView(last, now)) return;
    this.#shown = now;
    this.change = last ? changeBetween(last, now) : null;
  }

  /** The file being read and checked by the engine, while it is (the page says so past 100 ms). */
  importing = $state<string | null>(null);

  async importModel(file: File): Promise<void> {
    if (!this.#engine) return;
    this.importing = file.name;
    // The bytes, not file.text(): that would read a UTF-16 or Windows-1252 file as UTF-8.
    let r: Awaited<ReturnType<Engine['api']['loadModel']>>;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      r = await this.#engine.api.loadModel(bytes, file.name);
    } catch (e) {
      // The file could not be read, or the engine was lost during the import: say so, keep the rest.
      const detail = e instanceof Error ? e.message : 'unknown';
      r = { ok: false, errors: [problem('error', '', 'engine.importFailed', { detail })], warnings: [] };
    } finally {
      this.importing = null;
    }
    if (r.ok) {
      this.models = withModel(this.models, r.model);
      this.modelId = r.model.id;
      this.#modelRevision++;
      this.importResult = { ok: true, file: file.name, problems: [], warnings: r.warnings };
    } else this.importResult = { ok: false, file: file.name, problems: r.errors, warnings: r.warnings };
  }

  /** Ticked: keep the current household from now on. Unticked: erase what is kept. */
  setRemembered(on: boolean): void {
    this.savedChoice = null;
    this.remembered = on;
    if (!on) {
      erase(this.#store);
      eraseModels(this.#store);
      this.savedModelsUnreadable = false;
    }
  }

  /** Keeps the saved household: the part that could be read, or the one a link was opened over. */
  keepSaved(): void {
    const choice = this.savedChoice;
    if (!choice) return;
    if (choice.reason === 'link' && choice.household) this.household = choice.household;
    this.savedChoice = null;
    this.remembered = choice.reason !== 'unreadable';
  }

  /** Erases the saved household the user was asked about. */
  discardSaved(): void {
    erase(this.#store);
    eraseModels(this.#store);
    this.savedModelsUnreadable = false;
    this.savedChoice = null;
    this.remembered = false;
  }

  /** Pins the current household (or a preset) beside the others, under a name. */
  pin(name: string, household: Household = $state.snapshot(this.household)): void {
    this.pinList.add(name, household);
  }

  pinPreset(id: string): void {
    const preset = this.presets.find((p) => p.id === id);
    if (!preset) return;
    const month = this.household.month;
    this.pin(preset.label[this.lang], decodeHousehold({ ...preset.household, month }, month).household);
  }

  unpin(index: number): void {
    this.pinList.remove(index);
  }

  /** Each pinned household evaluated with the current model: the printed handouts' reasons and rights. */
  async evaluatePins(): Promise<(Evaluation | null)[]> {
    const engine = this.#engine;
    if (!engine) return [];
    const modelId = this.modelId;
    const pins = $state.snapshot(this.pins);
    return Promise.all(
      pins.map(async (p) => (await engine.api.evaluate({ id: 0, modelId, household: p.household })).evaluation),
    );
  }

  /** The workshop deck's cards: each preset at the household's month, with its band for the current model. */
  async presetCells(): Promise<{ preset: Preset; cell?: ExplorerCell }[]> {
    const month = this.household.month;
    const households = this.presets.map((p) => decodeHousehold({ ...p.household, month }, month).household);
    const view = await this.#engine?.api.explore({ id: 0, modelIds: [this.modelId], households, sweepFields: [] });
    const cells = view?.answer.ok ? view.answer.value.cells : [];
    return this.presets.map((preset, i) => ({ preset, cell: cells.find((c) => c.household === i) }));
  }

  /** The model the current one was edited from (itself when not edited). */
  get baseModel(): Model | undefined {
    return this.weights.base;
  }

  /** Sets one weight of the current model to `value` (× 2, × 0 or a typed number), in its edited copy. */
  setWeight(ref: WeightRef, value: number): Promise<void> {
    return this.weights.set(ref, value);
  }

  /** Back to the file's value for one weight, or for all of them. */
  resetWeights(ref?: WeightRef): Promise<void> {
    return this.weights.reset(ref);
  }

  /** The weight editor's view of the app (getters: it always sees the current engine and models). */
  #weightHost(): WeightHost {
    const app = this;
    return {
      get engine() {
        return app.#engine;
      },
      get models() {
        return app.models;
      },
      set models(m) {
        app.models = m;
      },
      get modelId() {
        return app.modelId;
      },
      set modelId(id) {
        app.modelId = id;
      },
      get editedNote() {
        return app.t.editedSource;
      },
      warn: (p) => (app.linkProblems = [...app.linkProblems, p]),
      failed: (file, problems, warnings) => (app.importResult = { ok: false, file, problems, warnings }),
      revised: () => app.#modelRevision++,
    };
  }

  /** Replaces the household by a preset, in the household's month. */
  applyPreset(id: string): void {
    const preset = this.presets.find((p) => p.id === id);
    if (!preset) return;
    const month = this.household.month;
    this.household = decodeHousehold({ ...preset.household, month }, month).household;
  }

  addPartner(): void {
    addPartner(this.household);
  }

  removePartner(): void {
    this.household.adults.splice(1);
  }

  addChild(): void {
    addChild(this.household);
  }

  removeChild(index: number): void {
    this.household.children.splice(index, 1);
  }

  startEarningsHistory(index: number): void {
    startEarningsHistory(this.household, index);
  }

  setEarningsStopped(index: number, on: boolean): void {
    setEarningsStopped(this.household, index, on);
  }

  stopEarningsHistory(index: number): void {
    stopEarningsHistory(this.household, index);
  }

  shareFragment(): string {
    return buildFragment({
      lang: this.lang,
      model: this.modelId,
      embed: this.embed,
      household: $state.snapshot(this.household),
      ...(isEdited({ id: this.modelId })
        ? { weights: { base: baseIdOf(this.modelId), changes: $state.snapshot(this.weightChanges) } }
        : {}),
    });
  }
}

const KEY = Symbol('app');
export const setApp = (app: AppState) => setContext(KEY, app);
export const useApp = () => getContext<AppState>(KEY);

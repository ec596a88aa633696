// Shared application state as one class with runes, handed down through context. Data flows
// one way: the user edits `household`, the state sends a snapshot to the engine (`connect`), the
// reply lands in `evaluation`. Replies older than the latest request are dropped. Every change the
// interface makes to the household goes through a method here, so the components run no rule.

import { getContext, setContext, untrack } from 'svelte';
import type { Evaluation, ExplorerCell, ExplorerComparison, ExplorerView, Model } from '../engine/index.ts';
import { decodeHousehold } from '../household/decode.ts';
import { emptyAdult, type Household } from '../household/household.ts';
import { earningsTimeline, timelineMonths } from '../household/timeline.ts';
import { problem, type Problem } from '../problems/index.ts';
import { DEFAULT_MODEL_ID, type Engine, type EngineMode, type EngineStatus } from '../worker/client.ts';
import { DICTS, type Lang } from '../i18n/index.ts';
import presets from '../presets/presets.json';
import { erase, save, type KeyValueStore } from './remember.ts';
import type { SavedChoice, Startup } from './startup.ts';
import { buildFragment, type UrlState } from './url.ts';
import { baseIdOf, editedModel, isEdited, weightOf, type WeightChange, type WeightRef } from './weights.ts';

export type Preset = (typeof presets)[number];

/** Households side by side: six fit one projector screen and keep the explorer's refresh short. */
export const MAX_PINS = 6;

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
  /** The expert's changes to the current model's weights (its edited copy is `<base>-modifie`). */
  weightChanges = $state<WeightChange[]>([]);
  /** Households pinned side by side (up to MAX_PINS), each with a name. */
  pins = $state<{ name: string; household: Household }[]>([]);
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
  /**
   * Every weight of the model is fixed (published or reported): its score is one number, shown as
   * soon as the evaluation arrives, without waiting for the explorer's band.
   */
  modelExact = $derived.by(() => {
    const m = this.model;
    if (!m || m.kind !== 'model') return false;
    const fixed = (n: { status: string } | undefined) => !n || n.status === 'published' || n.status === 'reported';
    return (
      fixed(m.intercept) &&
      m.variables.every((v) =>
        v.type === 'categorical'
          ? v.levels.every((l) => fixed(l.coefficient))
          : v.type === 'numeric' && v.encoding === 'bins'
            ? v.bins.every((b) => fixed(b.coefficient))
            : v.type === 'unknown' || fixed(v.coefficient),
      )
    );
  });
  /** The months of the earnings timeline, oldest first, ending with the household's month. */
  timelineMonths = $derived(timelineMonths(this.household.month));
  readonly presets: readonly Preset[] = presets;

  #engine: Engine | undefined;
  #lastRequest = 0;
  #pendingWeights: UrlState['weights'];
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
    // Edited weights from a link: rebuild the edited model before checking that the link's model exists.
    if (this.#pendingWeights) {
      const { base, changes } = this.#pendingWeights;
      this.#pendingWeights = undefined;
      const target = this.modelId;
      void this.#applyWeights(base, changes).then((ok) => {
        if (ok) this.modelId = target;
      });
    }
    this.#checkModel();
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
        void this.pins.length;
        untrack(() => void this.refresh(household, modelId));
      });
      $effect(() => {
        if (!this.remembered || this.savedChoice) return;
        const household = $state.snapshot(this.household);
        untrack(() => (this.saveFailed = !save(household, this.#store)));
      });
    });
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
      if (this.#engine) void this.#applyWeights(url.weights.base, url.weights.changes);
      else this.#pendingWeights = url.weights;
    }
    if (url.model) {
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
      if (!reply.evaluation.ok) return void (this.explorer = null);
      // The score is on screen: the page is no longer busy while the explorer draws its bands.
      this.pending = false;
      const pins = $state.snapshot(this.pins).map((p) => p.household);
      const view = await engine.api.explore({
        id,
        modelIds: [modelId],
        households: [household, ...pins],
        sweepFields: [],
      });
      if (view.id !== this.#lastRequest) return;
      this.explorer = view.answer.ok ? view.answer.value : null;
    } catch (e) {
      // Never leave the last good score on screen as if it were current.
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
      this.models = await this.#engine.api.listModels();
      this.modelId = r.model.id;
      this.#modelRevision++;
      this.importResult = { ok: true, file: file.name, problems: [], warnings: r.warnings };
    } else this.importResult = { ok: false, file: file.name, problems: r.errors, warnings: r.warnings };
  }

  /** Ticked: keep the current household from now on. Unticked: erase what is kept. */
  setRemembered(on: boolean): void {
    this.savedChoice = null;
    this.remembered = on;
    if (!on) erase(this.#store);
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
    this.savedChoice = null;
    this.remembered = false;
  }

  /** Pins the current household (or a preset) beside the others, under a name. */
  pin(name: string, household: Household = $state.snapshot(this.household)): void {
    if (this.pins.length >= MAX_PINS) return;
    this.pins.push({ name, household });
  }

  pinPreset(id: string): void {
    const preset = this.presets.find((p) => p.id === id);
    if (!preset) return;
    const month = this.household.month;
    this.pin(preset.label[this.lang], decodeHousehold({ ...preset.household, month }, month).household);
  }

  unpin(index: number): void {
    this.pins.splice(index, 1);
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
    return this.models.find((m) => m.id === baseIdOf(this.modelId));
  }

  /** Sets one weight of the current model to `value` (× 2, × 0 or a typed number), in its edited copy. */
  async setWeight(ref: WeightRef, value: number): Promise<void> {
    const base = this.baseModel;
    if (!base || !Number.isFinite(value)) return;
    const same = (c: WeightRef) => c.variable === ref.variable && c.part === ref.part;
    const original = weightOf(base, ref)?.value;
    const rest = (isEdited({ id: this.modelId }) ? this.weightChanges : []).filter((c) => !same(c));
    await this.#applyWeights(base.id, value === original ? rest : [...rest, { ...ref, value }]);
  }

  /** Back to the file's value for one weight, or for all of them. */
  async resetWeights(ref?: WeightRef): Promise<void> {
    const base = this.baseModel;
    if (!base) return;
    if (!ref) return this.#applyWeights(base.id, []).then(() => undefined);
    const original = weightOf(base, ref)?.value;
    if (original !== undefined) await this.setWeight(ref, original);
  }

  async #applyWeights(baseId: string, changes: WeightChange[]): Promise<boolean> {
    const engine = this.#engine;
    const base = this.models.find((m) => m.id === baseId);
    if (!engine || !base) {
      this.linkProblems = [...this.linkProblems, problem('warning', 'poids', 'link.unknownModel', { id: baseId })];
      return false;
    }
    if (!changes.length) {
      this.weightChanges = [];
      this.modelId = base.id;
      return true;
    }
    // Plain copies: a rune proxy can be neither cloned nor posted to the worker.
    const plain = $state.snapshot(base) as Model;
    changes = $state.snapshot(changes) as WeightChange[];
    const r = await engine.api.putModel(editedModel(plain, changes, this.t.editedSource), base.id);
    if (!r.ok) {
      this.importResult = { ok: false, file: base.id, problems: r.errors, warnings: r.warnings };
      return false;
    }
    this.models = await engine.api.listModels();
    this.weightChanges = changes;
    this.modelId = r.model.id;
    this.#modelRevision++;
    return true;
  }

  /** Replaces the household by a preset, in the household's month. */
  applyPreset(id: string): void {
    const preset = this.presets.find((p) => p.id === id);
    if (!preset) return;
    const month = this.household.month;
    this.household = decodeHousehold({ ...preset.household, month }, month).household;
  }

  addPartner(): void {
    if (this.household.adults.length < 2)
      this.household.adults.push({ ...emptyAdult(), earnings: 0, activity: 'inactif' });
  }

  removePartner(): void {
    this.household.adults.splice(1);
  }

  addChild(): void {
    this.household.children.push({ age: 6, activity: 'scolaire' });
  }

  removeChild(index: number): void {
    this.household.children.splice(index, 1);
  }

  /** Switches an adult to month-by-month earnings, starting from what the shortcut fields say. */
  startEarningsHistory(index: number): void {
    const adult = this.household.adults[index];
    if (adult)
      adult.earningsHistory = earningsTimeline(adult, this.household.month, this.household.history.monthsWorked12);
  }

  /** Earnings that stopped for good, by default since this month and at the end of a contract. */
  setEarningsStopped(index: number, on: boolean): void {
    const adult = this.household.adults[index];
    if (!adult) return;
    if (on) adult.earningsStopped = { since: this.household.month, reason: 'endOfContract' };
    else delete adult.earningsStopped;
  }

  stopEarningsHistory(index: number): void {
    const adult = this.household.adults[index];
    if (adult) delete adult.earningsHistory;
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

// The application state handed down through context: a composition root over small stores (the
// household, the models, the pins, the engine's latest view, what is kept on the device). Data flows
// one way: the user edits the household, one `view` request goes to the engine (`connect`), its reply
// lands in `results`. Every change the interface makes goes through a method, so the components run no rule.

import { getContext, setContext, untrack } from 'svelte';
import type { Evaluation, ExplorerCell, ExplorerView, Model } from '../engine/index.ts';
import type { Household } from '../household/household.ts';
import { timelineMonths } from '../household/timeline.ts';
import { SENSITIVITY_FIELDS, WhatIf } from './what-if.svelte.ts';
import { keepInStorage } from './kept-models.svelte.ts';
import type { Problem } from '../problems/index.ts';
import type { Engine, EngineMode, EngineStatus } from '../worker/client.ts';
import { DICTS, type Lang } from '../i18n/index.ts';
import type { KeyValueStore } from './remember.ts';
import type { Startup } from './startup.ts';
import { buildFragment, type UrlState } from './url.ts';
import { baseIdOf, isEdited, type WeightRef } from './weights.ts';
import { Pins } from './pins.svelte.ts';
import { PinBoard } from './pin-board.svelte.ts';
import { ClassSet } from './class-set.svelte.ts';
import { HouseholdStore, type Preset } from './household.svelte.ts';
import { ModelsStore } from './models.svelte.ts';
import { inputOf, Results, type Timers } from './results.svelte.ts';
import { Persistence } from './persistence.svelte.ts';
import { Knowledge } from './knowledge.svelte.ts';
import { EffectsStore } from './effects.svelte.ts';
import { AppSurface } from './app-surface.ts';
import { Recalibration } from './recalibration.svelte.ts';
import type { SingleParentReading } from '../engine/calibration/targets.ts';
import { populationUrl } from './module-urls.ts';
import { ProfileStore } from './profile.svelte.ts';
import { ApplicationStore, askOnProfileEdit, isFeatureModel } from './application.svelte.ts';

export { MAX_PINS } from './pins.svelte.ts';
/** The field of the explanation's earnings curve (its band comes with every view). */
export const EARNINGS_FIELD = 'adults[0].earnings';
export type { Preset };

export class AppState extends AppSurface {
  lang = $state<Lang>('fr');
  embed = $state(false);
  linkProblems = $state<Problem[]>([]);
  engineMode = $state<EngineMode | 'starting'>('starting');
  /** The last thing that happened to the engine (lost, replaced, moved into the page), for the page to say. */
  engineStatus = $state<EngineStatus | null>(null);
  /** The sensitivity panel is open: each view request asks for its curves. */
  sensitivityOpen = $state(false);
  readonly hh: HouseholdStore;
  /** Households pinned side by side (up to MAX_PINS), each with a name. */
  readonly pinList = new Pins();
  /** The pins as the panels use them: their cells, pinning and unpinning, the workshop's questions. */
  readonly board: PinBoard;
  /** A class's households (up to MAX_CLASS), each named: one axis, one deck card and one handout each. */
  readonly classSet = new ClassSet();
  readonly m: ModelsStore;
  readonly results: Results;
  readonly kept: Persistence;
  /** The form's profile for models whose variables are not household facts (Amsterdam). */
  readonly profile: ProfileStore;
  /** The worker's answer for that profile: score, terms, the other version, the facts. */
  readonly application = new ApplicationStore();
  /** "What would change it", asked on request for the current household and model. */
  readonly whatIf = new WhatIf();
  /** Directions only, or directions and the published figures: which ensemble every "controlled" answer reads. */
  readonly knowledge = new Knowledge();
  /** Each variable's range of effect over the calibrated ensemble, for the explanation. */
  readonly effects = new EffectsStore();
  /** A calibration of the current model in the worker (other targets, or an imported model), with progress. */
  readonly recalibration = new Recalibration();
  /** Where the worker reads the synthetic population from (tests give their own module). */
  populationModule: () => string = populationUrl;

  t = $derived(DICTS[this.lang]);
  /** The current household's cell under each model, the current one included. */
  modelCells = $derived<ExplorerCell[]>([...(this.band ? [this.band] : []), ...this.otherModels]);
  /** The months of the earnings timeline, oldest first, ending with the household's month. */
  timelineMonths = $derived(timelineMonths(this.household.month));

  /** `store`: where "Se souvenir…" keeps the household (tests pass their own; the page, localStorage). */
  constructor(start: Household | Startup, store?: KeyValueStore, options: { timers?: Timers } = {}) {
    super();
    const app = this;
    this.results = new Results(() => this.m.id, options.timers);
    this.m = new ModelsStore({
      get editedNote() {
        return app.t.editedSource;
      },
      warn: (p) => {
        app.linkProblems = [...app.linkProblems, p];
      },
    });
    const startup = 'household' in start ? start : undefined;
    this.hh = new HouseholdStore(startup ? startup.household : (start as Household));
    this.kept = new Persistence(startup, store);
    const { pinList: list, hh, m, results } = this;
    this.board = new PinBoard({ list, hh, m, results, lang: () => this.lang });
    this.profile = new ProfileStore(this.kept.remembered ? store : undefined);
  }

  /**
   * Attaches the engine and keeps it fed: every change of the household, the model or the pins
   * sends one view request; the kept copies follow when the user asked for them. Returns the
   * function that stops it.
   */
  connect(engine: Engine): () => void {
    this.engineMode = engine.mode;
    // In order: the kept models and a link's weights go back into the engine, then changes are kept.
    void this.m.open(engine, this.kept.readModels()).then((ok) => {
      if (!ok) this.kept.savedModelsUnreadable = true;
    });
    engine.onStatus((s) => (this.engineStatus = s));
    engine.onRestart(() => {
      this.engineMode = engine.mode;
      void this.refresh();
    });
    return $effect.root(() => {
      $effect(() => {
        const household = this.hh.snapshot();
        const modelId = this.m.id;
        void this.m.revision;
        void this.pinList.list.length;
        untrack(() => {
          this.whatIf.clear();
          void this.refresh(household, modelId);
        });
      });
      // The what-if answer was read over one ensemble: switching what is known makes it stale.
      $effect(() => {
        void this.knowledge.key;
        untrack(() => this.whatIf.clear());
      });
      keepInStorage(this);
      askOnProfileEdit(this);
    });
  }

  /**
   * Opens what a link carries (at start, or when another link is pasted into the same tab). A
   * remembered household is not overwritten by a link's: the user is asked which to keep.
   */
  openLink(url: UrlState): void {
    if (url.lang) this.lang = url.lang;
    this.embed = url.embed;
    this.linkProblems = url.problems;
    this.m.openLink(url);
    if (url.profile) this.profile.values = url.profile;
    if (url.household) {
      this.kept.linkOver(this.hh.snapshot());
      this.hh.value = url.household;
    }
    // What a link opens is where "avant → après" starts, not an edit.
    this.results.rebase(JSON.stringify(this.hh.snapshot()));
  }

  /** The engine, for views that ask it their own questions (the population view); set once connected. */
  get engine(): Engine | undefined {
    return this.m.engine;
  }

  /** The household's headline over the current model's calibrated and prior ensembles (from the view reply). */
  get headline() {
    return this.results.headline;
  }

  /**
   * Calibrates the current model in the worker on the targets switched on (progress in
   * `recalibration`, `stopCalibration` ends it), then asks the headline again.
   */
  async calibrateModel(url?: string): Promise<void> {
    const engine = this.engine;
    if (!engine) return;
    url ??= this.populationModule();
    const { use, reading } = this.knowledge;
    const modelId = this.modelId;
    await this.recalibration.run(engine, { modelId, use: use ? [...use] : null, reading, url });
    if (this.modelId === modelId) await this.refresh(undefined, undefined, true);
  }

  /**
   * Other targets switched on, or another reading of the 36 %: the headline is asked again, and a
   * shipped model is re-calibrated on them (its shipped calibrated ensemble holds the defaults only).
   */
  setTargets(use: readonly string[] | null, reading: SingleParentReading = this.knowledge.reading): void {
    this.knowledge.use = use ? [...use] : null;
    this.knowledge.reading = reading;
    void this.refresh(undefined, undefined, true);
    if (this.model?.kind !== 'model') return;
    if (this.model.origin.kind !== 'shipped' || !this.knowledge.defaults) void this.calibrateModel();
    else if (this.recalibration.running) void this.stopCalibration();
  }

  stopCalibration(): Promise<void> {
    return this.recalibration.stop(this.engine);
  }

  /** Sends the household, its pins and the open panels to the engine: one view request. */
  refresh(household: Household = this.hh.snapshot(), modelId = this.m.id, quiet = false): Promise<void> {
    const engine = this.m.engine;
    // A model whose variables are not household facts is scored in the page from its own form.
    // A model whose file is still loading is scored once it came (the revision moves).
    if (!engine || this.m.loading(modelId) || isFeatureModel(this.m.list.find((m) => m.id === modelId)))
      return Promise.resolve();
    const others = this.m.list
      .filter((m) => m.id !== modelId && m.kind === 'model' && !isFeatureModel(m))
      .map((m) => m.id);
    return this.results.request(
      engine,
      {
        household,
        modelId,
        pins: this.pinList.households(),
        others,
        // The earnings curve under the score always carries its band over the weight draws.
        sweepFields: this.sensitivityOpen ? SENSITIVITY_FIELDS : [EARNINGS_FIELD],
        headline: { use: this.knowledge.use ? [...this.knowledge.use] : null, reading: this.knowledge.reading },
      },
      quiet,
      inputOf({ household, modelId }, this.m.revision),
    );
  }

  /** The person left a field of the household or of a weight: "avant → après" compares from here. */
  commitChange(): void {
    this.results.commit();
  }

  /** The curves are drawn only while their panel is open: each costs a hundred scorings of the law. */
  showSensitivity(open: boolean): void {
    this.sensitivityOpen = open;
    if (open && this.evaluation?.ok) void this.refresh(undefined, undefined, true);
  }

  /** The explanation's calibrated ranges of effect for the household and model on screen. */
  askEffects(): Promise<void> {
    return this.effects.ask(this.engine, this.modelId, this.hh.snapshot(), this.knowledge.prior, this.knowledge.ask);
  }

  /** The key `effects.for` answers: this household under this model. */
  get effectsKey(): string {
    return EffectsStore.keyOf(this.modelId, this.hh.snapshot(), this.knowledge.ask);
  }

  askWhatIf(): Promise<void> {
    return this.whatIf.ask(this.engine, this.modelId, this.hh.snapshot(), this.knowledge.prior, this.knowledge.ask);
  }

  /** A score and its ranges computed outside `refresh` (the build's prerender, the page's first paint). */
  showScored(evaluation: Evaluation | null, explorer: ExplorerView | null): void {
    this.results.showScored(
      evaluation,
      explorer,
      inputOf({ household: this.hh.snapshot(), modelId: this.m.id }, this.m.revision),
    );
  }

  /** Sets one weight of the current model to `value` (× 2, × 0 or a typed number), in its edited copy. */
  setWeight(ref: WeightRef, value: number): Promise<boolean> {
    // A weight is set on release (slider) or on leaving its box: its view is committed as it arrives.
    this.results.commitNext();
    return this.weights.set(ref, value);
  }

  /** Back to the file's value for one weight, or for all of them. */
  resetWeights(ref?: WeightRef): Promise<void> {
    this.results.commitNext();
    return this.weights.reset(ref);
  }

  /** Keeps the saved household: the part that could be read, or the one a link was opened over. */
  keepSaved(): void {
    const back = this.kept.keepSaved();
    if (back) this.hh.value = back;
  }

  shareFragment(): string {
    return buildFragment({
      lang: this.lang,
      model: this.modelId,
      embed: this.embed,
      household: this.hh.snapshot(),
      ...(isFeatureModel(this.model) ? { profile: this.profile.snapshot() } : {}),
      ...(isEdited({ id: this.modelId })
        ? { weights: { base: baseIdOf(this.modelId), changes: $state.snapshot(this.weightChanges) } }
        : {}),
    });
  }

  /** The model the current one was edited from (itself when not edited). */
  get baseModel(): Model | undefined {
    return this.weights.base;
  }
}

const KEY = Symbol('app');
export const setApp = (app: AppState) => setContext(KEY, app);
export const useApp = () => getContext<AppState>(KEY);

// The models on this device and the one chosen: imports, the expert's weight edits, and the start
// sequence that puts back the models "Se souvenir…" kept and a link's edited weights, in that order.

import type { Model, Problem } from '../engine/index.ts';
import { BINNED_LIST, type LazyModelEntry } from '../worker/binned-list.ts';
import { problem } from '../problems/index.ts';
import { DEFAULT_MODEL_ID, type Engine } from '../worker/client.ts';
import { EngineLost } from '../worker/live.ts';
import { putBack } from './kept-models.svelte.ts';
import { allWeightsFixed } from './model-facts.ts';
import { withModel } from './model-list.ts';
import type { SavedModels } from './remember-models.ts';
import type { UrlState } from './url.ts';
import { WeightEditor, type WeightHost } from './weight-editor.svelte.ts';

export type ImportResult = { ok: boolean; file: string; problems: Problem[]; warnings: Problem[] };

/**
 * Where the start sequence is: no engine yet (a link's weights wait), the kept models and the
 * link's weights being put back, then open (from then on, changes are kept).
 */
export type ModelsPhase = 'no-engine' | 'putting-back' | 'open';

/** What the models need of the rest of the app. */
export interface ModelsHost {
  /** The title of the "edited" source, in the interface's language. */
  readonly editedNote: string;
  /** A problem to say with the link's (an edited model whose base is missing, an unknown model). */
  warn(p: Problem): void;
}

export class ModelsStore {
  /** Raw, not deeply reactive: models are replaced, never changed in place, and may have 100,000 variables. */
  list = $state.raw<Model[]>([]);
  /** Shipped models the engine lists without having loaded them (Amsterdam): loaded when chosen. */
  lazy = $state.raw<LazyModelEntry[]>([]);
  #id = $state(DEFAULT_MODEL_ID);
  /** The chosen model; choosing one not loaded yet (picker, link, kept choice) loads it. */
  get id(): string {
    return this.#id;
  }
  set id(id: string) {
    this.#id = id;
    this.#ensure(id);
  }
  /** Bumped when a model is (re)loaded under an id already shown, so that the score follows. */
  revision = $state(0);
  phase = $state<ModelsPhase>('no-engine');
  /** The file being read and checked by the engine, while it is (the page says so past 100 ms). */
  importing = $state<string | null>(null);
  importResult = $state<ImportResult | null>(null);
  /** The expert's changes to the current model's weights (its edited copy is `<base>-modifie`). */
  readonly weights: WeightEditor;
  engine: Engine | undefined;
  /** A link chose the model: it wins over the one "Se souvenir…" kept. */
  #linkChoseModel = false;
  /** A link's edited weights that came before the engine. */
  #linkWeights: UrlState['weights'];
  readonly #host: ModelsHost;
  readonly #weightsHost: WeightHost;

  constructor(host: ModelsHost) {
    this.#host = host;
    this.#weightsHost = this.#weightHost(host);
    this.weights = new WeightEditor(this.#weightsHost);
  }

  get current(): Model | undefined {
    return this.list.find((m) => m.id === this.id);
  }

  /** Every weight is fixed: the score is one number, shown without waiting for the band. */
  get exact(): boolean {
    return allWeightsFixed(this.current);
  }

  /**
   * The engine came: the models kept on this device go back first, then a link's edited weights,
   * then the check that the chosen model exists. Synchronous when there is nothing to put back, so
   * that the first score is the right model's. Resolves once the phase is `open`; false when a kept
   * model could not be put back.
   */
  async open(engine: Engine, saved: SavedModels | undefined): Promise<boolean> {
    this.engine = engine;
    this.list = engine.models;
    // The engine's list leaves out the shipped models whose files load on demand: offered from their list.
    this.lazy = BINNED_LIST.filter((e) => !engine.models.some((m) => m.id === e.id));
    this.#ensure(this.id);
    const link = this.#linkWeights;
    this.#linkWeights = undefined;
    const linkChoseModel = this.#linkChoseModel;
    if (saved && !linkChoseModel && !saved.imported.length && !saved.weights) this.id = saved.modelId;
    if (!link && !saved?.imported.length && !(saved?.weights && !linkChoseModel)) {
      this.#check();
      this.phase = 'open';
      return true;
    }
    this.phase = 'putting-back';
    const ok = await putBack(engine, this.#weightsHost, this.weights, { saved, link, linkChoseModel });
    this.#check();
    this.phase = 'open';
    return ok;
  }

  /** What a link asks of the models: its model, its edited weights (kept for the engine if it is not there yet). */
  openLink(url: Pick<UrlState, 'model' | 'weights'>): void {
    if (url.weights) {
      if (this.engine) void this.weights.apply(url.weights.base, url.weights.changes);
      else this.#linkWeights = url.weights;
    }
    if (url.model) {
      this.#linkChoseModel = true;
      this.id = url.model;
      if (this.engine && !url.weights) this.#check();
    }
  }

  /** `id` is listed but its file is not loaded yet: the page waits for it rather than scoring. */
  loading(id: string): boolean {
    return this.lazy.some((m) => m.id === id);
  }

  /** Loads `id` (and its family) into the engine and the list, when it is a lazy shipped model. */
  #ensure(id: string): void {
    const engine = this.engine;
    if (!engine || !this.loading(id)) return;
    void engine.api.loadShipped(id).then(
      (came) => {
        if (!came.length) return;
        for (const m of came) this.list = withModel(this.list, m);
        this.lazy = this.lazy.filter((e) => !came.some((m) => m.id === e.id));
        this.revision++;
      },
      // Its file could not be had (the engine lost, the file missing): said like an unknown model.
      () => {
        this.lazy = this.lazy.filter((e) => e.id !== id);
        if (this.id === id) this.#check();
      },
    );
  }

  /** A link may name a model this device does not have (an imported one): say so, open the default. */
  #check(): void {
    if (this.list.some((m) => m.id === this.id) || this.loading(this.id)) return;
    if (this.id !== DEFAULT_MODEL_ID)
      this.#host.warn(problem('warning', 'model', 'link.unknownModel', { id: this.id }));
    this.id = DEFAULT_MODEL_ID;
  }

  async importModel(file: File): Promise<void> {
    const engine = this.engine;
    if (!engine) return;
    this.importing = file.name;
    // The bytes, not file.text(): that would read a UTF-16 or Windows-1252 file as UTF-8.
    let r: Awaited<ReturnType<Engine['api']['loadModel']>>;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      r = await engine.api.loadModel(bytes, file.name);
    } catch (e) {
      // The file could not be read, or the engine was lost during the import: say so, keep the rest.
      // The browser's and the client's messages are in English: the sentence says what happened instead.
      const id = e instanceof EngineLost ? 'engine.importLost' : 'engine.importUnread';
      r = { ok: false, errors: [problem('error', '', id)], warnings: [] };
    } finally {
      this.importing = null;
    }
    if (r.ok) {
      this.list = withModel(this.list, r.model);
      this.id = r.model.id;
      this.revision++;
      this.importResult = { ok: true, file: file.name, problems: [], warnings: r.warnings };
    } else this.importResult = { ok: false, file: file.name, problems: r.errors, warnings: r.warnings };
  }

  /** The weight editor's view of the models (getters: it always sees the current engine and list). */
  #weightHost(host: ModelsHost): WeightHost {
    const store = this;
    let weightRefused = false;
    return {
      get engine() {
        return store.engine;
      },
      get models() {
        return store.list;
      },
      set models(m) {
        store.list = m;
      },
      get modelId() {
        return store.id;
      },
      set modelId(id) {
        store.id = id;
      },
      get editedNote() {
        return host.editedNote;
      },
      warn: (p) => host.warn(p),
      failed: (file, problems, warnings) => {
        store.importResult = { ok: false, file, problems, warnings };
        weightRefused = true;
      },
      revised: () => {
        // A refused weight's note goes once a later value is taken: it no longer describes the model.
        if (weightRefused) store.importResult = null;
        weightRefused = false;
        store.revision++;
      },
    };
  }
}

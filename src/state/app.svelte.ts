// Shared application state as one class with runes, handed down through context. Data flows
// one way: the user edits `household`, an effect sends a snapshot to the engine, the reply
// lands in `evaluation`. Replies older than the latest request are dropped.

import { getContext, setContext } from 'svelte';
import type { Evaluation, Household, Model, Problem } from '../engine/index.ts';
import { DEFAULT_MODEL_ID } from '../engine/constants.ts';
import type { Engine, EngineMode, EngineStatus } from '../worker/client.ts';
import { DICTS, type Lang } from '../i18n/index.ts';
import { buildFragment } from './url.ts';

export class AppState {
  lang = $state<Lang>('fr');
  embed = $state(false);
  /** Exactly what the user typed; kept even when it does not validate. */
  household = $state<Household>() as Household;
  modelId = $state(DEFAULT_MODEL_ID);
  models = $state<Model[]>([]);
  evaluation = $state<Evaluation | null>(null);
  pending = $state(false);
  engineMode = $state<EngineMode | 'starting'>('starting');
  /** The last thing that happened to the engine (lost, replaced, moved into the page), for the page to say. */
  engineStatus = $state<EngineStatus | null>(null);
  importResult = $state<{ ok: boolean; file: string; problems: Problem[]; warnings: Problem[] } | null>(null);
  linkProblems = $state<Problem[]>([]);
  /** The user asked to keep the household in this browser (the only storage the app does). */
  remembered = $state(false);

  t = $derived(DICTS[this.lang]);
  model = $derived(this.models.find((m) => m.id === this.modelId));

  #engine: Engine | undefined;
  #lastRequest = 0;

  constructor(household: Household) {
    this.household = household;
  }

  attach(engine: Engine): void {
    this.#engine = engine;
    this.models = engine.models;
    this.engineMode = engine.mode;
    if (!this.models.some((m) => m.id === this.modelId)) this.modelId = DEFAULT_MODEL_ID;
    engine.onStatus((s) => (this.engineStatus = s));
    engine.onRestart(() => {
      this.engineMode = engine.mode;
      void this.refresh();
    });
  }

  /** Sends the current household to the engine (an effect calls it with fresh snapshots). */
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
    } catch {
      /* a crashed worker is restarted by the client, which calls refresh again */
    } finally {
      if (id === this.#lastRequest) this.pending = false;
    }
  }

  async importModel(file: File): Promise<void> {
    if (!this.#engine) return;
    const text = await file.text();
    const r = await this.#engine.api.loadModel(text, file.name);
    if (r.ok) {
      this.models = await this.#engine.api.listModels();
      this.modelId = r.model.id;
      this.importResult = { ok: true, file: file.name, problems: [], warnings: r.warnings };
    } else this.importResult = { ok: false, file: file.name, problems: r.errors, warnings: r.warnings };
  }

  shareFragment(): string {
    return buildFragment({
      lang: this.lang,
      model: this.modelId,
      embed: this.embed,
      household: $state.snapshot(this.household),
    });
  }
}

const KEY = Symbol('app');
export const setApp = (app: AppState) => setContext(KEY, app);
export const useApp = () => getContext<AppState>(KEY);

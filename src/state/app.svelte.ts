// Shared application state as one class with runes, handed down through context. Data flows
// one way: the user edits `household`, the state sends a snapshot to the engine (`connect`), the
// reply lands in `evaluation`. Replies older than the latest request are dropped. Every change the
// interface makes to the household goes through a method here, so the components run no rule.

import { getContext, setContext, untrack } from 'svelte';
import type { Evaluation, Model } from '../engine/index.ts';
import { decodeHousehold } from '../household/decode.ts';
import { emptyAdult, type Household } from '../household/household.ts';
import { earningsTimeline, timelineMonths } from '../household/timeline.ts';
import { problem, type Problem } from '../problems/index.ts';
import { DEFAULT_MODEL_ID, type Engine, type EngineMode } from '../worker/client.ts';
import { DICTS, type Lang } from '../i18n/index.ts';
import presets from '../presets/presets.json';
import { forget, remember } from './remember.ts';
import { buildFragment } from './url.ts';

export type Preset = (typeof presets)[number];

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
  importResult = $state<{ ok: boolean; file: string; problems: Problem[]; warnings: Problem[] } | null>(null);
  linkProblems = $state<Problem[]>([]);
  /** The user asked to keep the household in this browser (the only storage the app does). */
  remembered = $state(false);

  t = $derived(DICTS[this.lang]);
  model = $derived(this.models.find((m) => m.id === this.modelId));
  /** The months of the earnings timeline, oldest first, ending with the household's month. */
  timelineMonths = $derived(timelineMonths(this.household.month));
  readonly presets: readonly Preset[] = presets;

  #engine: Engine | undefined;
  #lastRequest = 0;

  constructor(household: Household) {
    this.household = household;
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
    if (!this.models.some((m) => m.id === this.modelId)) this.modelId = DEFAULT_MODEL_ID;
    engine.onRestart(() => {
      this.engineMode = engine.mode;
      void this.refresh();
    });
    return $effect.root(() => {
      $effect(() => {
        const household = $state.snapshot(this.household);
        const modelId = this.modelId;
        untrack(() => void this.refresh(household, modelId));
      });
      $effect(() => {
        if (this.remembered) remember($state.snapshot(this.household));
        else forget();
      });
    });
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
    });
  }
}

const KEY = Symbol('app');
export const setApp = (app: AppState) => setContext(KEY, app);
export const useApp = () => getContext<AppState>(KEY);

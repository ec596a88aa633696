// The expert's weight edits: a list of changes to a base model, sent to the engine as an edited
// copy (`<base>-modifie`) that is scored at once. The app state is its host: the list of models,
// the chosen model and where problems are said.

import { withModel } from './model-list.ts';
import type { Model, Problem } from '../engine/index.ts';
import { problem } from '../problems/index.ts';
import type { Engine } from '../worker/client.ts';
import { baseIdOf, editedModel, isEdited, weightOf, type WeightChange, type WeightRef } from './weights.ts';

/** What the editor needs of the app: read and set the models and the choice, say what failed. */
export interface WeightHost {
  readonly engine: Engine | undefined;
  models: Model[];
  modelId: string;
  /** The title of the "edited" source, in the interface's language. */
  readonly editedNote: string;
  warn(p: Problem): void;
  failed(file: string, errors: Problem[], warnings: Problem[]): void;
  /** A model was (re)loaded under an id already shown: the score must follow. */
  revised(): void;
}

export class WeightEditor {
  /** The changes behind the current edited model (empty when the chosen model is not edited). */
  changes = $state<WeightChange[]>([]);
  readonly #host: WeightHost;

  constructor(host: WeightHost) {
    this.#host = host;
  }

  /** The model the current one was edited from (itself when not edited). */
  get base(): Model | undefined {
    return this.#host.models.find((m) => m.id === baseIdOf(this.#host.modelId));
  }

  /**
   * Sets one weight of the current model to `value`, in its edited copy; back to the file's value
   * drops the change. False when refused (not a finite number, or a model the engine refuses).
   */
  async set(ref: WeightRef, value: number): Promise<boolean> {
    const base = this.base;
    if (!base || !Number.isFinite(value)) return false;
    const same = (c: WeightRef) => c.variable === ref.variable && c.part === ref.part;
    const original = weightOf(base, ref)?.value;
    const rest = (isEdited({ id: this.#host.modelId }) ? this.changes : []).filter((c) => !same(c));
    return this.apply(base.id, value === original ? rest : [...rest, { ...ref, value }]);
  }

  /** Back to the file's value for one weight, or for all of them. */
  async reset(ref?: WeightRef): Promise<void> {
    const base = this.base;
    if (!base) return;
    if (!ref) return void (await this.apply(base.id, []));
    const original = weightOf(base, ref)?.value;
    if (original !== undefined) await this.set(ref, original);
  }

  /** Builds and sends the edited copy of `baseId`; false (and said) when the base is not on this device. */
  async apply(baseId: string, changes: WeightChange[]): Promise<boolean> {
    const host = this.#host;
    const engine = host.engine;
    const base = host.models.find((m) => m.id === baseId);
    if (!engine || !base) {
      host.warn(problem('warning', 'poids', 'link.unknownModel', { id: baseId }));
      return false;
    }
    if (!changes.length) {
      this.changes = [];
      host.modelId = base.id;
      return true;
    }
    // Plain copies: a rune proxy can be neither cloned nor posted to the worker.
    const plain = $state.snapshot(base) as Model;
    changes = $state.snapshot(changes) as WeightChange[];
    const r = await engine.api.putModel(editedModel(plain, changes, host.editedNote), base.id);
    if (!r.ok) {
      host.failed(base.id, r.errors, r.warnings);
      return false;
    }
    host.models = withModel(host.models, r.model);
    this.changes = changes;
    host.modelId = r.model.id;
    host.revised();
    return true;
  }
}

// The answer the page shows for a model whose variables are not household facts (Amsterdam's Slimme
// Check): each edit of the form's profile, or a change of model, asks the worker's `application` call
// once; only the answer to the latest request is kept, as for the household's view (results.svelte.ts).
// The page never scores these models itself: it draws `view`.

import { untrack } from 'svelte';
import type { ApplicationView } from '../engine/application.ts';
import { isFeatureModel } from '../engine/constants.ts';
import type { FeatureValue } from '../engine/types.ts';
import type { Engine } from '../worker/client.ts';
import type { ModelsStore } from './models.svelte.ts';
import type { ProfileStore } from './profile.svelte.ts';
import { Latest } from './results.svelte.ts';

// The page asks this of the listed models (the model's own data): re-exported for ui/.
export { isFeatureModel };

export class ApplicationStore {
  /** The latest answer (raw: replaced, never changed in place). */
  view = $state.raw<ApplicationView | null>(null);
  /** Why the latest request has no answer (the engine failed, or does not have the model), else null. */
  failed = $state<string | null>(null);
  readonly #latest = new Latest();

  /** The answer when it is `modelId`'s; null while the first one for that model is on its way. */
  for(modelId: string): ApplicationView | null {
    return this.view?.modelId === modelId ? this.view : null;
  }

  /** Asks the engine for `modelId` under `values`; an older request's answer is dropped. */
  async request(
    engine: Pick<Engine, 'api'>,
    modelId: string,
    values: Readonly<Record<string, FeatureValue>>,
  ): Promise<void> {
    const id = this.#latest.next();
    try {
      const r = await engine.api.application({ id, modelId, values });
      if (!this.#latest.is(id)) return;
      if (r.ok) [this.view, this.failed] = [r.view, null];
      else this.failed = r.reason;
    } catch (e) {
      if (this.#latest.is(id)) this.failed = e instanceof Error ? e.message : 'unknown';
    }
  }
}

interface Host {
  readonly m: ModelsStore;
  readonly profile: ProfileStore;
  readonly application: ApplicationStore;
}

/**
 * Keeps `app.application` answering the model on screen (call inside an effect root): a change of
 * the profile, of the model or of its file (`revision`: a model that was loading came) asks again.
 */
export function askOnProfileEdit(app: Host): void {
  $effect(() => {
    const values = app.profile.snapshot();
    const model = app.m.current;
    void app.m.revision;
    const engine = app.m.engine;
    if (!engine || !model || !isFeatureModel(model)) return;
    untrack(() => void app.application.request(engine, model.id, values));
  });
}

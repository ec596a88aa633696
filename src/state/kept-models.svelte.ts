// What "Se souvenir…" keeps of the models: the imported files (not their edited copies, which the
// weights rebuild), the chosen model and its edited weights, as plain copies; and how they are put
// back into a new engine.

import { untrack } from 'svelte';
import type { Model } from '../engine/index.ts';
import type { HouseholdStore } from './household.svelte.ts';
import type { ModelsStore } from './models.svelte.ts';
import type { Persistence } from './persistence.svelte.ts';
import type { ProfileStore } from './profile.svelte.ts';
import type { Engine } from '../worker/client.ts';
import type { UrlState } from './url.ts';
import type { SavedModels } from './remember-models.ts';
import type { WeightEditor, WeightHost } from './weight-editor.svelte.ts';
import { baseIdOf, isEdited, type WeightChange } from './weights.ts';

/** What the app holds that "Se souvenir…" writes: the household, the models and a model's own form. */
interface Kept {
  readonly kept: Persistence;
  readonly m: ModelsStore;
  readonly hh: HouseholdStore;
  readonly profile: ProfileStore;
  readonly weightChanges: readonly WeightChange[];
}

/**
 * Writes what is remembered each time it changes, while "Se souvenir…" is on (call inside an effect root).
 * Models wait for the start to end, and are never written over a kept copy the page could not read.
 */
export function keepInStorage(app: Kept): void {
  $effect(() => {
    if (!app.kept.writing || app.kept.savedModelsUnreadable || app.m.phase !== 'open') return;
    // Another tab saved other models: this one waits for the person to choose whose to keep.
    if (app.kept.otherTab === 'models') return;
    const kept = keptModels(app.m.list, app.m.id, app.weightChanges);
    untrack(() => app.kept.keepModels(kept));
  });
  $effect(() => {
    if (!app.kept.writing) return;
    const household = app.hh.snapshot();
    untrack(() => app.kept.keepHousehold(household));
  });
  $effect(() => {
    void app.profile.snapshot();
    const [writing, remembered] = [app.kept.writing, app.kept.remembered];
    untrack(() => app.profile.sync(writing, remembered, app.kept.store));
  });
}

export function keptModels(models: readonly Model[], modelId: string, changes: readonly WeightChange[]): SavedModels {
  const imported = models.flatMap((m) => {
    if (m.origin.kind !== 'imported' || isEdited(m)) return [];
    const { origin, ...file } = $state.snapshot(m) as Model;
    return [{ file: origin.kind === 'imported' ? origin.file : m.id, model: file as Record<string, unknown> }];
  });
  const edited = isEdited({ id: modelId }) && changes.length > 0;
  return {
    modelId,
    imported,
    ...(edited ? { weights: { base: baseIdOf(modelId), changes: $state.snapshot(changes) as WeightChange[] } } : {}),
  };
}

/**
 * Puts the kept models back into `engine`, then a link's edited weights: the kept choice unless a
 * link chose the model, else the link's. False when a kept model could not be put back.
 */
export async function putBack(
  engine: Engine,
  host: WeightHost,
  editor: WeightEditor,
  o: { saved: SavedModels | undefined; link: UrlState['weights']; linkChoseModel: boolean },
): Promise<boolean> {
  const target = host.modelId;
  let ok = true;
  for (const m of o.saved?.imported ?? []) if (!(await engine.api.putModel(m.model, m.file)).ok) ok = false;
  if (o.saved?.imported.length) host.models = await engine.api.listModels();
  const saved = o.saved;
  if (saved && !o.linkChoseModel)
    if (!saved.weights || (await editor.apply(saved.weights.base, saved.weights.changes))) host.modelId = saved.modelId;
  if (o.link && (await editor.apply(o.link.base, o.link.changes))) host.modelId = target;
  return ok;
}

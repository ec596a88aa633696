// What "Se souvenir…" keeps of the models: the imported files (not their edited copies, which the
// weights rebuild), the chosen model and its edited weights, as plain copies; and how they are put
// back into a new engine.

import type { Model } from '../engine/index.ts';
import type { Engine } from '../worker/client.ts';
import type { UrlState } from './url.ts';
import type { SavedModels } from './remember-models.ts';
import type { WeightEditor, WeightHost } from './weight-editor.svelte.ts';
import { baseIdOf, isEdited, type WeightChange } from './weights.ts';

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

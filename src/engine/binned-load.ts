// The files of the models that a first visit leaves out (worker/binned-list.ts lists them for the
// page), each a chunk of its own that the worker fetches only when one is asked for: the whole family
// at once (the page compares their versions). Node callers import them eagerly (registry-binned.ts).

import type { Model } from './types.ts';
import { validateModel } from '../formats/model-validate.ts';

const FILES: readonly (() => Promise<{ default: unknown }>)[] = [
  () => import('../models/amsterdam-slimme-check-2022-05-23.json'),
  () => import('../models/amsterdam-slimme-check-2022-05-31.json'),
];

/** Every model of the family, validated, in display order (registry-binned.ts's). */
export function loadBinnedModels(): Promise<Model[]> {
  return Promise.all(
    FILES.map(async (file) => {
      const r = validateModel((await file()).default);
      if (!r.ok) throw new Error(`shipped model does not validate: ${JSON.stringify(r.errors[0])}`);
      return r.value;
    }),
  );
}

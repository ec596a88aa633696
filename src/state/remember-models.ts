// "Se souvenir…" also keeps the models the person brought: imported model files, the weights they
// edited and the model they chose, under their own key. Read without throwing and never erased
// here: an unreadable value is reported and left as it is until the person unticks the box.

import { isRecord } from '../problems/index.ts';
import type { WeightChange } from './weights.ts';
import { defaultStore, eraseKey, readKey, writeKey } from './remember.ts';

export const MODELS_KEY = 'score-caf:modeles';

export interface SavedModels {
  /** The chosen model (possibly an edited one, `<base>-modifie`). */
  modelId: string;
  /** Imported model files, as the engine's putModel takes them, each with the name it was read from. */
  imported: { file: string; model: Record<string, unknown> }[];
  /** Edited weights of the chosen model, rebuilt after the imported models are back. */
  weights?: { base: string; changes: WeightChange[] };
  /** Imported models too big for the browser's storage: named at the next start rather than gone without a word. */
  notKept?: NotKept[];
}

/** A model that could not be kept: its file and its title, to name it. */
export interface NotKept {
  file: string;
  title: { fr: string; en: string };
}

const isNotKept = (n: unknown): n is NotKept =>
  isRecord(n) &&
  typeof n.file === 'string' &&
  isRecord(n.title) &&
  typeof n.title.fr === 'string' &&
  typeof n.title.en === 'string';

export type SavedModelsRead = { kind: 'none' } | { kind: 'ok'; value: SavedModels } | { kind: 'unreadable' };

const isChange = (c: unknown): c is WeightChange =>
  isRecord(c) &&
  typeof c.variable === 'string' &&
  typeof c.value === 'number' &&
  Number.isFinite(c.value) &&
  (c.part === undefined || typeof c.part === 'string' || Number.isInteger(c.part));

/** What is kept, checked shape by shape (the engine validates each model again when it is put back). */
export function readSavedModels(store = defaultStore()): SavedModelsRead {
  const read = readKey(MODELS_KEY, store);
  // Storage the browser refuses has kept nothing to put back.
  if (read.kind === 'unavailable') return { kind: 'none' };
  if (read.kind !== 'json') return read;
  const raw = read.raw;
  if (!isRecord(raw) || typeof raw.modelId !== 'string' || !Array.isArray(raw.imported)) return { kind: 'unreadable' };
  const imported = raw.imported.filter(
    (m): m is SavedModels['imported'][number] => isRecord(m) && typeof m.file === 'string' && isRecord(m.model),
  );
  if (imported.length !== raw.imported.length) return { kind: 'unreadable' };
  const w = raw.weights;
  if (
    w !== undefined &&
    !(isRecord(w) && typeof w.base === 'string' && Array.isArray(w.changes) && w.changes.every(isChange))
  )
    return { kind: 'unreadable' };
  // A list of models not kept that cannot be read only loses their names, not the models that were kept.
  const notKept = Array.isArray(raw.notKept) ? raw.notKept.filter(isNotKept) : [];
  return {
    kind: 'ok',
    value: {
      modelId: raw.modelId,
      imported,
      ...(w ? { weights: w as SavedModels['weights'] } : {}),
      ...(notKept.length ? { notKept } : {}),
    },
  };
}

/** Keeps `value`; false when the browser refused (storage full or disabled). */
export const saveModels = (value: SavedModels, store = defaultStore()): boolean => writeKey(MODELS_KEY, value, store);

export const eraseModels = (store = defaultStore()): void => eraseKey(MODELS_KEY, store);

// The current model as a file to download: a model file (JSON) or a coefficient table (CSV), both
// read back by "Charger un modèle…". The CSV writer comes with the expert panel only.

import type { Model } from '../engine/index.ts';
import { modelToCsv } from '../formats/model-table-write.ts';

export { plausibleRange } from '../engine/robust/ranges.ts';

/** The model file of `model`, as an import reads it back (its origin is the device's, not the file's). */
export function modelJson(model: Model): string {
  const { origin: _origin, ...file } = model;
  return JSON.stringify(file, null, 1);
}

export const modelCsv = (model: Model): string => modelToCsv(model);

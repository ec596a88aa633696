// The models shipped with the app, validated once when first asked for. A shipped file that
// does not validate is a build defect: the test suite checks every one.

import m1 from '../models/dmde-2026-modele-1.json' with { type: 'json' };
import m2 from '../models/dmde-2026-modele-2.json' with { type: 'json' };
import m2014 from '../models/cnaf-2014.json' with { type: 'json' };
import { FEATURES } from './features.ts';
import type { Model } from './types.ts';
import { validateModel } from '../formats/model-validate.ts';

export const SHIPPED_RAW: readonly unknown[] = [m1, m2, m2014];
export { DEFAULT_MODEL_ID } from './constants.ts';

let cache: Model[] | undefined;

/** The shipped models, in display order. */
export function shippedModels(): Model[] {
  cache ??= SHIPPED_RAW.map((raw) => {
    const r = validateModel(raw);
    if (!r.ok) throw new Error(`shipped model does not validate: ${JSON.stringify(r.errors[0])}`);
    return withDefinitions(r.value);
  });
  return cache;
}

/** Gives every variable the app derives from a household the definition of that derivation. */
export function withDefinitions(model: Model): Model {
  return {
    ...model,
    variables: model.variables.map((v) =>
      v.definition || !FEATURES[v.id] ? v : { ...v, definition: FEATURES[v.id]!.definition },
    ),
  };
}

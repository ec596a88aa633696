// The shipped models whose variables are not household facts: Amsterdam's Slimme Check, every weight
// published (two EBMs of ~1,100 bins each). Kept apart from registry.ts so that the embed, which
// scores households only, does not carry their ~80 KB (gzip) of bins.

import a0523 from '../models/amsterdam-slimme-check-2022-05-23.json' with { type: 'json' };
import a0531 from '../models/amsterdam-slimme-check-2022-05-31.json' with { type: 'json' };
import { shippedModels } from './registry.ts';
import type { Model } from './types.ts';
import { validateModel } from '../formats/model-validate.ts';

export const BINNED_RAW: readonly unknown[] = [a0523, a0531];

let cache: Model[] | undefined;

/** The Amsterdam models, validated once. */
export function binnedModels(): Model[] {
  cache ??= BINNED_RAW.map((raw) => {
    const r = validateModel(raw);
    if (!r.ok) throw new Error(`shipped model does not validate: ${JSON.stringify(r.errors[0])}`);
    return r.value;
  });
  return cache;
}

/** Every shipped model, in display order: the CNAF's, then the published ones. */
export function allShippedModels(): Model[] {
  return [...shippedModels(), ...binnedModels()];
}

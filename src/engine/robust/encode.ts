// A household's model variables as the app computes them (rights by the law, then the encoder),
// cached by content: the law is the slow part, and many views share the same households.

import type { Household } from '../../household/household.ts';
import { encodeHousehold } from '../features.ts';
import { droitsInputFor, effectiveHousehold, rights, type Rights } from '../rights.ts';
import type { Features } from '../types.ts';

/** Rights keyed by what the law reads (not the whole household): rent or guardianship changes reuse them. */
export class FeatureCache {
  private readonly rights = new Map<string, Rights>();
  private readonly limit: number;

  constructor(limit = 2000) {
    this.limit = limit;
  }

  /** The model variables of `h`, exactly as evaluate() computes them. */
  features(h: Household): Features {
    if (h.benefitsSource !== 'computed') return encodeHousehold(effectiveHousehold(h, undefined));
    const key = JSON.stringify(droitsInputFor(h));
    let r = this.rights.get(key);
    if (!r) {
      // Oldest first out: a Map iterates in insertion order.
      if (this.rights.size >= this.limit) this.rights.delete(this.rights.keys().next().value!);
      this.rights.set(key, (r = rights(h)));
    }
    return encodeHousehold(effectiveHousehold(h, r));
  }
}

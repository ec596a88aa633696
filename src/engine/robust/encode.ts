// A household's model variables as the app computes them (rights by the law, then the encoder),
// cached by content: the law is the slow part, and many views share the same households.

import type { Household } from '../../household/household.ts';
import { encodeHousehold } from '../features.ts';
import { droitsInputFor, effectiveHousehold, rights, type Rights } from '../rights.ts';
import type { Features } from '../types.ts';

/**
 * Features keyed by the whole household, rights by what the law reads: a rent or guardianship
 * change reuses the rights, an unchanged household reuses everything.
 */
export class FeatureCache {
  private readonly rights = new Map<string, Rights>();
  private readonly features_ = new Map<string, Features>();
  private readonly limit: number;

  constructor(limit = 5000) {
    this.limit = limit;
  }

  /** The model variables of `h`, exactly as evaluate() computes them. Treat the result as read-only. */
  features(h: Household): Features {
    const key = JSON.stringify(h);
    let f = this.features_.get(key);
    if (!f) this.features_.set(key, (f = this.compute(h)));
    evictOldest(this.features_, this.limit);
    return f;
  }

  private compute(h: Household): Features {
    if (h.benefitsSource !== 'computed') return encodeHousehold(effectiveHousehold(h, undefined));
    const key = JSON.stringify(droitsInputFor(h));
    let r = this.rights.get(key);
    if (!r) this.rights.set(key, (r = rights(h)));
    evictOldest(this.rights, this.limit);
    return encodeHousehold(effectiveHousehold(h, r));
  }
}

/** Oldest first out: a Map iterates in insertion order. */
function evictOldest(m: Map<string, unknown>, limit: number): void {
  if (m.size > limit) m.delete(m.keys().next().value!);
}

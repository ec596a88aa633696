// A household's model variables as the app computes them (rights by the law, then the encoder),
// cached by content: the law is the slow part, and many views share the same households.

import type { Household } from '../../household/household.ts';
import { encodeHousehold } from '../features.ts';
import { effectiveHousehold, rights } from '../rights.ts';
import type { Features } from '../types.ts';

/** Features keyed by the whole household (its JSON): an unchanged household is never computed twice. */
export class FeatureCache {
  private readonly cache = new Map<string, Features>();
  private readonly limit: number;

  constructor(limit = 5000) {
    this.limit = limit;
  }

  /** The model variables of `h`, exactly as evaluate() computes them. Treat the result as read-only. */
  features(h: Household): Features {
    const key = JSON.stringify(h);
    let f = this.cache.get(key);
    if (!f) {
      // The 12-month means and family amounts only: the month's detail is not scored.
      f = encodeHousehold(
        effectiveHousehold(h, h.benefitsSource === 'computed' ? rights(h, { meansOnly: true }) : undefined),
      );
      this.cache.set(key, f);
      // Oldest first out: a Map iterates in insertion order.
      if (this.cache.size > this.limit) this.cache.delete(this.cache.keys().next().value!);
    }
    return f;
  }

  /**
   * Keeps the variables evaluate() already computed for `h` (its law, run once): the explorer's
   * cells for the same household then read them instead of running the law again.
   */
  remember(h: Household, f: Features): void {
    const key = JSON.stringify(h);
    if (this.cache.has(key)) return;
    this.cache.set(key, f);
    if (this.cache.size > this.limit) this.cache.delete(this.cache.keys().next().value!);
  }
}

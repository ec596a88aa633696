// What the page says of a model's numbers, one rule each: whether every weight of a model is fixed,
// and which provenance banner a score carries. Pure, with the ranges' rule of a free weight as its only
// code (engine/robust/ranges.ts), so that the page's state may ask before any score.

import { isFree } from './robust/ranges.ts';
import type { Model, Status } from './types.ts';

/**
 * Every weight of the model is fixed: its score is one number, shown as soon as the evaluation
 * arrives, without waiting for the explorer's band. The same numbers and the same rule as the
 * explorer's free slots (robust/constraints.ts), so that this holds exactly when its band is exact.
 */
export function allWeightsFixed(m: Model | undefined): boolean {
  if (!m || m.kind !== 'model') return false;
  return (
    !isFree(m.intercept) &&
    m.variables.every((v) => {
      switch (v.type) {
        case 'categorical':
          return v.levels.every((l) => !l.coefficient || !isFree(l.coefficient, v));
        case 'numeric':
          if (v.encoding === 'bins') return v.bins.every((b) => !isFree(b.coefficient, v));
          return !isFree(v.coefficient, v);
        case 'boolean':
          return !isFree(v.coefficient, v);
        case 'unknown':
          // A variable of unknown form has no weight to move.
          return true;
      }
    })
  );
}

/** The statement under a score; i18n holds its text as `${banner}Banner`. */
export type Banner = 'published' | 'reported' | 'unknown' | 'placeholder';

/**
 * The banner of a score whose weakest number has status `provenance`: published or reported as such;
 * an imported file whose provenance is unknown says so; anything else is a placeholder of ours.
 */
export function bannerOf(provenance: Status, origin: Model['origin'] | undefined): Banner {
  if (provenance === 'published' || provenance === 'reported') return provenance;
  return provenance === 'unknown' && origin?.kind === 'imported' ? 'unknown' : 'placeholder';
}

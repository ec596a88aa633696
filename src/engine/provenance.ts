// What the page says of a model's numbers, one rule each: whether a number is fixed, whether every
// weight of a model is, and which provenance banner a score carries. Pure and free of any other engine
// code, so that the page's state may ask before any score (test/unit/boundaries.test.ts allows it).

import type { Model, Status } from './types.ts';

/** True when the number is the publisher's (or reported by a source) and must not move. */
export const isFixed = (status: Status): boolean => status === 'published' || status === 'reported';

/**
 * Every weight of the model is fixed: its score is one number, shown as soon as the evaluation
 * arrives, without waiting for the explorer's band. A variable of unknown form has no weight to move.
 */
export function allWeightsFixed(m: Model | undefined): boolean {
  if (!m || m.kind !== 'model') return false;
  const fixed = (n: { status: Status } | undefined) => !n || isFixed(n.status);
  return (
    fixed(m.intercept) &&
    m.variables.every((v) =>
      v.type === 'categorical'
        ? v.levels.every((l) => fixed(l.coefficient))
        : v.type === 'numeric' && v.encoding === 'bins'
          ? v.bins.every((b) => fixed(b.coefficient))
          : v.type === 'unknown' || fixed(v.coefficient),
    )
  );
}

/** The statement under a score; i18n holds its text as `${banner}Banner`. */
export type Banner = 'published' | 'reported' | 'unknown' | 'placeholder';

/**
 * The banner of a score whose weakest number has status `provenance`: published or reported as such;
 * an imported file whose provenance is unknown says so; anything else is a placeholder of ours.
 */
export function bannerOf(provenance: Status, origin: Model['origin']): Banner {
  if (provenance === 'published' || provenance === 'reported') return provenance;
  return provenance === 'unknown' && origin?.kind === 'imported' ? 'unknown' : 'placeholder';
}

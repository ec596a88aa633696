// What the page needs to know of a model before any score: whether every weight is fixed.

import type { Model } from '../engine/index.ts';

const fixed = (n: { status: string } | undefined) => !n || n.status === 'published' || n.status === 'reported';

/**
 * Every weight of the model is fixed (published or reported): its score is one number, shown as
 * soon as the evaluation arrives, without waiting for the explorer's band.
 */
export function allWeightsFixed(m: Model | undefined): boolean {
  if (!m || m.kind !== 'model') return false;
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

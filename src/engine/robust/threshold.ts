// The control threshold a counterfactual aims under: a score value, or the score above which a
// given share of a population's scores lies. A share is never read as a score (issue 17): without
// the population's scores there is no threshold; the calibrated answers use each weight set's rank
// cut instead (calibration/what-if.ts).

import { CONTROL_SHARE_2024 } from './control-share.ts';

export { CONTROL_SHARE_2024 };

/**
 * `score`: a probability. `share`: the ceil(n·share) highest of `reference` (the scores of a
 * population) are controlled, and the threshold is the lowest of them. "Under" is strictly below.
 */
export type Threshold =
  { kind: 'score'; value: number } | { kind: 'share'; share: number; reference: ArrayLike<number> };

export interface ResolvedThreshold {
  score: number;
  /** `score`: given as a value; `reference`: a quantile of the given scores. */
  how: 'score' | 'reference';
}

/** The score a threshold stands for; a share without the population's scores is refused (RangeError). */
export function resolveThreshold(t: Threshold): ResolvedThreshold {
  if (t.kind === 'score') return { score: t.value, how: 'score' };
  if (!t.reference || t.reference.length === 0)
    throw new RangeError('a share of households controlled needs the population’s scores: it is not a score');
  const sorted = Float64Array.from(t.reference).sort();
  // The ceil(n·share) highest scores are controlled (at least one): the threshold is the lowest of them.
  const k = Math.min(sorted.length, Math.max(1, Math.ceil(sorted.length * t.share)));
  return { score: sorted[sorted.length - k]!, how: 'reference' };
}

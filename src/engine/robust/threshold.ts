// The control threshold a counterfactual aims under: a score value, or the score above which a
// given share of a reference distribution lies. The default share is the one controls from data
// mining reached in 2024.

import { CONTROL_SHARE_2024 } from './control-share.ts';

export { CONTROL_SHARE_2024 };

/**
 * `score`: a probability. `share`: the ceil(n·share) highest of `reference` (the scores of a
 * population) are controlled, and the threshold is the lowest of them. "Under" is strictly below.
 */
export type Threshold =
  { kind: 'score'; value: number } | { kind: 'share'; share: number; reference?: ArrayLike<number> };

export interface ResolvedThreshold {
  score: number;
  /**
   * `score`: given as a value; `reference`: a quantile of the given scores; `share-as-score`: no
   * population was given, so the share itself is read as a probability (a stand-in the interface
   * must say: the CNAF's score distribution is not public).
   */
  how: 'score' | 'reference' | 'share-as-score';
}

export const DEFAULT_THRESHOLD: Threshold = { kind: 'share', share: CONTROL_SHARE_2024.share };

/** The score a threshold stands for. */
export function resolveThreshold(t: Threshold = DEFAULT_THRESHOLD): ResolvedThreshold {
  if (t.kind === 'score') return { score: t.value, how: 'score' };
  if (!t.reference || t.reference.length === 0) return { score: t.share, how: 'share-as-score' };
  const sorted = Float64Array.from(t.reference).sort();
  // The ceil(n·share) highest scores are controlled (at least one): the threshold is the lowest of them.
  const k = Math.min(sorted.length, Math.max(1, Math.ceil(sorted.length * t.share)));
  return { score: sorted[sorted.length - k]!, how: 'reference' };
}

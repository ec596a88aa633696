// What the page lists of a score: every contribution of a model of ordinary size; for a model of
// thousands of variables (an imported table can have 130,000), the largest ones and one row that
// sums the rest. Nobody reads 130,000 rows, and the page would stall drawing them; the sum stays
// exact, so the rows still add up to the score.

import { logistic, type Score } from './score.ts';

/** Contributions listed one by one, at most: more than any published scoring model has variables. */
export const LISTED_CONTRIBUTIONS = 40;

/** The contributions left out of the list, as one step of the waterfall (after the listed ones). */
export interface FoldedRest {
  count: number;
  logodds: number;
  before: number;
  after: number;
}

/**
 * `score` with at most `max` contributions: the largest in absolute effect (model order among
 * equals), kept in model order, their steps recomputed from the intercept; the others summed
 * into `rest`, the last step, which ends at the score. A score already short enough is returned as is.
 */
export function foldScore(score: Score, max = LISTED_CONTRIBUTIONS): Score {
  const all = score.contributions;
  if (all.length <= max) return score;
  const order = all.map((_, i) => i).sort((a, b) => Math.abs(all[b]!.logodds) - Math.abs(all[a]!.logodds) || a - b);
  const kept = new Uint8Array(all.length);
  for (const i of order.slice(0, max)) kept[i] = 1;
  let logit = score.intercept;
  let restLogodds = 0;
  const contributions = [];
  for (let i = 0; i < all.length; i++) {
    const c = all[i]!;
    if (!kept[i]) {
      restLogodds += c.logodds;
      continue;
    }
    const before = logistic(logit);
    logit += c.logodds;
    contributions.push({ ...c, before, after: logistic(logit) });
  }
  const rest = { count: all.length - max, logodds: restLogodds, before: logistic(logit), after: score.score };
  return { ...score, contributions, rest };
}

// The coarse call behind every change in the app: one household and one model in; the
// decoded household, its variables, the score with exact contributions and a sweep out.

import { encodeHousehold, smicNet } from './features.ts';
import type { Household } from './household.ts';
import { score, type Score } from './score.ts';
import type { Features, Model, Problem } from './types.ts';
import { decodeHousehold } from './validate-household.ts';

export interface Sweep {
  /** What varies: the first adult's monthly net earnings, €. */
  variable: 'earnings';
  x: number[];
  score: number[];
  /** Where the household stands now. */
  current: number;
}

export type Evaluation =
  | { ok: true; household: Household; features: Features; score: Score; sweep: Sweep; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

export const SWEEP_STEPS = 41;

/** Evaluates a household (any input: it is decoded and checked first) with `model`. */
export function evaluate(model: Model, rawHousehold: unknown): Evaluation {
  const decoded = decodeHousehold(rawHousehold);
  if (decoded.errors.length) return { ok: false, errors: decoded.errors, warnings: decoded.warnings };
  if (model.kind === 'card')
    return { ok: false, errors: [{ path: 'model', severity: 'error', message: { fr: 'ce modèle ne peut pas être simulé : sa structure n’est pas publiée', en: 'this model cannot be simulated: its structure is not published' } }], warnings: [] };
  const household = decoded.household;
  const features = encodeHousehold(household);
  return { ok: true, household, features, score: score(model, features), sweep: earningsSweep(model, household), warnings: decoded.warnings };
}

/** Score as the first adult's earnings go from 0 to 2.5 net SMIC, everything else unchanged. */
export function earningsSweep(model: Model, h: Household): Sweep {
  const max = Math.round(2.5 * smicNet(h.month));
  const x = Array.from({ length: SWEEP_STEPS }, (_, i) => Math.round((max * i) / (SWEEP_STEPS - 1)));
  const scores = x.map((earnings) => {
    const adults = h.adults.map((a, i) => (i === 0 ? { ...a, earnings } : a));
    return score(model, encodeHousehold({ ...h, adults })).score;
  });
  return { variable: 'earnings', x, score: scores, current: h.adults[0]?.earnings ?? 0 };
}

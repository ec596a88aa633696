// The coarse call behind every change in the app: one household and one model in; the
// decoded household, its rights by the law, its variables, the score with exact contributions
// and a sweep out.

import { LAW_DERIVED_FEATURES, rights, effectiveHousehold, type Rights } from './rights.ts';
import { encodeHousehold, smicNet } from './features.ts';
import type { Household } from '../household/household.ts';
import { probability, score, type Score } from './score.ts';
import { problem, type Problem } from '../problems/index.ts';
import type { Features, Model } from './types.ts';
import { decodeHousehold, type DecodedHousehold } from '../formats/household.ts';

export interface Sweep {
  /** What varies: the first adult's monthly net earnings, €, the same every worked month. */
  variable: 'earnings';
  x: number[];
  score: number[];
  /** Mean monthly prime d'activité and RSA over 12 months at each point (as the model sees them). */
  primeActivite: number[];
  rsa: number[];
  /**
   * The household itself, scored as it is (its own earnings, history included): the chart marks
   * this point, which lies between grid points, so that it matches the headline score exactly.
   */
  here: { x: number; score: number; primeActivite: number; rsa: number };
}

export type Evaluation =
  | {
      ok: true;
      household: Household;
      rights: Rights;
      features: Features;
      /** Variables whose value comes from the amounts computed by the law (empty in `declared` mode). */
      derived: string[];
      score: Score;
      sweep: Sweep;
      warnings: Problem[];
    }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

/** 0 to 2.5 SMIC by tenths of a SMIC. */
export const SWEEP_STEPS = 26;

/** Evaluates a household (any input: it is decoded and checked first) with `model`. */
export function evaluate(model: Model, rawHousehold: unknown): Evaluation {
  return evaluateDecoded(model, decodeHousehold(rawHousehold));
}

/** Evaluates a household already decoded (the page's view decodes it once for all its parts). */
export function evaluateDecoded(model: Model, decoded: DecodedHousehold): Evaluation {
  if (decoded.errors.length) return { ok: false, errors: decoded.errors, warnings: decoded.warnings };
  if (model.kind === 'card') return { ok: false, errors: [problem('error', 'model', 'engine.card')], warnings: [] };
  const household = decoded.household;
  const householdRights = rights(household);
  const effective = effectiveHousehold(household, householdRights);
  const features = encodeHousehold(effective);
  const scored = score(model, features);
  const here = {
    x: household.adults[0]!.earnings,
    score: scored.score,
    primeActivite: effective.benefits.primeActivite,
    rsa: effective.benefits.rsa,
  };
  // Without the family benefits by the law (a month before their parameters), AF and CF are as typed.
  const familyIds = new Set(['montant_moyen_af_12m', 'montant_moyen_cf_12m']);
  const derived =
    household.benefitsSource === 'computed'
      ? LAW_DERIVED_FEATURES.filter(
          (id) =>
            model.variables.some((v) => v.id === id) &&
            (householdRights.family || !familyIds.has(id)) &&
            // The AAH follows from the law only when an incapacity rate is given; else it is as typed.
            (id !== 'aah_et_travail' || householdRights.aah !== null),
        )
      : [];
  return {
    ok: true,
    household,
    rights: householdRights,
    features,
    derived,
    score: scored,
    sweep: earningsSweep(model, household, here),
    warnings: decoded.warnings,
  };
}

/**
 * Score as the first adult's earnings go from 0 to 2.5 net SMIC, the same every worked month,
 * everything else unchanged. In `computed` mode the RSA and prime d'activité follow.
 */
export function earningsSweep(model: Model, h: Household, here: Sweep['here']): Sweep {
  const max = Math.round(2.5 * smicNet(h.month));
  const x = Array.from({ length: SWEEP_STEPS }, (_, i) => Math.round((max * i) / (SWEEP_STEPS - 1)));
  const out: Sweep = {
    variable: 'earnings',
    x,
    score: [],
    primeActivite: [],
    rsa: [],
    here,
  };
  for (const earnings of x) {
    // The first adult earns `earnings` every worked month: any month-by-month history is dropped.
    const adults = h.adults.map(({ earningsHistory: _history, ...a }, i) =>
      i === 0 ? { ...a, earnings } : h.adults[i]!,
    );
    const variant = { ...h, adults };
    const e = effectiveHousehold(
      variant,
      h.benefitsSource === 'computed' ? rights(variant, { meansOnly: true }) : undefined,
    );
    out.score.push(probability(model, encodeHousehold(e)));
    out.primeActivite.push(e.benefits.primeActivite);
    out.rsa.push(e.benefits.rsa);
  }
  return out;
}

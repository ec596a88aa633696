// A household's model variables as a design vector over the constraint slots: logit = Σ x_k w_k.
// Mirrors score()'s choice of term exactly (same level, bin and reference rules).

import type { Features, Model } from '../types.ts';
import { applyImputation } from '../impute.ts';
import { findBin, levelOf } from '../score.ts';
import type { Constraints } from './constraints.ts';

/** The design vector of `features` (slot 0, the intercept, is 1). Variables absent from `features` count at their reference. */
export function designVector(
  model: Model,
  c: Constraints,
  raw: Features,
  out = new Float64Array(c.size),
): Float64Array {
  // As score(): a declared imputation first, numbers naming categorical levels.
  const features = applyImputation(model, raw).features;
  out.fill(0);
  out[0] = 1;
  model.variables.forEach((v, j) => {
    const at = c.firstSlot[j]!;
    const value = features[v.id] ?? null;
    switch (v.type) {
      case 'boolean':
        if (value === true) out[at] = 1;
        break;
      case 'categorical': {
        // Only levels with a coefficient have a slot, in level order: count them up to the chosen one.
        let k = at;
        const chosen = levelOf(v.levels, value);
        for (const l of v.levels) {
          if (!l.coefficient) continue;
          if (l === chosen) out[k] = 1;
          k++;
        }
        break;
      }
      case 'numeric':
        // A missing bin has no slot (robust/constraints.ts, hashed by the calibration data): the
        // ranges count it 0. No shipped model has a non-zero one; score() uses its value.
        if (typeof value !== 'number') break;
        if (v.encoding === 'linear') out[at] = value;
        else {
          const bin = findBin(v.bins, value);
          if (bin) out[at + v.bins.indexOf(bin)] = 1;
        }
        break;
      case 'unknown':
        break;
    }
  });
  return out;
}

/** Σ x_k w_k for one weight row starting at `offset` of `weights`. */
export function dot(x: Float64Array, weights: Float64Array, offset = 0): number {
  let s = 0;
  for (let k = 0; k < x.length; k++) s += x[k]! * weights[offset + k]!;
  return s;
}

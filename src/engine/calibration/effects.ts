// What each variable does to one household's log-odds over an ensemble of weight sets: the
// explanation's "range of effect" once the published figures are taken into account. A term is
// weight × value summed over the variable's slots; its 5/50/95 % are read over the ensemble's sets,
// weighted by their importance. Pure: the worker calls it over the shipped or calibrated ensemble.

import { termRanges } from '../robust/bands.ts';
import type { Constraints } from '../robust/constraints.ts';
import type { Ensemble } from './ensemble.ts';
import { weightedQuantiles } from './smc.ts';

export interface EffectQuantiles {
  q05: number;
  q50: number;
  q95: number;
}

export interface TermEffect extends EffectQuantiles {
  variable: string;
}

export interface TermEffects {
  /** One entry per variable this household uses (a term not identically 0), in model order. */
  terms: TermEffect[];
  /**
   * The variables whose sign the prior does not fix for this household (their term can be either side of
   * 0), summed per set: the explanation's "peuvent faire monter ou baisser" row. Null when there are none.
   */
  unknown: (EffectQuantiles & { variables: string[] }) | null;
}

const PS = [0.05, 0.5, 0.95] as const;

/**
 * The effect of each variable of design vector `x` over the ensemble `e` (whose slots are `c`'s:
 * check with fitsModel first). `variables` are the model's, in order.
 */
export function ensembleTermEffects(
  e: Ensemble,
  c: Constraints,
  variables: readonly { id: string }[],
  x: ArrayLike<number>,
): TermEffects {
  if (x.length !== e.slots || c.size !== e.slots)
    throw new RangeError(`design vector of ${x.length} slots for an ensemble of ${e.slots}`);
  // The prior's exact ranges say which terms are used and which have a sign known whatever the weights.
  const ranges = termRanges(c, variables, Float64Array.from(x));
  const used = ranges.map((r, j) => ({ r, j })).filter(({ r, j }) => r.lo !== 0 || r.hi !== 0 || hasValue(c, x, j));
  const unknown = used.filter(({ r }) => r.lo < 0 && r.hi > 0).map(({ j }) => j);
  const values = new Float64Array(e.sets);
  const sum = new Float64Array(e.sets);
  const quantiles = (v: Float64Array): EffectQuantiles => {
    const [q05, q50, q95] = weightedQuantiles(v, e.importance, PS) as [number, number, number];
    return { q05, q50, q95 };
  };
  const terms = used.map(({ r, j }) => {
    for (let s = 0; s < e.sets; s++) {
      let t = 0;
      for (let k = c.firstSlot[j]!, at = s * e.slots + k; k < c.firstSlot[j + 1]!; k++, at++)
        t += x[k]! * e.weights[at]!;
      values[s] = t;
      if (unknown.includes(j)) sum[s]! += t;
    }
    return { variable: r.variable, ...quantiles(values) };
  });
  return {
    terms,
    unknown: unknown.length ? { variables: unknown.map((j) => variables[j]!.id), ...quantiles(sum) } : null,
  };
}

/** True when the household has a non-zero value in one of variable j's slots. */
function hasValue(c: Constraints, x: ArrayLike<number>, j: number): boolean {
  for (let k = c.firstSlot[j]!; k < c.firstSlot[j + 1]!; k++) if (x[k] !== 0) return true;
  return false;
}

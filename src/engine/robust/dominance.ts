// Sign dominance: when every term that differs between two households moves the logit the same
// way for every weight its direction allows, and the fixed weights' part agrees, the order of
// the two scores holds whatever the unknown weights are. Sizes of ranges are never used here.

import type { Model } from '../types.ts';
import type { Constraints } from './constraints.ts';

export type DominanceVerdict = 'a>=b' | 'b>=a' | 'equal' | 'none';

/** How one variable's terms differ between A and B. */
export interface TermSign {
  variable: string;
  /**
   * `a`: raises logit(A) − logit(B) for every allowed weight; `b`: lowers it; `?`: either, by the
   * weight; `=`: fixed weights whose terms cancel.
   */
  favours: 'a' | 'b' | '?' | '=';
  /** True when the term is made of fixed weights only: its exact part of logit(A) − logit(B) is `fixed`. */
  fixedOnly: boolean;
  fixed: number;
}

export interface Dominance {
  verdict: DominanceVerdict;
  /** With `none`: the order that fewer variables break (ties: the one the fixed part points to). */
  closest: 'a>=b' | 'b>=a' | null;
  /** Variable ids that break `closest` (empty unless `none`), in model order. */
  breaking: string[];
  /** The fixed weights' part of logit(A) − logit(B). */
  fixedDiff: number;
  /** Every variable whose terms differ between A and B. */
  terms: TermSign[];
}

/** Below this a fixed difference is rounding, not a difference. */
const EPS = 1e-12;

/**
 * The sign-dominance verdict between design vectors `xa` and `xb` (see designVector). For a free
 * weight of sign s and a difference d = x_A − x_B, the term d·w has the sign of s·d for every
 * allowed w; a weight of unknown sign that differs can go either way and breaks both orders.
 */
export function dominance(model: Model, c: Constraints, xa: Float64Array, xb: Float64Array): Dominance {
  const byVar = new Map<number, TermSign>();
  let fixedDiff = 0;
  for (let k = 1; k < c.size; k++) {
    const d = xa[k]! - xb[k]!;
    if (d === 0) continue;
    const j = c.variable[k]!;
    let t = byVar.get(j);
    if (!t) byVar.set(j, (t = { variable: model.variables[j]!.id, favours: 'a', fixedOnly: true, fixed: 0 }));
    if (!c.free[k]) {
      t.fixed += d * c.base[k]!;
      fixedDiff += d * c.base[k]!;
      continue;
    }
    const s = c.sign[k]! * Math.sign(d);
    const f = s > 0 ? 'a' : s < 0 ? 'b' : '?';
    t.favours = t.fixedOnly ? f : t.favours === f ? f : '?';
    t.fixedOnly = false;
  }
  // A variable that mixes fixed and free slots is judged by its free part; its fixed part is in fixedDiff.
  const terms = [...byVar.entries()].sort((p, q) => p[0] - q[0]).map(([, t]) => t);
  for (const t of terms) if (t.fixedOnly) t.favours = t.fixed > EPS ? 'a' : t.fixed < -EPS ? 'b' : '=';
  // A fixed term against the order breaks it only when the whole fixed part points the other way.
  const breaks = (side: 'a' | 'b', fixedAgainst: boolean) =>
    terms
      .filter((t) => (t.fixedOnly ? fixedAgainst && t.favours === (side === 'a' ? 'b' : 'a') : t.favours !== side))
      .map((t) => t.variable);
  const forA = breaks('a', fixedDiff < -EPS);
  const forB = breaks('b', fixedDiff > EPS);
  const free = terms.filter((t) => !t.fixedOnly);
  if (!free.length && Math.abs(fixedDiff) <= EPS)
    return { verdict: 'equal', closest: null, breaking: [], fixedDiff, terms };
  if (!forA.length) return { verdict: 'a>=b', closest: null, breaking: [], fixedDiff, terms };
  if (!forB.length) return { verdict: 'b>=a', closest: null, breaking: [], fixedDiff, terms };
  const closest =
    forA.length < forB.length || (forA.length === forB.length && fixedDiff >= 0)
      ? ('a>=b' as const)
      : ('b>=a' as const);
  return { verdict: 'none', closest, breaking: closest === 'a>=b' ? forA : forB, fixedDiff, terms };
}

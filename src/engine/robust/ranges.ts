// The documented default plausible range of a free weight, and the rule that fixes a weight:
// a published or reported number is the publisher's, every other number may move.

import type { Direction, SourcedNumber, Status, Variable } from '../types.ts';

/**
 * Largest plausible effect of one variable, in log-odds, across its usual span: e² ≈ 7.4, i.e.
 * the odds multiplied or divided by at most about 7. Published scoring regressions rarely give a
 * single criterion more; an expert who knows better writes a `range` on the number.
 */
export const MAX_EFFECT = 2;

/**
 * Default plausible range of a model's intercept: the reference household (every term at 0) has
 * a probability between 1 % and 50 %, i.e. logit between ln(1/99) ≈ −4.6 and 0.
 */
export const INTERCEPT_RANGE: readonly [number, number] = [Math.log(1 / 99), 0];

/**
 * Usual spread of a numeric variable by unit, used when the variable gives no `span`: a default
 * linear weight is then at most MAX_EFFECT / span per unit. Spans are about the gap between a
 * typical low and a typical high household, not the extremes.
 */
export const DEFAULT_SPANS: Readonly<Record<string, number>> = Object.assign(Object.create(null), {
  '€/mois': 1000,
  '× SMIC net': 1.5,
  mois: 12,
  ans: 40,
  'loyer / ressources': 0.5,
});
/** A unit the table above does not know spreads over 1 of itself. */
export const FALLBACK_SPAN = 1;

/** True when the number is the publisher's (or reported by a source) and must not move. */
export const isFixed = (status: Status): boolean => status === 'published' || status === 'reported';

/** The span a linear variable's default range uses. */
export function spanOf(v: Variable): number {
  if (v.type !== 'numeric' || v.encoding !== 'linear') return 1;
  return v.span ?? DEFAULT_SPANS[v.unit] ?? FALLBACK_SPAN;
}

/** [−m, m] cut to the half-line the direction allows. */
export function directed(m: number, d: Direction | undefined): [number, number] {
  return d === '+' ? [0, m] : d === '-' ? [-m, 0] : [-m, m];
}

/**
 * The interval a number may take in the robust views: its value when fixed, its own `range`
 * when it has one, else the default (MAX_EFFECT across the span, on the direction's side).
 * `v` is the variable the number weighs; omitted for the intercept.
 */
export function plausibleRange(n: SourcedNumber, v?: Variable): [number, number] {
  if (isFixed(n.status)) return [n.value, n.value];
  if (n.range) {
    // The validator refuses a range across the direction's zero; a model built in code is cut to it.
    const [lo, hi] = n.range;
    if (n.direction === '+') return [Math.max(0, lo), Math.max(0, hi)];
    if (n.direction === '-') return [Math.min(0, lo), Math.min(0, hi)];
    return [lo, hi];
  }
  if (!v) return [INTERCEPT_RANGE[0], INTERCEPT_RANGE[1]];
  return directed(MAX_EFFECT / spanOf(v), n.direction);
}

/**
 * True when the number moves in the robust views: not fixed, and its range wider than a point. The one
 * rule of a free weight: the constraints' free slots and the page's "every weight fixed" both read it.
 */
export function isFree(n: SourcedNumber, v?: Variable): boolean {
  if (isFixed(n.status)) return false;
  const [lo, hi] = plausibleRange(n, v);
  return lo < hi;
}

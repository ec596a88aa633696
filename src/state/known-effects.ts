// The explanation's rows, what is known first: a pure grouping of the view's term ranges, run in the page.
export { knownEffects, wayOf } from '../engine/robust/known-effects.ts';
export type { EffectRow, KnownEffects, Way } from '../engine/robust/known-effects.ts';

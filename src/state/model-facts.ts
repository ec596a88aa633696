// What the page needs to know of a model before any score: whether every weight is fixed. The rule
// is the engine's (engine/provenance.ts), the one the explorer's ranges use; the page asks it here.

export { allWeightsFixed } from '../engine/provenance.ts';

// Robust views of a model whose weights are not all known: constraints, seeded draws, bands,
// sign dominance, sampled comparisons, sensitivity curves and counterfactuals. Pure TypeScript.
export * from './ranges.ts';
export * from './constraints.ts';
export * from './design.ts';
export * from './sampler.ts';
export * from './quantiles.ts';
export * from './bands.ts';
export * from './dominance.ts';
export * from './sampled.ts';
export * from './fields.ts';
export * from './encode.ts';
export * from './sweep.ts';
export * from './threshold.ts';
export * from './counterfactual.ts';
export * from './explorer.ts';

// The engine's public surface: pure TypeScript, no DOM, runs in Node, the worker and tests.
export * from './types.ts';
export * from './score.ts';
export * from './validate-model.ts';
export * from './load-model.ts';
export * from './csv-model.ts';
export * from './household.ts';
export * from './validate-household.ts';
export * from './features.ts';
export * from './evaluate.ts';
export * from './check-features.ts';
export * from './entitlements.ts';
export * from './timeline.ts';
export * from './batch.ts';
export * from './registry.ts';
export { formatProblem } from './problems.ts';

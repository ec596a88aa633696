// The engine's public surface: pure TypeScript, no DOM, runs in Node, the worker and tests.
export * from './types.ts';
export * from './score.ts';
export * from './fold.ts';
export * from './validate-model.ts';
export * from './load-model.ts';
export * from './csv-model.ts';
export * from '../household/household.ts';
export * from '../household/decode.ts';
export * from './features.ts';
export * from './evaluate.ts';
export * from './check-features.ts';
export * from './rights.ts';
export * from '../household/timeline.ts';
export * from './batch.ts';
export * from './registry.ts';
export { problem, type Problem, type Param, type Severity } from '../problems/index.ts';
export * from './robust/index.ts';
export * from './view.ts';

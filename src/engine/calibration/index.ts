// Calibration on published aggregates (docs/calibration.md): targets, the population's design, the
// ABC-SMC sampler, rank tables, ensembles and the headline lookup. Pure TypeScript.
export * from './targets.ts';
export * from './design.ts';
export * from './simulate.ts';
export * from './calibrate.ts';
export * from './tables.ts';
export * from './ensemble.ts';
export * from './headline.ts';
export * from './narrowing.ts';
export * from './card.ts';
export * from './build.ts';
export * from './rank.ts';
export * from './shipped.ts';
export * from './what-if.ts';
export * from './composition.ts';
export * from './effects.ts';
export * from './view.ts';

// The files the shipped ensembles follow from: the build hashes them into each card, and a test
// checks the hashes still match (test/unit/calibration-data.test.ts).

/** Scorable shipped models (dmde-2026-modele-2 is a card: no structure to score). */
export const SHIPPED_CALIBRATED = ['dmde-2026-modele-1', 'cnaf-2014'] as const;
export const POPULATION_FILE = 'public/population/foyers.bin';
export const TARGETS_FILE = 'src/calibration/targets.csv';
export const modelFile = (id: string) => `src/models/${id}.json`;
/** The code whose change changes the numbers. */
export const CODE_FILES = [
  'src/engine/calibration/design.ts',
  'src/engine/calibration/simulate.ts',
  'src/engine/calibration/smc.ts',
  'src/engine/calibration/calibrate.ts',
  'src/engine/calibration/calibrate-types.ts',
  'src/engine/calibration/tables.ts',
  'src/engine/calibration/ensemble.ts',
  'src/engine/calibration/table-codec.ts',
  'src/engine/calibration/build.ts',
  'src/engine/calibration/targets.ts',
  'src/engine/calibration/composition.ts',
  'src/engine/calibration/view.ts',
  'src/engine/robust/constraints.ts',
  'src/engine/robust/sampler.ts',
  'src/engine/robust/ranges.ts',
] as const;

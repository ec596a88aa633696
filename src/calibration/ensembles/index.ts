// The shipped ensembles, one generated module per scorable model (scripts/calibrate-build.ts).
// Imported on demand only: each is a separate chunk that the worker loads when a headline is asked.

export interface EnsembleModule {
  card: unknown;
  calibrated: string;
  prior: string;
  /** The population view's figures (src/engine/calibration/view.ts). */
  view?: unknown;
}

export const SHIPPED_ENSEMBLES: Readonly<Record<string, () => Promise<EnsembleModule>>> = {
  'dmde-2026-modele-1': () => import('./dmde-2026-modele-1.ts'),
  'cnaf-2014': () => import('./cnaf-2014.ts'),
};

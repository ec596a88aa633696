// The shipped ensembles, generated modules per scorable model (scripts/calibrate-build.ts).
// Imported on demand only: each is a separate chunk that the worker loads when a headline is asked;
// the population view's stored figures are a chunk of their own, loaded when that view opens.

/** An ensemble as a generated module stores it (engine/calibration/ensemble.ts: EncodedEnsemble, bytes in base64). */
export interface StoredEnsemble {
  bytes: string;
  tables: string;
}

export interface EnsembleModule {
  card: unknown;
  calibrated: StoredEnsemble;
  prior: StoredEnsemble;
}

export const SHIPPED_ENSEMBLES: Readonly<Record<string, () => Promise<EnsembleModule>>> = {
  'dmde-2026-modele-1': () => import('./dmde-2026-modele-1.ts'),
  'cnaf-2014': () => import('./cnaf-2014.ts'),
};

/** The population view's figures (src/engine/calibration/view.ts), per model. */
export const SHIPPED_VIEWS: Readonly<Record<string, () => Promise<{ view: unknown }>>> = {
  'dmde-2026-modele-1': () => import('./dmde-2026-modele-1-view.ts'),
  'cnaf-2014': () => import('./cnaf-2014-view.ts'),
};

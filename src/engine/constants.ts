// Constants the interface needs without loading the engine itself.

/** The model the app opens with: the CNAF's current model. */
export const DEFAULT_MODEL_ID = 'dmde-2026-modele-1';

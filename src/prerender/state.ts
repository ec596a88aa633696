// What the build renders into index.html and the page hydrates with: one place builds the app
// state from it, so the build and the browser start from exactly the same values.

import { AppState } from '../state/app.svelte.ts';
import type { Evaluation, ExplorerView, Model } from '../engine/index.ts';
import type { Household } from '../household/household.ts';

export { STALE_ATTRIBUTE, STATE_ELEMENT } from './constants.ts';

export interface Prerendered {
  /** The month the build was made in: the default household's, and the one the view shows. */
  month: string;
  household: Household;
  models: Model[];
  modelId: string;
  evaluation: Evaluation;
  explorer: ExplorerView | null;
}

/** The app state of the prerendered view: French, full page, the default household, already scored. */
export function appFrom(p: Prerendered): AppState {
  const app = new AppState(p.household);
  app.models = p.models;
  app.modelId = p.modelId;
  app.showScored(p.evaluation, p.explorer);
  return app;
}

// Build-time only (server render, in Node): the default view, scored by the same engine code the
// worker runs, rendered to HTML with the state it was rendered from.

import { render } from 'svelte/server';
import App from '../ui/App.svelte';
import { createApi } from '../worker/api.ts';
import { defaultHousehold } from '../household/household.ts';
import { DEFAULT_MODEL_ID } from '../engine/constants.ts';
import { encodeState } from './codec.ts';
import { appFrom, type Prerendered } from './state.ts';

/**
 * Links in the page are made from `location.href`, which Node has not: any absolute address does,
 * since the browser recomputes them while hydrating (text, `href` of links and form values).
 */
const BUILD_LOCATION = 'https://prerender.invalid/';

export function prerender(month: string): { head: string; body: string; state: string; data: Prerendered } {
  const api = createApi();
  const household = defaultHousehold(month);
  // The same two calls, with the same options, as AppState.refresh makes for a household.
  const evaluation = api.evaluate({ id: 1, modelId: DEFAULT_MODEL_ID, household }).evaluation;
  const view = api.explore({ id: 1, modelIds: [DEFAULT_MODEL_ID], households: [household], sweepFields: [] });
  const data: Prerendered = {
    month,
    household,
    models: api.listModels(),
    modelId: DEFAULT_MODEL_ID,
    evaluation,
    explorer: view.answer.ok ? view.answer.value : null,
  };
  const g = globalThis as { location?: unknown };
  const had = 'location' in g;
  if (!had) g.location = new URL(BUILD_LOCATION);
  try {
    const { head, body } = render(App, { props: { app: appFrom(data) } });
    return { head, body, state: encodeState(data), data };
  } finally {
    if (!had) delete g.location;
  }
}

// Build-time only (server render, in Node): the default view, scored by the same engine code the
// worker runs, rendered to HTML with the state it was rendered from.

import { render } from 'svelte/server';
import App from '../ui/App.svelte';
import { shippedModels, view } from '../engine/index.ts';
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
  const models = shippedModels();
  const household = defaultHousehold(month);
  // The engine function the worker answers the page's requests with: no pin, no other model, no curve.
  const { evaluation, explorer } = view(new Map(models.map((m) => [m.id, m])), {
    household,
    modelId: DEFAULT_MODEL_ID,
  });
  const data: Prerendered = { month, household, models, modelId: DEFAULT_MODEL_ID, evaluation, explorer };
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

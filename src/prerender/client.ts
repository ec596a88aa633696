// The page's side of prerendering: reads the state the build rendered, hydrates with it, then puts
// this visit's household, language and link in place, keeping the score only where it still holds.

import type { AppState } from '../state/app.svelte.ts';
import type { Startup } from '../state/startup.ts';
import type { UrlState } from '../state/url.ts';
import { decodeState } from './codec.ts';
import { STATE_ELEMENT } from './constants.ts';
import { appFrom, type Prerendered } from './state.ts';

/** The prerendered state in `doc`, or undefined (none, or unreadable: the page then mounts afresh). */
export function readPrerendered(doc: Document): Prerendered | undefined {
  const text = doc.getElementById(STATE_ELEMENT)?.textContent;
  if (!text) return undefined;
  try {
    return decodeState<Prerendered>(text);
  } catch {
    return undefined;
  }
}

/** Same household, field by field (both are plain data). */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Builds the app from the prerendered state, hands it to `hydrate`, then applies this visit's
 * startup and link. `current` is false when the score on screen was not this visit's: it is then
 * withdrawn (the page says it is being computed) rather than shown as if it were.
 */
export function takeOver(
  p: Prerendered,
  hydrate: (app: AppState) => void,
  start: Startup,
  url: UrlState,
): { app: AppState; current: boolean } {
  const app = appFrom(p);
  hydrate(app);
  if (!same(start.household, p.household)) app.household = start.household;
  app.kept.adopt(start);
  app.openLink({ ...url, household: undefined });
  const current = same(start.household, p.household) && app.modelId === p.modelId && !url.weights;
  if (!current) app.results.withdraw();
  return { app, current };
}

/**
 * Scores the current household in the page, once, for the first paint: the worker's engine code,
 * in a chunk of its own that the boot script has preloaded. Kept only while nothing newer came (the worker's reply).
 * A link's edited weights are left to the worker, which keeps the edited model.
 */
export async function scoreInPage(app: AppState): Promise<void> {
  const { inPageView } = await import('./in-page.ts');
  const modelId = app.modelId;
  if (app.evaluation || !app.models.some((m) => m.id === modelId)) return;
  // Plain data: the worker would receive the same through structured cloning.
  const household: unknown = JSON.parse(JSON.stringify(app.household));
  // The worker's own `view`, in the page: the same engine function, no callback (nothing to send ahead).
  const shown = await inPageView()({ household, modelId });
  // The view ran without yielding: the household and the model are still those scored.
  if (app.evaluation || !shown) return;
  performance.mark('app:first-evaluation');
  app.showScored(shown.evaluation, shown.explorer);
}

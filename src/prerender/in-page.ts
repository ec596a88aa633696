// A shared link's first score, in the page: the worker's own `view` over the shipped models and
// nothing else of its API (model import, batch, comparisons, calibration), so that this chunk is
// small, and the boot script can preload it while the main bundle loads (scripts/vite-prerender.ts).

import { RobustContext, shippedModels, viewCall } from '../engine/index.ts';

export function inPageView() {
  return viewCall(new Map(shippedModels().map((m) => [m.id, m])), new RobustContext());
}

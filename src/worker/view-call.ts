// The engine's `view` as the worker (and the embed's in-page engine) answers it: the score goes
// back first through `onScore`, then the whole view. A request overtaken while its score travelled
// stops there: the page keeps only the latest request's reply.

import { viewPhases, type Evaluation, type Model, type RobustContext, type ViewRequest } from '../engine/index.ts';
import type { ViewResult } from '../engine/index.ts';

export type { ViewRequest, ViewResult };

/** The first phase, sent ahead of the ranges; may be a Comlink proxy to the page (its reply is awaited). */
export type OnScore = (evaluation: Evaluation) => unknown;

export function viewCall(models: ReadonlyMap<string, Model>, ctx: RobustContext) {
  let latest = 0;
  return async (req: ViewRequest, onScore?: OnScore): Promise<ViewResult | null> => {
    const mine = ++latest;
    const phases = viewPhases(models, req, ctx);
    let step = phases.next();
    if (!step.done && onScore) {
      // Awaited: the score reaches the page before the ranges, whatever the ports' order.
      await onScore(step.value);
      if (mine !== latest) return null;
    }
    while (!step.done) step = phases.next();
    return step.value;
  };
}

// The embed's engine: the same scoring and explorer code as the worker's, called in the page.
// One household, a few milliseconds; and a sandboxed frame (an opaque origin) could start no
// worker anyway. Only what the embed asks for is here: no model import, no batch scoring, no
// comparison or counterfactual, so none of their code is in embed.html.

import { RobustContext, shippedModels, validateModel, viewCall, withDefinitions, type Model } from '../engine/index.ts';
import type { LoadResult } from '../worker/api.ts';
import type { Engine } from '../worker/client.ts';

export function embedApi() {
  const models = new Map<string, Model>(shippedModels().map((m) => [m.id, m]));
  const ctx = new RobustContext();
  return {
    listModels: (): Model[] => [...models.values()],
    /** The page's one request per edit: the same engine function as the worker's. */
    view: viewCall(models, ctx),
    /** A link's edited weights: the edited model is checked as the worker checks it, then kept. */
    putModel(raw: unknown, file: string): LoadResult {
      const r = validateModel(raw, undefined, { kind: 'imported', file });
      if (!r.ok) return r;
      const model = withDefinitions(r.value);
      models.set(model.id, model);
      return { ok: true, model, warnings: r.warnings };
    },
  };
}

/** The embed's Engine: the page's state object talks to it as to the worker's. */
export function embedEngine(): Engine {
  const api = embedApi();
  const wrapped = Object.fromEntries(
    Object.entries(api).map(([k, f]) => [
      k,
      async (...args: unknown[]) => (f as (...a: unknown[]) => unknown)(...args),
    ]),
  ) as unknown as Engine['api'];
  return {
    api: wrapped,
    mode: 'in-thread',
    models: api.listModels(),
    onRestart: () => undefined,
    onStatus: () => () => undefined,
  };
}

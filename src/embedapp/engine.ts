// The embed's engine: the same scoring and explorer code as the worker's, called in the page.
// One household, a few milliseconds; and a sandboxed frame (an opaque origin) could start no
// worker anyway. Only what the embed asks for is here: no model import, no batch scoring, no
// comparison or counterfactual, so none of their code is in embed.html.

import { evaluate, foldScore, problem, RobustContext, shippedModels, validateModel } from '../engine/index.ts';
import { decodeHousehold, withDefinitions, type Model, type Problem } from '../engine/index.ts';
import type { EvaluateRequest, LoadResult } from '../worker/api.ts';
import type { ExploreRequest } from '../worker/robust.ts';
import type { Engine } from '../worker/client.ts';
import { viewCall } from '../worker/view-call.ts';

/** The explorer's draw count, as the worker bounds it (robust.ts): the same bands as the full app. */
const draws = (n: number | undefined) => (Number.isInteger(n) && n! >= 1 ? Math.min(n!, 10_000) : 1000);

export function embedApi() {
  const models = new Map<string, Model>(shippedModels().map((m) => [m.id, m]));
  const ctx = new RobustContext();
  const unknown = (id: string) => problem('error', 'model', 'engine.unknownModel', { id });
  return {
    listModels: (): Model[] => [...models.values()],
    /** The page's one request per edit: the same engine function as the worker's. */
    view: viewCall(models, ctx),
    evaluate(req: EvaluateRequest) {
      const model = models.get(req.modelId);
      const evaluation = model
        ? evaluate(model, req.household)
        : { ok: false as const, errors: [unknown(req.modelId)], warnings: [] };
      return {
        id: req.id,
        evaluation: evaluation.ok ? { ...evaluation, score: foldScore(evaluation.score) } : evaluation,
      };
    },
    explore(req: ExploreRequest) {
      const missing = req.modelIds.filter((id) => !models.has(id));
      if (missing.length) return { id: req.id, answer: { ok: false as const, errors: missing.map(unknown) } };
      const errors: Problem[] = [];
      const warnings: Problem[] = [];
      const households = req.households.map((raw, i) => {
        const d = decodeHousehold(raw);
        // Located as the worker locates them (robust.ts), for the same answer.
        const at = (p: Problem) => ({ ...p, path: p.path ? `households[${i}].${p.path}` : `households[${i}]` });
        errors.push(...d.errors.map(at));
        warnings.push(...d.warnings.map(at));
        return d.household;
      });
      if (errors.length) return { id: req.id, answer: { ok: false as const, errors } };
      const { id: _id, modelIds, households: _h, ...options } = req;
      options.samples = draws(req.samples);
      const list = modelIds.map((id) => models.get(id)!);
      return { id: req.id, answer: { ok: true as const, value: ctx.explore(list, households, options), warnings } };
    },
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

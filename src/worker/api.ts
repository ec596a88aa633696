// What the worker exposes, as a plain object so that tests and the in-thread fallback use
// exactly the same code. Models imported by the user live here, never leave the device.

import { evaluate, loadModelText, score, shippedModels, withDefinitions } from '../engine/index.ts';
import type { Evaluation, Features, Model, Problem } from '../engine/index.ts';

export interface EvaluateRequest {
  /** Increasing id: the client ignores replies older than its latest request. */
  id: number;
  modelId: string;
  household: unknown;
}

export type LoadResult = { ok: true; model: Model; warnings: Problem[] } | { ok: false; errors: Problem[]; warnings: Problem[] };

export function createApi() {
  const models = new Map<string, Model>(shippedModels().map((m) => [m.id, m]));
  const unknownModel = (id: string): Evaluation => ({
    ok: false,
    errors: [{ path: 'model', severity: 'error', message: { fr: `modèle inconnu : ${id}`, en: `unknown model: ${id}` } }],
    warnings: [],
  });
  return {
    listModels(): Model[] {
      return [...models.values()];
    },
    /** Validates a model file's text; a valid model is kept (replacing one with the same id). */
    loadModel(text: string, file: string): LoadResult {
      const r = loadModelText(text, file, shippedModels());
      if (!r.ok) return r;
      const model = withDefinitions(r.value);
      models.set(model.id, model);
      return { ok: true, model, warnings: r.warnings };
    },
    evaluate(req: EvaluateRequest): { id: number; evaluation: Evaluation } {
      const model = models.get(req.modelId);
      return { id: req.id, evaluation: model ? evaluate(model, req.household) : unknownModel(req.modelId) };
    },
    /**
     * Scores many households given as rows of model variables (numbers; booleans as 0/1,
     * categorical levels as their index in the model). Returns the probabilities.
     */
    scoreBatch(modelId: string, rows: Float64Array, width: number): Float64Array {
      const model = models.get(modelId);
      if (!model || width !== model.variables.length) throw new Error(`batch width ${width} does not fit model ${modelId}`);
      const n = Math.floor(rows.length / width);
      const out = new Float64Array(n);
      const f: Features = {};
      for (let r = 0; r < n; r++) {
        model.variables.forEach((v, j) => {
          const x = rows[r * width + j]!;
          f[v.id] = v.type === 'boolean' ? x !== 0 : v.type === 'categorical' ? (v.levels[x]?.id ?? null) : x;
        });
        out[r] = score(model, f).score;
      }
      return out;
    },
  };
}

export type Api = ReturnType<typeof createApi>;

// The explorer's calls, coarse and plain: households and model ids in, structured-cloneable
// results out (arrays, typed arrays, plain objects). The worker keeps the draws and the law's
// results between calls, so a refresh after one edit redoes only what changed.

import { decodeHousehold, problem, RobustContext, modelConstraints, designVector } from '../engine/index.ts';
import { dominance, sampleComparison, DEFAULT_SEED } from '../engine/index.ts';
import type { Dominance, ExplorerOptions, ExplorerView, Household } from '../engine/index.ts';
import type { Model, Problem, SampledComparison } from '../engine/index.ts';

export type Answer<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; errors: Problem[] };

export interface ExploreRequest extends ExplorerOptions {
  /** Increasing id: the client ignores replies older than its latest request. */
  id: number;
  modelIds: string[];
  /** Pinned households (up to six), raw: each is decoded and checked. */
  households: unknown[];
}

export interface CompareRequest {
  modelId: string;
  a: unknown;
  b: unknown;
  /** Default 100 000: the pairwise view can afford the precise figure. */
  samples?: number;
  seed?: number;
}

/** A model's weights as the expert panel shows them: one entry per weight slot. */
export interface WeightTable {
  keys: string[];
  value: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
  free: Uint8Array;
  sign: Int8Array;
}

/** A request's draw count, kept where a call answers in well under a second. */
const drawCount = (n: number | undefined, fallback: number, max: number) =>
  Number.isInteger(n) && n! >= 1 ? Math.min(n!, max) : fallback;

/** The robust calls over the worker's models (the same Map the rest of the api uses). */
export function robustApi(models: Map<string, Model>, ctx = new RobustContext()) {
  /** The models named; a card (not scorable) is refused unless `cards` lets the explorer skip it. */
  const find = (ids: string[], cards = false): Answer<Model[]> => {
    const missing = ids.filter((id) => !models.has(id));
    if (missing.length)
      return { ok: false, errors: missing.map((id) => problem('error', 'model', 'engine.unknownModel', { id })) };
    const list = ids.map((id) => models.get(id)!);
    const card = list.find((m) => m.kind === 'card');
    return card && !cards
      ? { ok: false, errors: [problem('error', 'model', 'engine.card')] }
      : { ok: true, value: list, warnings: [] };
  };
  const decode = (raw: unknown[]): Answer<Household[]> => {
    const errors: Problem[] = [];
    const warnings: Problem[] = [];
    const households = raw.map((r, i) => {
      const d = decodeHousehold(r);
      const at = (p: Problem) => ({ ...p, path: p.path ? `households[${i}].${p.path}` : `households[${i}]` });
      errors.push(...d.errors.map(at));
      warnings.push(...d.warnings.map(at));
      return d.household;
    });
    return errors.length ? { ok: false, errors } : { ok: true, value: households, warnings };
  };
  return {
    /** Bands, exact terms, term ranges, banded sensitivity curves and pairwise verdicts for pinned households × models. */
    explore(req: ExploreRequest): { id: number; answer: Answer<ExplorerView> } {
      // Model cards are shown beside the others but have no score: the explorer leaves them out.
      const m = find(req.modelIds, true);
      const h = decode(req.households);
      if (!m.ok) return { id: req.id, answer: m };
      if (!h.ok) return { id: req.id, answer: h };
      const { id: _id, modelIds: _m, households: _h, ...options } = req;
      options.samples = drawCount(req.samples, 1000, 10_000);
      return { id: req.id, answer: { ok: true, value: ctx.explore(m.value, h.value, options), warnings: h.warnings } };
    },
    /** Sign dominance and the sampled difference between two households for one model. */
    compare(req: CompareRequest): Answer<{ dominance: Dominance; sampled: SampledComparison }> {
      const m = find([req.modelId]);
      const h = decode([req.a, req.b]);
      if (!m.ok) return m;
      if (!h.ok) return h;
      const model = m.value[0]!;
      const c = ctx.constraints(model);
      const [xa, xb] = h.value.map((x) => designVector(model, c, ctx.features.features(x)));
      return {
        ok: true,
        value: {
          dominance: dominance(model, c, xa!, xb!),
          sampled: sampleComparison(c, xa!, xb!, drawCount(req.samples, 100_000, 1_000_000), req.seed ?? DEFAULT_SEED),
        },
        warnings: h.warnings,
      };
    },
    /** Every weight slot of a model with its allowed interval: what the weight editor shows. */
    weights(modelId: string): Answer<WeightTable> {
      const m = find([modelId]);
      if (!m.ok) return m;
      const { keys, value, lo, hi, free, sign } = modelConstraints(m.value[0]!);
      return { ok: true, value: { keys, value, lo, hi, free, sign }, warnings: [] };
    },
  };
}

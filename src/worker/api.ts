// What the worker exposes, as a plain object so that tests and the in-thread fallback use
// exactly the same code. Models imported by the user live here, never leave the device.

import { transfer } from 'comlink';
import {
  compileModel,
  evaluate,
  foldScore,
  loadModelBytes,
  loadModelText,
  RobustContext,
  validateModel,
  viewCall,
  withDefinitions,
} from '../engine/index.ts';
import { problem, type CompiledModel, type Evaluation, type Model, type Problem } from '../engine/index.ts';
import { robustApi } from './robust.ts';
import { applicationApi } from './application.ts';
// The CNAF models at once; the published binned ones (Amsterdam, ~80 KB gzip) listed from a manifest
// and imported only when one is asked for (loadShipped), so that a first visit does not fetch them.
import { shippedModels } from '../engine/registry.ts';
import { BINNED_LIST } from './binned-list.ts';
import { loadBinnedModels } from '../engine/binned-load.ts';
import type { ChunkRequest, PopulationRequest } from './population.ts';
import type {
  CalibrateRequest,
  CompositionRequest,
  HeadlineRequest,
  HeadlinesRequest,
  PopulationViewRequest,
  WhatIfRequest,
} from './calibration.ts';
import type { CalibrationProgress } from '../engine/calibration/calibrate.ts';

export interface EvaluateRequest {
  /** Increasing id: the client ignores replies older than its latest request. */
  id: number;
  modelId: string;
  household: unknown;
}

export type LoadResult =
  { ok: true; model: Model; warnings: Problem[] } | { ok: false; errors: Problem[]; warnings: Problem[] };

const LEFT_OUT = { ok: false, reason: 'unavailable', detail: 'standalone' } as const;

export function createApi() {
  const models = new Map<string, Model>(shippedModels().map((m) => [m.id, m]));
  const compiled = new WeakMap<Model, CompiledModel>();
  // The calibration's code and data load on first use (docs/calibration.md); the mode check keeps
  // them out of the one-file page (the import after it is dead code there).
  let calibration: Promise<ReturnType<typeof import('./calibration.ts').calibrationApi>> | undefined;
  const calibrationCalls = async () => {
    if (import.meta.env?.MODE === 'standalone') throw new Error('standalone');
    return (calibration ??= import('./calibration.ts').then((m) => m.calibrationApi(models)));
  };
  const unknownModel = (id: string): Evaluation => ({
    ok: false,
    errors: [problem('error', 'model', 'engine.unknownModel', { id })],
    warnings: [],
  });
  const ctx = new RobustContext();
  // The binned models come as one family (the page compares their versions): all load together, once.
  let binned: Promise<Model[]> | undefined;
  const loadBinned = () =>
    (binned ??= loadBinnedModels().then((list) =>
      list.map((m) => {
        // An imported model of the same id, kept before, stays the one shown.
        if (!models.has(m.id)) models.set(m.id, m);
        return models.get(m.id)!;
      }),
    ));
  /** The shipped models, and the binned ones once loaded (templates for coefficient tables). */
  const shipped = () => [...models.values()].filter((m) => m.origin.kind === 'shipped');
  /** Models whose headline was looked up once (their ensembles are loaded, or known to be absent). */
  const looked = new Set<string>();
  return {
    ...robustApi(models, ctx),
    ...applicationApi(models),
    /**
     * Everything the page shows for one edit (engine/view.ts), in one request: the score first
     * through `onScore` when given, then the ranges, the other models and the open panels' curves.
     */
    view: viewCall(models, ctx, async ({ wait, ...req }) => {
      if (import.meta.env?.MODE === 'standalone') return { ok: false, reason: 'unavailable' };
      const answer = (async () => {
        const r = await (await calibrationCalls()).headline(req);
        looked.add(req.modelId);
        return r.ok ? r : { ok: false as const, reason: r.reason };
      })();
      if (wait || looked.has(req.modelId)) return answer;
      // The first lookup of a model loads its ensembles (a chunk of about a megabyte): the ranges do
      // not wait for it; the page asks again, waiting, and later lookups answer in a few milliseconds.
      answer.catch(() => undefined);
      return { ok: false, reason: 'loading' };
    }),
    /**
     * The population view's calls: its code and its file load into the worker on first use only. The
     * one-file page leaves the population out, and the mode check keeps its code out of that bundle too.
     */
    async populationOverview(req: PopulationRequest) {
      if (import.meta.env?.MODE === 'standalone') return LEFT_OUT;
      return (await import('./population.ts')).populationApi(models).overview(req);
    },
    async populationChunk(req: ChunkRequest) {
      if (import.meta.env?.MODE === 'standalone') return LEFT_OUT;
      return (await import('./population.ts')).populationApi(models).chunk(req);
    },
    /** Rank band and controlled share over the calibrated and prior ensembles (calibration.ts). */
    async calibrationHeadline(req: HeadlineRequest) {
      if (import.meta.env?.MODE === 'standalone') return LEFT_OUT;
      return (await calibrationCalls()).headline(req);
    },
    /** The same for many households in one call (pins, deck, handouts). */
    async calibrationHeadlines(req: HeadlinesRequest) {
      if (import.meta.env?.MODE === 'standalone') return LEFT_OUT;
      return (await calibrationCalls()).headlines(req);
    },
    /**
     * Loads the calibration's code and a shipped model's ensembles (a 1.7 MB chunk), the step the
     * client runs once per model and engine under its own allowance; true when the model has some.
     */
    async calibrationLoad(modelId: string): Promise<boolean> {
      if (import.meta.env?.MODE === 'standalone') return false;
      return (await calibrationCalls()).load(modelId);
    },
    /** What would bring a household under the rank cut of each weight set (calibration.ts). */
    async calibrationWhatIf(req: WhatIfRequest) {
      if (import.meta.env?.MODE === 'standalone') return LEFT_OUT;
      return (await calibrationCalls()).whatIf(req);
    },
    /** The controlled group's composition under each set of an ensemble, cached per ensemble (calibration.ts). */
    async calibrationComposition(req: CompositionRequest) {
      if (import.meta.env?.MODE === 'standalone') return LEFT_OUT;
      return (await calibrationCalls()).composition(req);
    },
    /**
     * The population view at the ensembles' threshold: overview, composition and the household's
     * place, from the figures stored with a shipped model's ensembles (no record loaded) (population-calibrated.ts).
     */
    async calibrationPopulation(req: PopulationViewRequest) {
      if (import.meta.env?.MODE === 'standalone') return LEFT_OUT;
      return (await calibrationCalls()).population(req);
    },
    /** Each variable's range of effect over the calibrated ensemble (calibration.ts). */
    async calibrationEffects(req: HeadlineRequest) {
      if (import.meta.env?.MODE === 'standalone') return LEFT_OUT;
      return (await calibrationCalls()).effects(req);
    },
    /** Calibrates an imported or edited model; pass `onProgress` through Comlink's proxy. */
    async calibrate(req: CalibrateRequest, onProgress?: (p: CalibrationProgress) => void) {
      if (import.meta.env?.MODE === 'standalone') return LEFT_OUT;
      return (await calibrationCalls()).calibrate(req, onProgress);
    },
    async stopCalibration() {
      if (import.meta.env?.MODE === 'standalone') return;
      (await calibrationCalls()).stop();
    },
    listModels(): Model[] {
      return [...models.values()];
    },
    /**
     * Loads the shipped model `id` when it is one of binned-list.ts (with its family: listModels
     * leaves them out until then) and returns the models that came; [] for any other id.
     */
    async loadShipped(id: string): Promise<Model[]> {
      return BINNED_LIST.some((row) => row.id === id) ? loadBinned() : [];
    },
    /**
     * Validates a model file, given as its bytes (its encoding is then found: UTF-8, UTF-16…) or as
     * text; a valid model is kept (replacing one with the same id).
     */
    loadModel(content: string | Uint8Array, file: string): LoadResult {
      const r =
        typeof content === 'string'
          ? loadModelText(content, file, shipped())
          : loadModelBytes(content, file, shipped());
      if (!r.ok) return r;
      const model = withDefinitions(r.value);
      models.set(model.id, model);
      return { ok: true, model, warnings: r.warnings };
    },
    /**
     * Keeps a model given as a plain object, such as one edited in the weight panel (the object a
     * model file holds, without `origin`); it is validated like a file and marked as imported.
     */
    putModel(raw: unknown, file: string): LoadResult {
      const r = validateModel(raw, undefined, { kind: 'imported', file });
      if (!r.ok) return r;
      const model = withDefinitions(r.value);
      models.set(model.id, model);
      return { ok: true, model, warnings: r.warnings };
    },
    evaluate(req: EvaluateRequest): { id: number; evaluation: Evaluation } {
      const model = models.get(req.modelId);
      const evaluation = model ? evaluate(model, req.household) : unknownModel(req.modelId);
      // The page lists at most LISTED_CONTRIBUTIONS rows: fold the rest here, before the reply is copied.
      return {
        id: req.id,
        evaluation: evaluation.ok ? { ...evaluation, score: foldScore(evaluation.score) } : evaluation,
      };
    },
    /**
     * Scores many households given as rows of model variables (see CompiledModel for the
     * layout). Send `rows` with Comlink's transfer; the probabilities come back the same way.
     */
    scoreBatch(modelId: string, rows: Float64Array, width: number): Float64Array {
      const model = models.get(modelId);
      if (!model || width !== model.variables.length)
        throw new Error(`batch width ${width} does not fit model ${modelId}`);
      let c = compiled.get(model);
      if (!c) compiled.set(model, (c = compileModel(model)));
      const out = c.scoreRows(rows);
      return transfer(out, [out.buffer]);
    },
  };
}

export type Api = ReturnType<typeof createApi>;

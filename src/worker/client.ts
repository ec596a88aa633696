// Connects the page to the engine: a Web Worker under the page's CSP, replaced when it stops
// answering, or the same engine in the page when no worker can start or keep running.

import type { Remote } from 'comlink';
import type { Api } from './api.ts';
import type { Model } from '../engine/types.ts';
import { inThreadBackend, workerBackend } from './backends.ts';
import { spawnWorker } from './spawn.ts';
import type { EngineMode } from './live.ts';
import { Supervisor, type EngineStatus, type SupervisorOptions } from './supervisor.ts';

export type { EngineMode, EngineStatus };

/** The model the app opens with when a link names none (the engine's registry decides). */
export { DEFAULT_MODEL_ID } from '../engine/constants.ts';

export interface Engine {
  /** Stable: calls go to whichever engine is live, and wait while a replacement starts. */
  api: Remote<Api>;
  mode: EngineMode;
  /** The models the engine started with (its first answer, which also proves it is alive). */
  models: Model[];
  /** Called when a new engine replaced a lost one (the caller re-sends its household). */
  onRestart(cb: () => void): void;
  /** Tells what happened to the engine, for the page to say; returns an unsubscribe function. */
  onStatus(cb: (s: EngineStatus) => void): () => void;
}

/**
 * The explorer's calls draw weights and score many variants (about 0.4 s for a full counterfactual
 * on the benchmark machine): they get this much more than an evaluation before a worker is called hung.
 */
// The calibration's calls read a model's ensembles, loaded before the first of them by a step of its own.
const ROBUST_CALLS = new Set<string>(['explore', 'compare', 'calibrationWhatIf', 'calibrationHeadlines']);
/**
 * The calls that read a model's calibration ensembles: the first of them per model and engine is
 * preceded by `calibrationLoad` under its own allowance (deadline.ts onceMs), so that these calls
 * keep a short one (a headline or the effects of one household: ordinary calls, a lookup) and a
 * worker that closed itself is noticed within the warm deadline, not half a minute.
 */
const ENSEMBLE_CALLS = new Set<string>([
  'calibrationWhatIf',
  'calibrationHeadline',
  'calibrationHeadlines',
  'calibrationEffects',
  'calibrationComposition',
  'calibrationPopulation',
]);
const ROBUST_ALLOWANCE_MS = 5000;
/**
 * A population call may first fetch and read the 6 MB population (0.1–3 s), then score it once per
 * draw of its chunk: its own allowance, by method, so that a replacement worker's calls get it too.
 */
const POPULATION_CALLS = new Set<string>([
  'populationOverview',
  'populationChunk',
  'calibrationComposition',
  'calibrationPopulation',
]);
const POPULATION_ALLOWANCE_MS = 30_000;
/**
 * A calibration in the worker reads the population, then scores thousands of weight sets (up to a
 * minute, more on a loaded machine); it yields between chunks, so the worker still answers meanwhile.
 */
const CALIBRATION_ALLOWANCE_MS = 600_000;

/**
 * Beyond this many variables a model's calls get more time, per variable: an imported table can
 * have 130,000 variables, and scoring, its earnings sweep and the explorer's draws grow with them.
 * Without it such a model's first evaluation would count as a hang, the replacement worker would be
 * handed the same model and the same call, and so on until the engine fell back into the page.
 */
const ORDINARY_VARIABLES = 200;
/** Per variable past ORDINARY_VARIABLES: 26 sweep points per evaluation; 1,000 draws per explorer cell. */
const EVALUATE_MS_PER_VARIABLE = 0.1;
const ROBUST_MS_PER_VARIABLE = 0.3;

/** How the engine's calls are supervised; `connectEngine` takes overrides for tests. */
export const engineOptions = (): SupervisorOptions => {
  /** Variables of each model the page loaded or edited (shipped models are of ordinary size). */
  const sizes = new Map<string, number>();
  const extra = (ids: unknown, per: number, times = 1) => {
    const list = Array.isArray(ids) ? ids : [ids];
    const n = list.reduce((sum: number, id) => sum + Math.max(0, (sizes.get(String(id)) ?? 0) - ORDINARY_VARIABLES), 0);
    return n * per * times;
  };
  return {
    // Throws where there is no Worker (an old browser, Node): the engine then runs in the page.
    spawnWorker: () => workerBackend(spawnWorker()),
    inThread: inThreadBackend,
    // An imported model lives in the engine: a new engine must receive it again, under its id.
    keep: (method, _args, result) => {
      const loaded = result as ReturnType<Api['loadModel']>;
      if (!((method === 'loadModel' || method === 'putModel') && loaded.ok)) return undefined;
      sizes.set(loaded.model.id, loaded.model.variables.length);
      return loaded.model.id;
    },
    weigh: (method, args, d) => {
      const req = (args[0] ?? {}) as { modelId?: unknown; modelIds?: unknown; households?: unknown[] };
      if (method === 'loadModel') return String(args[0]).length * d.perByteMs;
      if (method === 'scoreBatch') return (args[1] as Float64Array).length * d.perValueMs;
      if (method === 'evaluate' || method === 'view') return extra(req.modelId, EVALUATE_MS_PER_VARIABLE);
      if (ROBUST_CALLS.has(method))
        return (
          ROBUST_ALLOWANCE_MS + extra(req.modelIds ?? req.modelId, ROBUST_MS_PER_VARIABLE, req.households?.length ?? 2)
        );
      if (method === 'calibrate') return CALIBRATION_ALLOWANCE_MS;
      return POPULATION_CALLS.has(method) ? POPULATION_ALLOWANCE_MS : 0;
    },
    once: (method, args) => {
      if (!ENSEMBLE_CALLS.has(method)) return undefined;
      const modelId = String((args[0] as { modelId?: unknown } | undefined)?.modelId);
      // A model the page imported has no shipped ensembles: only the calibration's code to load,
      // once per engine, and already loaded by any shipped model's step.
      if (sizes.has(modelId)) return { key: 'calibration-code', method: 'calibrationLoad', args: [modelId] };
      return { key: `ensembles:${modelId}`, method: 'calibrationLoad', args: [modelId], implies: ['calibration-code'] };
    },
    // The view's score is bounded like an evaluation (above); its ranges, like the explorer's calls.
    rest: (method, args) => {
      if (method !== 'view') return undefined;
      const req = (args[0] ?? {}) as { modelId?: unknown; others?: unknown[]; pins?: unknown[] };
      const ids = [req.modelId, ...(Array.isArray(req.others) ? req.others : [])];
      return ROBUST_ALLOWANCE_MS + extra(ids, ROBUST_MS_PER_VARIABLE, 1 + (req.pins?.length ?? 0));
    },
  };
};

/** Connects to the engine, preferring a worker. `forceInThread` is for hosts that forbid workers. */
export async function connectEngine(forceInThread = false, options = engineOptions()): Promise<Engine> {
  const supervisor = new Supervisor(options, forceInThread);
  const call =
    (method: keyof Api) =>
    (...args: unknown[]) =>
      supervisor.call(method, args);
  const api = {
    listModels: call('listModels'),
    loadShipped: call('loadShipped'),
    loadModel: call('loadModel'),
    evaluate: call('evaluate'),
    view: call('view'),
    scoreBatch: call('scoreBatch'),
    explore: call('explore'),
    compare: call('compare'),
    weights: call('weights'),
    putModel: call('putModel'),
    populationOverview: call('populationOverview'),
    populationChunk: call('populationChunk'),
    calibrationHeadline: call('calibrationHeadline'),
    calibrationHeadlines: call('calibrationHeadlines'),
    calibrationWhatIf: call('calibrationWhatIf'),
    calibrationComposition: call('calibrationComposition'),
    calibrationPopulation: call('calibrationPopulation'),
    calibrationLoad: call('calibrationLoad'),
    calibrationEffects: call('calibrationEffects'),
    calibrate: call('calibrate'),
    stopCalibration: call('stopCalibration'),
    application: call('application'),
  } as Remote<Api>;
  const models = await api.listModels();
  const engine: Engine = {
    api,
    mode: supervisor.mode,
    models,
    onRestart: (cb) =>
      void supervisor.onStatus((s) => {
        if (s !== 'restarting') cb();
      }),
    onStatus: (cb) => supervisor.onStatus(cb),
  };
  supervisor.onStatus(() => (engine.mode = supervisor.mode));
  return engine;
}

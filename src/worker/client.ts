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
const ROBUST_CALLS = new Set<string>(['explore', 'compare', 'counterfactual']);
const ROBUST_ALLOWANCE_MS = 5000;
/**
 * A population call may first fetch and read the 6 MB population (0.1–3 s), then score it once per
 * draw of its chunk: its own allowance, by method, so that a replacement worker's calls get it too.
 */
const POPULATION_CALLS = new Set<string>(['populationOverview', 'populationChunk']);
const POPULATION_ALLOWANCE_MS = 30_000;

/** How the engine's calls are supervised; `connectEngine` takes overrides for tests. */
export const engineOptions = (): SupervisorOptions => ({
  // Throws where there is no Worker (an old browser, Node): the engine then runs in the page.
  spawnWorker: () => workerBackend(spawnWorker()),
  inThread: inThreadBackend,
  // An imported model lives in the engine: a new engine must receive it again, under its id.
  keep: (method, _args, result) => {
    const loaded = result as ReturnType<Api['loadModel']>;
    return (method === 'loadModel' || method === 'putModel') && loaded.ok ? loaded.model.id : undefined;
  },
  weigh: (method, args, d) =>
    method === 'loadModel'
      ? String(args[0]).length * d.perByteMs
      : method === 'scoreBatch'
        ? (args[1] as Float64Array).length * d.perValueMs
        : ROBUST_CALLS.has(method)
          ? ROBUST_ALLOWANCE_MS
          : POPULATION_CALLS.has(method)
            ? POPULATION_ALLOWANCE_MS
            : 0,
});

/** Connects to the engine, preferring a worker. `forceInThread` is for hosts that forbid workers. */
export async function connectEngine(forceInThread = false, options = engineOptions()): Promise<Engine> {
  const supervisor = new Supervisor(options, forceInThread);
  const call =
    (method: keyof Api) =>
    (...args: unknown[]) =>
      supervisor.call(method, args);
  const api = {
    listModels: call('listModels'),
    loadModel: call('loadModel'),
    evaluate: call('evaluate'),
    scoreBatch: call('scoreBatch'),
    explore: call('explore'),
    compare: call('compare'),
    counterfactual: call('counterfactual'),
    weights: call('weights'),
    putModel: call('putModel'),
    populationOverview: call('populationOverview'),
    populationChunk: call('populationChunk'),
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

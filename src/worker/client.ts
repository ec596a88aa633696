// Starts the engine in a Web Worker; if none can start (a sandboxed iframe, an old browser)
// the same engine runs in-thread so the app still works. Restarts a crashed worker.

import { wrap, type Remote } from 'comlink';
import type { Api } from './api.ts';
import type { Model } from '../engine/types.ts';

export type EngineMode = 'worker' | 'in-thread';

/** The model the app opens with when a link names none (the engine's registry decides). */
export { DEFAULT_MODEL_ID } from '../engine/constants.ts';

export interface Engine {
  api: Remote<Api> | Api;
  mode: EngineMode;
  /** The models the engine started with (its first answer, which also proves it is alive). */
  models: Model[];
  /** Called when a worker died and a new one replaced it (the caller re-sends its state). */
  onRestart(cb: () => void): void;
}

const START_TIMEOUT_MS = 4000;

async function startWorker(): Promise<{ api: Remote<Api>; worker: Worker; models: Model[] }> {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' });
  const api = wrap<Api>(worker);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let models: Model[];
  try {
    models = (await Promise.race([
      api.listModels(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('worker did not answer')), START_TIMEOUT_MS);
        worker.addEventListener('error', () => reject(new Error('worker failed to start')));
      }),
    ])) as Model[];
  } catch (e) {
    worker.terminate();
    throw e;
  } finally {
    clearTimeout(timer);
  }
  return { api, worker, models };
}

async function inThread(): Promise<Api> {
  const { createApi } = await import('./api.ts');
  return createApi();
}

/** Connects to the engine, preferring a worker. `forceInThread` is for hosts that forbid workers. */
export async function connectEngine(forceInThread = false): Promise<Engine> {
  const listeners: Array<() => void> = [];
  if (!forceInThread && typeof Worker !== 'undefined') {
    try {
      const first = await startWorker();
      const engine: Engine = {
        api: first.api,
        mode: 'worker',
        models: first.models,
        onRestart: (cb) => listeners.push(cb),
      };
      const watch = (w: Worker) =>
        w.addEventListener('error', async () => {
          w.terminate();
          try {
            const next = await startWorker();
            engine.api = next.api;
            watch(next.worker);
          } catch {
            engine.api = await inThread();
            engine.mode = 'in-thread';
          }
          listeners.forEach((cb) => cb());
        });
      watch(first.worker);
      return engine;
    } catch {
      /* fall through to in-thread */
    }
  }
  const api = await inThread();
  return { api, mode: 'in-thread', models: api.listModels(), onRestart: () => undefined };
}

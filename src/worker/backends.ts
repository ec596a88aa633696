// The two ways the engine runs: in a Web Worker reached through Comlink, or in the page itself.

import { proxy, wrap, type Endpoint } from 'comlink';
import type { Api } from './api.ts';
import type { Backend } from './live.ts';

/** What the worker's shim posts once the engine listens: anything sent earlier would be lost. */
export const READY = 'engine-ready';

export interface WorkerLike extends Endpoint {
  terminate(): void;
}

export function workerBackend(worker: WorkerLike): Backend {
  const failures: Array<() => void> = [];
  const ready = new Promise<void>((resolve, reject) => {
    const first = (e: Event) => {
      if ((e as MessageEvent).data !== READY) return;
      worker.removeEventListener('message', first);
      resolve();
    };
    worker.addEventListener('message', first);
    worker.addEventListener('error', () => {
      reject(new Error('the engine worker failed'));
      failures.forEach((cb) => cb());
    });
  });
  ready.catch(() => undefined);
  const remote = wrap<Api>(worker) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  return {
    mode: 'worker',
    // A function argument (the view's first phase) is called back from the worker, not copied.
    call: (method, args) =>
      ready.then(() => remote[method]!(...args.map((a) => (typeof a === 'function' ? proxy(a) : a)))),
    onFailure: (cb) => failures.push(cb),
    dispose: () => worker.terminate(),
  };
}

export async function inThreadBackend(): Promise<Backend> {
  const { createApi } = await import('./api.ts');
  const api = createApi() as unknown as Record<string, (...args: unknown[]) => unknown>;
  return {
    mode: 'in-thread',
    call: async (method, args) => api[method]!(...args),
    onFailure: () => undefined,
    dispose: () => undefined,
  };
}

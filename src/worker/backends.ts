// The two ways the engine runs: in a Web Worker reached through Comlink, or in the page itself.

import { wrap, type Endpoint } from 'comlink';
import type { Api } from './api.ts';
import type { Backend } from './live.ts';
import { isPhase, PHASE } from './phase.ts';

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
  // A function argument (the view's first phase) goes as a number; the worker's phase message names it.
  const phases = new Map<number, (value: unknown) => unknown>();
  let tags = 0;
  worker.addEventListener('message', (e) => {
    const data: unknown = (e as MessageEvent).data;
    if (isPhase(data)) phases.get(data[PHASE])?.(data.value);
  });
  const send = async (method: string, args: unknown[]) => {
    const mine: number[] = [];
    const sent = args.map((a) => {
      if (typeof a !== 'function') return a;
      const tag = ++tags;
      phases.set(tag, a as (value: unknown) => unknown);
      mine.push(tag);
      return tag;
    });
    try {
      return await remote[method]!(...sent);
    } finally {
      for (const tag of mine) phases.delete(tag);
    }
  };
  return {
    mode: 'worker',
    call: (method, args) => ready.then(() => send(method, args)),
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

// The engine the state tests connect the app to: the worker's real API, run in the thread, behind the
// client's shape (no worker, no restarts). `api` may wrap or replace calls of the real one (counting
// them, holding them back); `models` is what the real engine lists at start.
import { createApi } from '../../src/worker/api.ts';
import type { Engine } from '../../src/worker/client.ts';

export function inThreadEngine(api: object = createApi(), real: object = api): Engine {
  return {
    api,
    mode: 'in-thread',
    models: (real as { listModels(): unknown }).listModels(),
    onRestart: () => undefined,
    onStatus: () => () => undefined,
  } as unknown as Engine;
}

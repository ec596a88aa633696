// The view's score phase from a worker to the page: sent as its own message on the worker's port,
// before the reply, and handed to the call's callback; the reply still carries everything.
import { describe, expect, it } from 'vitest';
import { expose, type Endpoint } from 'comlink';
import { createApi } from '../../src/worker/api.ts';
import { READY, workerBackend, type WorkerLike } from '../../src/worker/backends.ts';
import { withPhases } from '../../src/worker/phase.ts';
import { defaultHousehold, type Evaluation, type ViewResult } from '../../src/engine/index.ts';

/** A worker in the same thread, messages cloned like postMessage does; `seen` logs what reaches the page. */
function fakeWorker(seen: string[]): WorkerLike {
  const outside = new EventTarget();
  const inside = new EventTarget();
  const deliver = (target: EventTarget, data: unknown) =>
    setTimeout(() => target.dispatchEvent(new MessageEvent('message', { data: structuredClone(data) })));
  const ep: Endpoint = {
    postMessage: (data: unknown) => {
      seen.push(data && typeof data === 'object' && 'engine-phase' in data ? 'phase' : 'message');
      deliver(outside, data);
    },
    addEventListener: (t, l) => inside.addEventListener(t, l),
    removeEventListener: (t, l) => inside.removeEventListener(t, l),
  };
  expose(
    withPhases(createApi(), (m) => ep.postMessage(m)),
    ep,
  );
  ep.postMessage(READY);
  return {
    postMessage: (data: unknown) => deliver(inside, data),
    addEventListener: (t: string, l: EventListenerOrEventListenerObject) => outside.addEventListener(t, l),
    removeEventListener: (t: string, l: EventListenerOrEventListenerObject) => outside.removeEventListener(t, l),
    terminate: () => undefined,
  } as WorkerLike;
}

describe('a view call to a worker', () => {
  it('hands the score to its callback before the reply, which carries it again with the ranges', async () => {
    const seen: string[] = [];
    const backend = workerBackend(fakeWorker(seen));
    const got: string[] = [];
    let score: Evaluation | undefined;
    const reply = (await backend.call('view', [
      { household: defaultHousehold('2026-09'), modelId: 'cnaf-2014' },
      (e: Evaluation) => {
        got.push('score');
        score = e;
      },
    ])) as ViewResult;
    got.push('reply');
    expect(got).toEqual(['score', 'reply']);
    expect(score).toEqual(reply.evaluation);
    expect(reply.explorer?.cells).toHaveLength(1);
    // one phase message, then Comlink's reply, on the same port
    expect(seen.slice(1)).toEqual(['phase', 'message']);
  });

  it('sends a call without a callback as before: no phase message', async () => {
    const seen: string[] = [];
    const backend = workerBackend(fakeWorker(seen));
    const reply = (await backend.call('view', [
      { household: defaultHousehold('2026-09'), modelId: 'cnaf-2014' },
    ])) as ViewResult;
    expect(reply.evaluation.ok).toBe(true);
    expect(seen).not.toContain('phase');
  });
});

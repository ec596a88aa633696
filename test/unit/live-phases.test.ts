// A phased call (the page's view: score first, ranges after) under the reply deadline: the first
// phase is bounded by the call's deadline, what follows by its own allowance. Fake timers: the
// deadlines are counted in the test's time, never the machine's.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EngineLost, Live, type Backend } from '../../src/worker/live.ts';

/** A backend whose one call the test drives: it may send the first phase, then the reply. */
function drivenBackend() {
  let phase: ((x: unknown) => unknown) | undefined;
  let reply: (v: unknown) => void = () => undefined;
  const backend: Backend = {
    mode: 'worker',
    call: (_method, args) => {
      phase = args.find((a) => typeof a === 'function') as typeof phase;
      return new Promise((resolve) => (reply = resolve));
    },
    onFailure: () => undefined,
    dispose: () => undefined,
  };
  return { backend, firstPhase: (x: unknown) => phase?.(x), reply: (v: unknown) => reply(v) };
}

beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
afterEach(() => void vi.useRealTimers());

describe('a phased call', () => {
  it('gets the rest allowance once its first phase came, and times only that phase', async () => {
    const d = drivenBackend();
    const live = new Live(d.backend);
    const seen: unknown[] = [];
    let lost = false;
    const call = live.send('view', [{}, (x: unknown) => seen.push(x)], 100, () => (lost = true), 'warm', 1000);
    await vi.advanceTimersByTimeAsync(60);
    expect(live.warm).toBe(false);
    d.firstPhase('score');
    expect(seen).toEqual(['score']);
    // the score proves the engine's code compiled: the next call gets the warm deadline
    expect(live.warm).toBe(true);
    // well past the first deadline, within the rest's allowance
    await vi.advanceTimersByTimeAsync(500);
    d.reply('ranges');
    await expect(call).resolves.toBe('ranges');
    expect(lost).toBe(false);
    expect(live.ms.warm).toBe(60);
  });

  it('is lost when the first phase does not come within the call’s deadline', async () => {
    const d = drivenBackend();
    const live = new Live(d.backend);
    let lost = false;
    const call = live.send('view', [{}, () => undefined], 100, () => (lost = true), 'warm', 1000);
    const failed = expect(call).rejects.toBeInstanceOf(EngineLost);
    await vi.advanceTimersByTimeAsync(150);
    await failed;
    expect(lost).toBe(true);
  });

  it('is lost when the rest outlasts its allowance', async () => {
    const d = drivenBackend();
    const live = new Live(d.backend);
    const call = live.send('view', [{}, () => undefined], 100, () => undefined, 'warm', 1000);
    const failed = expect(call).rejects.toBeInstanceOf(EngineLost);
    await vi.advanceTimersByTimeAsync(10);
    d.firstPhase('score');
    await vi.advanceTimersByTimeAsync(1200);
    await failed;
  });

  it('without a callback, gets both allowances at once', async () => {
    const d = drivenBackend();
    const live = new Live(d.backend);
    const call = live.send('view', [{}], 100, () => undefined, false, 1000);
    await vi.advanceTimersByTimeAsync(900);
    d.reply('all');
    await expect(call).resolves.toBe('all');
  });
});

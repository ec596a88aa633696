// The client's deadlines and restarts, against fake workers in Node: the real engine behind
// Comlink, over an endpoint that can be made to hang, close, crash or answer slowly. Deadlines and
// slowness run on a virtual clock: the tests assert what happens and in which order, in the
// clock's time, never against the wall (a loaded machine would make them fail at random).

import { beforeEach, describe, expect, it } from 'vitest';
import { expose, type Endpoint } from 'comlink';
import { createApi } from '../../src/worker/api.ts';
import { READY, workerBackend, type WorkerLike } from '../../src/worker/backends.ts';
import { connectEngine, engineOptions, type Engine, type EngineStatus } from '../../src/worker/client.ts';
import { DEADLINES, deadline, type Deadlines } from '../../src/worker/deadline.ts';
import { EngineLost } from '../../src/worker/live.ts';
import { defaultHousehold, logistic } from '../../src/engine/index.ts';
import { VirtualClock } from './virtual-clock.ts';
import { shippedEnsembles } from '../../src/engine/calibration/shipped.ts';

/** Each test's time: the fake workers' delays and the client's deadlines. */
let clock = new VirtualClock();
beforeEach(() => {
  clock = new VirtualClock();
});

/** A worker in the same thread: messages are cloned like postMessage does, one at a time. */
class FakeWorker implements WorkerLike {
  state: 'running' | 'hung' | 'terminated' = 'running';
  /** How long the "worker" spends on a call, by method name. */
  busyMs: Record<string, number> = {};
  received = 0;
  /** The methods called, in the order received. */
  readonly calls: string[] = [];
  readonly #outside = new EventTarget();
  readonly #inside = new EventTarget();
  #queue: Promise<unknown> = Promise.resolve();

  constructor({ ready = true } = {}) {
    const inside: Endpoint = {
      postMessage: (data: unknown) => {
        if (this.state !== 'terminated') this.#deliver(this.#outside, data);
      },
      addEventListener: (t, l) => this.#inside.addEventListener(t, l),
      removeEventListener: (t, l) => this.#inside.removeEventListener(t, l),
    };
    expose(createApi(), inside);
    if (ready) inside.postMessage(READY);
  }

  postMessage(data: { path?: string[] }): void {
    if (this.state !== 'running') return;
    this.received++;
    if (data.path?.[0]) this.calls.push(data.path[0]);
    const busy = this.busyMs[data.path?.[0] ?? ''] ?? 0;
    this.#queue = this.#queue
      .then(() => clock.sleep(busy))
      .then(() => this.state === 'running' && this.#deliver(this.#inside, data));
  }
  addEventListener(type: string, l: EventListenerOrEventListenerObject): void {
    this.#outside.addEventListener(type, l);
  }
  removeEventListener(type: string, l: EventListenerOrEventListenerObject): void {
    this.#outside.removeEventListener(type, l);
  }
  terminate(): void {
    this.state = 'terminated';
  }
  /** What an uncaught exception inside a real worker does. */
  crash(): void {
    this.#outside.dispatchEvent(new Event('error'));
  }
  #deliver(target: EventTarget, data: unknown) {
    clock.setTimeout(() => target.dispatchEvent(new MessageEvent('message', { data: structuredClone(data) })), 0);
  }
}

/** Short deadlines, the tests' own figures (a virtual clock costs nothing to wait on). */
const FAST: Partial<Deadlines> = { coldMs: 1000, warmMs: 150, slowFactor: 10, maxRestarts: 3 };

async function connect(make: (n: number) => FakeWorker = () => new FakeWorker(), deadlines = FAST) {
  const workers: FakeWorker[] = [];
  const statuses: EngineStatus[] = [];
  const options = {
    ...engineOptions(),
    deadlines,
    clock,
    spawnWorker: () => {
      const w = make(workers.length);
      workers.push(w);
      return workerBackend(w);
    },
  };
  const engine = await connectEngine(false, options);
  engine.onStatus((s) => statuses.push(s));
  return { engine, workers, statuses };
}

const household = () => ({ ...defaultHousehold('2026-11'), benefitsSource: 'declared' as const });
const score = async (engine: Engine, modelId = 'dmde-2026-modele-1', id = 1) => {
  const h = household();
  h.benefits.rsa = 625;
  h.benefits.primeActivite = 0;
  const r = await engine.api.evaluate({ id, modelId, household: h });
  if (!r.evaluation.ok) throw new Error('no score');
  return r.evaluation.score.score;
};

/**
 * The same request answered by the engine in this thread: the oracle for the worker path, so that
 * the shipped placeholder weights can change without touching these tests.
 */
const DIRECT = (() => {
  const h = household();
  h.benefits.rsa = 625;
  h.benefits.primeActivite = 0;
  const r = createApi().evaluate({ id: 1, modelId: 'dmde-2026-modele-1', household: h });
  if (!r.evaluation.ok) throw new Error('no score');
  return r.evaluation.score.score;
})();

describe('the engine client', () => {
  it('answers through a worker like the engine itself', async () => {
    const { engine, workers } = await connect();
    expect(engine.mode).toBe('worker');
    expect(engine.models.map((m) => m.id)).toContain('dmde-2026-modele-1');
    expect(await score(engine)).toBeCloseTo(DIRECT, 12);
    expect(workers).toHaveLength(1);
  });

  it('replaces a worker that closed itself: the replacement answers the call, once', async () => {
    const { engine, workers, statuses } = await connect();
    await score(engine);
    workers[0]!.state = 'hung';
    expect(await score(engine)).toBeCloseTo(DIRECT, 12);
    expect(workers.map((w) => w.state)).toEqual(['terminated', 'running']);
    // the hung worker took in nothing more; the replacement, its probe then the lost call, once
    expect(workers.map((w) => w.calls)).toEqual([
      ['listModels', 'listModels', 'evaluate'],
      ['listModels', 'evaluate'],
    ]);
    expect(await score(engine)).toBeCloseTo(DIRECT, 12);
    expect(statuses).toEqual(['restarting', 'restarted']);
    expect(engine.mode).toBe('worker');
  });

  it('tells the caller to re-send its household once the new worker is ready', async () => {
    const { engine, workers } = await connect();
    await score(engine);
    const restarted = new Promise<number>((resolve) => engine.onRestart(() => resolve(workers.length)));
    workers[0]!.state = 'hung';
    await score(engine).catch(() => undefined);
    expect(await restarted).toBe(2);
  });

  it('gives a model of thousands of variables more time per variable, not a restart', async () => {
    const { engine, workers, statuses } = await connect();
    await score(engine);
    // 5,200 variables: 5,000 past the ordinary 200, 0.1 ms each, so 500 ms more than FAST's 150 ms
    const rows = Array.from({ length: 5199 }, (_, i) => `v${i},1,0`);
    const csv = ['variable,level,coefficient', 'intercept,,-1', 'montant_moyen_rsa_12m,*,0.002', ...rows].join('\n');
    const r = await engine.api.loadModel(csv, 'grand.csv');
    if (!r.ok) throw new Error('not loaded');
    workers[0]!.busyMs = { evaluate: 400 };
    // −1 + 0.002 × 625 = 0.25, answered by the same worker
    expect(await score(engine, r.model.id, 2)).toBeCloseTo(logistic(0.25), 12);
    expect(workers).toHaveLength(1);
    expect(statuses).toEqual([]);
    // the same delay for a model of ordinary size is a hang: the worker is replaced, and the
    // replacement (given the imported model back first) answers the call
    expect(await score(engine, 'dmde-2026-modele-1', 3)).toBeCloseTo(DIRECT, 12);
    expect(statuses).toEqual(['restarting', 'restarted']);
    expect(workers[1]!.calls).toEqual(['listModels', 'loadModel', 'evaluate']);
  });

  it('gives an imported model to the new worker, under the same id', async () => {
    const { engine, workers } = await connect();
    const csv = 'variable,level,coefficient\nintercept,,-1\nmontant_moyen_rsa_12m,*,0.002\n';
    const r = await engine.api.loadModel(csv, 'mes poids.csv');
    expect(r.ok).toBe(true);
    // −1 + 0.002 × 625 = 0.25
    expect(await score(engine, 'import-mes-poids')).toBeCloseTo(logistic(0.25), 12);
    workers[0]!.state = 'hung';
    await score(engine, 'import-mes-poids').catch(() => undefined);
    expect(await score(engine, 'import-mes-poids')).toBeCloseTo(logistic(0.25), 12);
    expect((await engine.api.listModels()).some((m) => m.id === 'import-mes-poids')).toBe(true);
  });

  it('replaces a crashed worker without waiting for the deadline', async () => {
    const slow = { ...FAST, warmMs: 60_000, coldMs: 60_000 };
    const { engine, workers, statuses } = await connect(undefined, slow);
    await score(engine);
    // An evaluation the worker is still busy with when it crashes.
    workers[0]!.busyMs = { evaluate: 10_000 };
    const sent = workers[0]!.received;
    const start = clock.now();
    const pending = score(engine);
    let crashedAt = -1;
    engine.onStatus((s) => s === 'restarting' && (crashedAt = clock.now() - start));
    clock.setTimeout(() => workers[0]!.crash(), 100);
    // the replacement answers the call the crash lost
    expect(await pending).toBeCloseTo(DIRECT, 12);
    expect(workers[0]!.received).toBe(sent + 1);
    expect(crashedAt).toBe(100);
    expect(workers[1]!.calls).toEqual(['listModels', 'evaluate']);
    expect(statuses).toEqual(['restarting', 'restarted']);
  });

  it('moves the engine into the page after three replacements, imported model included', async () => {
    const { engine, workers, statuses } = await connect();
    await engine.api.loadModel('variable,level,coefficient\nintercept,,-1\ntutelle,1,0.5\n', 'plat.csv');
    for (let i = 0; i < 4; i++) {
      await score(engine);
      workers.at(-1)!.state = 'hung';
      // each lost call is answered by the next worker; the last one is not sent into the page, where
      // nothing bounds it (a call that hung four workers could freeze the page): it fails, and the
      // next call is answered by the page
      if (i < 3) expect(await score(engine)).toBeCloseTo(DIRECT, 12);
      else await expect(score(engine)).rejects.toBeInstanceOf(EngineLost);
    }
    expect(await score(engine)).toBeCloseTo(DIRECT, 12);
    expect(await score(engine, 'import-plat')).toBeCloseTo(logistic(-1), 12);
    expect(workers).toHaveLength(4);
    expect(engine.mode).toBe('in-thread');
    expect(statuses.slice(-2)).toEqual(['restarting', 'in-thread']);
  });

  it('runs in the page when the worker never says it is ready', async () => {
    const { engine, workers, statuses } = await connect(() => new FakeWorker({ ready: false }));
    expect(engine.mode).toBe('in-thread');
    expect(workers[0]!.state).toBe('terminated');
    expect(await score(engine)).toBeCloseTo(DIRECT, 12);
    expect(statuses).toEqual([]);
  });

  it('tries a second worker when the replacement fails to start, then the page', async () => {
    const { engine, workers, statuses } = await connect((n) => new FakeWorker({ ready: n === 0 }));
    await score(engine);
    workers[0]!.state = 'hung';
    await score(engine).catch(() => undefined);
    expect(await score(engine)).toBeCloseTo(DIRECT, 12);
    expect(workers).toHaveLength(2);
    expect(statuses).toEqual(['restarting', 'in-thread']);
  });

  it('gives a worker that has not answered an evaluation yet its long, cold deadline', async () => {
    // The first evaluation takes 4× the warm deadline, as on a slow device that compiles the engine.
    const { engine, workers, statuses } = await connect(() =>
      Object.assign(new FakeWorker(), { busyMs: { evaluate: 600 } }),
    );
    expect(await score(engine)).toBeCloseTo(DIRECT, 12);
    expect(workers).toHaveLength(1);
    expect(statuses).toEqual([]);
  });

  it('gives a slow device’s later evaluations as long as its first one took', async () => {
    const { engine, workers, statuses } = await connect(() =>
      Object.assign(new FakeWorker(), { busyMs: { evaluate: 500 } }),
    );
    await score(engine);
    // Twice the warm deadline: slow, but faster than the first, cold evaluation.
    workers[0]!.busyMs = { evaluate: 300 };
    await score(engine);
    await score(engine);
    expect(workers).toHaveLength(1);
    expect(statuses).toEqual([]);
  });

  it('starts the clock of a call when the worker is done with the calls before it', async () => {
    const { engine, workers, statuses } = await connect(undefined, { ...FAST, slowFactor: 1 });
    await score(engine);
    // A model import that takes 4× the warm deadline, and an evaluation sent right behind it.
    workers[0]!.busyMs = { loadModel: 600 };
    const text = 'variable,level,coefficient\nintercept,,-1\ntutelle,1,0.5\n';
    const [loaded, after] = await Promise.all([engine.api.loadModel(text, 'plat.csv'), score(engine, 'import-plat')]);
    expect(loaded.ok).toBe(true);
    expect(after).toBeCloseTo(logistic(-1), 12);
    expect(workers).toHaveLength(1);
    expect(statuses).toEqual([]);
  });

  it('loads a model’s ensembles in a step of its own allowance; the lookups after it keep the warm one', async () => {
    // Loaded in this process first: the fake workers then take only the virtual time they are given
    // (real I/O would let the virtual clock run to the next deadline meanwhile).
    await shippedEnsembles('cnaf-2014');
    await import('../../src/worker/calibration.ts');
    // The load takes 4× the cold deadline (a slow network, a loaded machine), on every new worker.
    const { engine, workers, statuses } = await connect(
      () => Object.assign(new FakeWorker(), { busyMs: { calibrationLoad: 4000 } }),
      { ...FAST, onceMs: 5000 },
    );
    await score(engine);
    const ask = { modelId: 'cnaf-2014', household: household() };
    expect((await engine.api.calibrationHeadline(ask)).ok).toBe(true);
    expect((await engine.api.calibrationEffects(ask)).ok).toBe(true);
    expect([workers.length, statuses]).toEqual([1, []]);
    // Loaded once: a worker that closed itself is noticed within the warm deadline, not the load's.
    workers[0]!.state = 'hung';
    const lookup = clock.now();
    let noticed = -1;
    engine.onStatus((s) => s === 'restarting' && (noticed = clock.now() - lookup));
    // The replacement loads them again, in its own step (the same slow load is not a hang), then
    // answers the lost lookup.
    expect((await engine.api.calibrationHeadline(ask)).ok).toBe(true);
    expect(noticed).toBeGreaterThan(0);
    expect(noticed).toBeLessThanOrEqual(FAST.slowFactor! * FAST.warmMs!);
    expect(workers[1]!.calls).toEqual(['listModels', 'calibrationLoad', 'calibrationHeadline']);
    expect(workers.map((w) => w.state)).toEqual(['terminated', 'running']);
    expect(statuses).toEqual(['restarting', 'restarted']);
  });

  it('rejects a call the engine refuses, without replacing the worker or sending it again', async () => {
    const { engine, workers } = await connect();
    await expect(engine.api.scoreBatch('nope', new Float64Array(3), 3)).rejects.toThrow(/does not fit/);
    expect(await score(engine)).toBeCloseTo(DIRECT, 12);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.calls).toEqual(['listModels', 'listModels', 'scoreBatch', 'evaluate']);
  });

  it('reports a call lost twice: sent to the first worker and to its replacement, then no more', async () => {
    // Every worker hangs on an evaluation (a household that makes the engine loop, say).
    const { engine, workers, statuses } = await connect(() =>
      Object.assign(new FakeWorker(), { busyMs: { evaluate: 1e9 } }),
    );
    await expect(score(engine)).rejects.toBeInstanceOf(EngineLost);
    // the third worker, started when the second was lost, answers other calls and never got this one
    expect((await engine.api.listModels()).length).toBeGreaterThan(0);
    expect(workers.map((w) => w.calls)).toEqual([
      ['listModels', 'listModels', 'evaluate'],
      ['listModels', 'evaluate'],
      ['listModels', 'listModels'],
    ]);
    expect(statuses).toEqual(['restarting', 'restarted', 'restarting', 'restarted']);
  });

  it('does not send again a call whose first phase may have been delivered (the view: its caller re-asks)', async () => {
    const { engine, workers, statuses } = await connect();
    await score(engine);
    workers[0]!.state = 'hung';
    const req = { id: 2, modelId: 'dmde-2026-modele-1', household: household() };
    await expect(engine.api.view(req as never, () => undefined)).rejects.toBeInstanceOf(EngineLost);
    expect(workers[1]?.calls ?? []).not.toContain('view');
    expect(statuses[0]).toBe('restarting');
  });
});

describe('the engine client with the shipped deadlines', () => {
  it('replaces a worker that hangs within 2 s of the next edit, and says so', async () => {
    const { engine, workers, statuses } = await connect(undefined, {});
    await score(engine);
    workers[0]!.state = 'hung';
    const edit = clock.now();
    let noticed = -1;
    engine.onStatus((s) => s === 'restarting' && (noticed = clock.now() - edit));
    // The replacement answers the edit's call.
    expect(await score(engine)).toBeCloseTo(DIRECT, 12);
    // A device as fast as this one is given the warm floor, and no more.
    expect(noticed).toBe(DEADLINES.warmMs);
    expect(clock.now() - edit).toBeLessThan(2000);
    expect(workers.map((w) => w.state)).toEqual(['terminated', 'running']);
    expect(statuses).toEqual(['restarting', 'restarted']);
  });
});

describe('the reply deadline', () => {
  it('expires on time when the page is idle', async () => {
    const expiredAt = await new Promise<number>((resolve) => deadline(30, () => resolve(clock.now()), clock));
    expect(expiredAt).toBe(30);
  });

  it('does not expire once cancelled', async () => {
    let expired = false;
    const cancel = deadline(30, () => (expired = true), clock);
    await clock.sleep(10);
    cancel();
    await clock.sleep(1000);
    expect(expired).toBe(false);
  });

  it('does not expire for a reply that waited behind a long task of the page', async () => {
    let expired = false;
    const cancel = deadline(20, () => (expired = true), clock);
    // The reply arrives 5 ms after the deadline, but the page is busy for 200 ms before either runs.
    const replied = new Promise<void>((resolve) =>
      clock.setTimeout(() => {
        cancel();
        resolve();
      }, 25),
    );
    clock.stall(200);
    await replied;
    expect(expired).toBe(false);
  });

  it('still expires after a long task when no reply was waiting', async () => {
    const expiredAt = new Promise<number>((resolve) => deadline(20, () => resolve(clock.now()), clock));
    clock.stall(200);
    // Late by 180 ms: one extra turn of 100 ms for a reply that may be queued, then it expires.
    expect(await expiredAt).toBe(300);
  });
});

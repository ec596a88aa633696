// Keeps one engine answering behind a stable `call`: every call to a worker has a reply deadline;
// a worker that misses it, closes itself or crashes is replaced and given back the user's models.

import { DEADLINES, type Clock, type Deadlines } from './deadline.ts';
import { EngineLost, Live, type Backend, type EngineMode } from './live.ts';

/** What the page can tell the user: the engine stopped answering, was replaced, or moved into the page. */
export type EngineStatus = 'restarting' | 'restarted' | 'in-thread';

export interface SupervisorOptions {
  /** A fresh worker engine; throws if this browser cannot start one. */
  spawnWorker(): Backend;
  inThread(): Promise<Backend>;
  /** A key for calls that change the engine's state (an imported model): replayed into a new engine. */
  keep?(method: string, args: unknown[], result: unknown): string | undefined;
  /** Extra time a call needs for the data it carries (a model file, a batch); 0 for an ordinary call. */
  weigh?(method: string, args: unknown[], d: Deadlines): number;
  /**
   * A phased call (the page's view: score first, then ranges): the time its later phases may take
   * once the first arrived; undefined for an ordinary call. `weigh` then concerns the first phase.
   */
  rest?(method: string, args: unknown[], d: Deadlines): number | undefined;
  /**
   * A step a call needs done once per engine before it (a model's ensembles loaded): the call that
   * does it and the key it is done under; undefined when none. It runs under `onceMs`, the call
   * after it under its own deadline; a replacement engine does it again.
   */
  once?(method: string, args: unknown[]): OnceStep | undefined;
  deadlines?: Partial<Deadlines>;
  /** The page's clock unless given: tests run the deadlines on a virtual one. */
  clock?: Clock;
}

/** A step done once per engine: the call that does it, its key, and the keys of steps it also does. */
export interface OnceStep {
  key: string;
  method: string;
  args: unknown[];
  implies?: string[];
}

/** The call that proves a fresh engine answers (every engine has it, and it changes nothing). */
const PROBE = 'listModels';

export class Supervisor {
  mode: EngineMode = 'worker';
  readonly #opts: SupervisorOptions;
  readonly #d: Deadlines;
  #current: Live | undefined;
  #ready: Promise<Live>;
  #restarts = 0;
  readonly #kept = new Map<string, [string, unknown[]]>();
  readonly #listeners = new Set<(s: EngineStatus) => void>();
  /** The `once` steps each engine has done. */
  readonly #done = new WeakMap<Live, Set<string>>();

  constructor(opts: SupervisorOptions, forceInThread = false) {
    this.#opts = opts;
    this.#d = { ...DEADLINES, ...opts.deadlines };
    this.#ready = this.#adopt(
      forceInThread ? this.#bootInThread() : this.#bootWorker().catch(() => this.#bootInThread()),
    );
  }

  onStatus(cb: (s: EngineStatus) => void): () => void {
    this.#listeners.add(cb);
    return () => this.#listeners.delete(cb);
  }

  /**
   * Calls the live engine, waiting for a replacement if one is starting. A call lost with its engine
   * (no reply in time, a crash) is sent once more, to the replacement: a loaded machine can make a
   * slow first call look like a hang, and every caller would otherwise have to ask again. A call that
   * is lost twice, or that fails in a live engine (a refusal, an error), goes back to its caller as it
   * failed. A call carrying a function is not sent again: its phases or its progress may have been
   * delivered already, and its caller asks again on a restart (the view) or says it stopped.
   */
  async call(method: string, args: unknown[]): Promise<unknown> {
    try {
      return await this.#send(method, args);
    } catch (e) {
      if (!(e instanceof EngineLost) || args.some((a) => typeof a === 'function')) throw e;
      // Not into the engine in the page: it has no deadline, and a call that truly hangs would freeze the page.
      const next = await this.#ready;
      if (next.backend.mode === 'in-thread') throw e;
      return this.#send(method, args);
    }
  }

  async #send(method: string, args: unknown[]): Promise<unknown> {
    let live = await this.#ready;
    // The engine awaited may have been lost meanwhile: wait for its replacement instead.
    while (live !== this.#current) live = await this.#ready;
    const weight = this.#opts.weigh?.(method, args, this.#d) ?? 0;
    // Only ordinary calls tell how fast this device is (a large import takes its own time).
    const timed = weight > 0 || method === PROBE ? false : live.warm ? 'warm' : 'first';
    const lost = () => this.#replace(live, 'no reply');
    await this.#once(live, method, args, lost);
    const rest = this.#opts.rest?.(method, args, this.#d);
    const result = await live.send(method, args, this.#deadline(live, weight), lost, timed, rest);
    // Listing models runs none of the scoring code: only a real call proves it compiled.
    if (weight === 0 && method !== PROBE) live.warm = true;
    const key = this.#opts.keep?.(method, args, result);
    if (key !== undefined) this.#kept.set(key, [method, args]);
    return result;
  }

  /** The call's once-per-engine step, under its own allowance, when this engine has not done it yet. */
  async #once(live: Live, method: string, args: unknown[], lost: () => void): Promise<void> {
    const step = this.#opts.once?.(method, args);
    if (!step) return;
    let done = this.#done.get(live);
    if (done?.has(step.key)) return;
    const ms = live.backend.mode === 'in-thread' ? undefined : this.#d.onceMs;
    await live.send(step.method, step.args, ms, lost, false);
    if (!done) this.#done.set(live, (done = new Set()));
    for (const key of [step.key, ...(step.implies ?? [])]) done.add(key);
  }

  #deadline(live: Live, weight: number): number | undefined {
    // In the page nothing can interrupt a call, and there is nothing left to fall back to.
    if (live.backend.mode === 'in-thread') return undefined;
    const d = this.#d;
    if (weight > 0 || !live.warm) return d.coldMs + weight;
    // A warm call may take as long as the first one did: until this device has shown its warm
    // speed, that keeps a slow phone's second evaluation from counting as a hang.
    return Math.min(d.coldMs, Math.max(d.warmMs, d.slowFactor * live.ms.warm, live.ms.first));
  }

  #adopt(booting: Promise<Live>): Promise<Live> {
    return booting.then((live) => {
      this.#current = live;
      this.mode = live.backend.mode;
      return live;
    });
  }

  #replace(live: Live, reason: 'no reply' | 'crashed'): void {
    if (this.#current !== live) return;
    this.#current = undefined;
    live.dispose(reason);
    this.#emit('restarting');
    const retry = this.#restarts++ < this.#d.maxRestarts;
    this.#ready = this.#adopt(retry ? this.#bootWorker().catch(() => this.#bootInThread()) : this.#bootInThread());
    void this.#ready.then((next) => this.#emit(next.backend.mode === 'worker' ? 'restarted' : 'in-thread'));
  }

  async #bootWorker(): Promise<Live> {
    const live = new Live(this.#opts.spawnWorker(), this.#opts.clock);
    live.backend.onFailure(() => (this.#current === live ? this.#replace(live, 'crashed') : live.dispose('crashed')));
    try {
      await this.#prime(live);
    } catch (e) {
      live.dispose('no reply');
      throw e;
    }
    return live;
  }

  async #bootInThread(): Promise<Live> {
    const live = new Live(await this.#opts.inThread(), this.#opts.clock);
    await this.#prime(live);
    return live;
  }

  /** Proves the engine answers, then gives it back what the user loaded into the one before. */
  async #prime(live: Live): Promise<void> {
    const giveUp = () => live.dispose('no reply');
    await live.send(PROBE, [], this.#deadline(live, 0), giveUp, false);
    for (const [method, args] of this.#kept.values()) {
      const weight = this.#opts.weigh?.(method, args, this.#d) ?? 0;
      await live.send(method, args, this.#deadline(live, weight), giveUp, false);
    }
  }

  #emit(s: EngineStatus): void {
    for (const cb of this.#listeners) cb(s);
  }
}

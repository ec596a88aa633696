// Keeps one engine answering behind a stable `call`: every call to a worker has a reply deadline;
// a worker that misses it, closes itself or crashes is replaced and given back the user's models.

import { DEADLINES, deadline, type Deadlines } from './deadline.ts';

export type EngineMode = 'worker' | 'in-thread';
/** What the page can tell the user: the engine stopped answering, was replaced, or moved into the page. */
export type EngineStatus = 'restarting' | 'restarted' | 'in-thread';

/** One running engine, however it runs. */
export interface Backend {
  readonly mode: EngineMode;
  /** A worker's reply may never come (a closed or looping worker): hence the deadlines. */
  call(method: string, args: unknown[]): Promise<unknown>;
  /** Called when the engine reports its own death (an uncaught error in the worker). */
  onFailure(cb: () => void): void;
  dispose(): void;
}

export class EngineLost extends Error {
  override name = 'EngineLost';
  constructor(method: string, reason: 'no reply' | 'crashed') {
    super(`the engine was lost (${reason}) while answering ${method}`);
  }
}

export interface SupervisorOptions {
  /** A fresh worker engine; throws if this browser cannot start one. */
  spawnWorker(): Backend;
  inThread(): Promise<Backend>;
  /** A key for calls that change the engine's state (an imported model): replayed into a new engine. */
  keep?(method: string, args: unknown[], result: unknown): string | undefined;
  /** Extra time a call needs for the data it carries (a model file, a batch); 0 for an ordinary call. */
  weigh?(method: string, args: unknown[], d: Deadlines): number;
  deadlines?: Partial<Deadlines>;
}

const noop = (): void => undefined;
/** The call that proves a fresh engine answers (every engine has it, and it changes nothing). */
const PROBE = 'listModels';

/** An engine and the calls in flight to it, which it answers one after another. */
class Live {
  /** Has answered an ordinary call: its code is compiled, the warm deadline applies. */
  warm = false;
  /** Its first ordinary reply (compiling the engine), and its slowest one since, in ms. */
  readonly ms = { first: 0, warm: 0 };
  #tail: Promise<unknown> = Promise.resolve();
  #pending = new Set<(e: Error) => void>();
  #disposed = false;

  constructor(readonly backend: Backend) {}

  /**
   * The reply, or EngineLost when none comes within `ms`. The clock starts when the previous call
   * has been answered: a worker busy with a large import is slow, not hung. A `timed` reply's
   * duration is kept, from which the warm deadline grows on a slow device.
   */
  send(
    method: string,
    args: unknown[],
    ms: number | undefined,
    onTimeout: () => void,
    timed: 'first' | 'warm' | false,
  ): Promise<unknown> {
    if (this.#disposed) return Promise.reject(new EngineLost(method, 'crashed'));
    const reply = this.backend.call(method, args);
    const previous = this.#tail;
    this.#tail = reply.then(noop, noop);
    return new Promise((resolve, reject) => {
      let cancel: () => void = noop;
      let startedAt: number | undefined;
      const settle = () => {
        cancel();
        this.#pending.delete(lose);
      };
      const lose = (e: Error) => {
        settle();
        reject(e);
      };
      this.#pending.add(lose);
      if (ms !== undefined)
        void previous.then(() => {
          if (!this.#pending.has(lose)) return;
          startedAt = performance.now();
          cancel = deadline(ms, () => {
            lose(new EngineLost(method, 'no reply'));
            onTimeout();
          });
        });
      reply.then(
        (value) => {
          if (!this.#pending.has(lose)) return;
          settle();
          if (timed && startedAt !== undefined)
            this.ms[timed] = Math.max(this.ms[timed], performance.now() - startedAt);
          resolve(value);
        },
        (e: unknown) => {
          if (!this.#pending.has(lose)) return;
          settle();
          reject(e);
        },
      );
    });
  }

  /** Stops the engine; calls still waiting for it fail now rather than never. */
  dispose(reason: 'no reply' | 'crashed'): void {
    this.#disposed = true;
    this.backend.dispose();
    for (const lose of [...this.#pending]) lose(new EngineLost('a pending call', reason));
  }
}

export class Supervisor {
  mode: EngineMode = 'worker';
  readonly #opts: SupervisorOptions;
  readonly #d: Deadlines;
  #current: Live | undefined;
  #ready: Promise<Live>;
  #restarts = 0;
  readonly #kept = new Map<string, [string, unknown[]]>();
  readonly #listeners = new Set<(s: EngineStatus) => void>();

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

  /** Calls the live engine, waiting for a replacement if one is starting. */
  async call(method: string, args: unknown[]): Promise<unknown> {
    let live = await this.#ready;
    // The engine awaited may have been lost meanwhile: wait for its replacement instead.
    while (live !== this.#current) live = await this.#ready;
    const weight = this.#opts.weigh?.(method, args, this.#d) ?? 0;
    // Only ordinary calls tell how fast this device is (a large import takes its own time).
    const timed = weight > 0 || method === PROBE ? false : live.warm ? 'warm' : 'first';
    const lost = () => this.#replace(live, 'no reply');
    const result = await live.send(method, args, this.#deadline(live, weight), lost, timed);
    // Listing models runs none of the scoring code: only a real call proves it compiled.
    if (weight === 0 && method !== PROBE) live.warm = true;
    const key = this.#opts.keep?.(method, args, result);
    if (key !== undefined) this.#kept.set(key, [method, args]);
    return result;
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
    const live = new Live(this.#opts.spawnWorker());
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
    const live = new Live(await this.#opts.inThread());
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

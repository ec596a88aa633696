// One running engine and the calls in flight to it: each call gets a reply deadline, whose clock
// starts once the engine is done with the calls before it.

import { deadline, PAGE_CLOCK, type Clock } from './deadline.ts';

export type EngineMode = 'worker' | 'in-thread';

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

const noop = (): void => undefined;

/** An engine and the calls in flight to it, which it answers one after another. */
export class Live {
  /** Has answered an ordinary call: its code is compiled, the warm deadline applies. */
  warm = false;
  /** Its first ordinary reply (compiling the engine), and its slowest one since, in ms. */
  readonly ms = { first: 0, warm: 0 };
  #tail: Promise<unknown> = Promise.resolve();
  #pending = new Set<(e: Error) => void>();
  #disposed = false;

  constructor(
    readonly backend: Backend,
    readonly clock: Clock = PAGE_CLOCK,
  ) {}

  /**
   * The reply, or EngineLost when none comes within `ms`. The clock starts when the previous call
   * has been answered: a worker busy with a large import is slow, not hung. A `timed` reply's
   * duration is kept, from which the warm deadline grows on a slow device.
   *
   * A phased call (`rest` given, a function among its arguments: the page's view) answers its first
   * phase through that function: `ms` bounds the first phase (and is the one timed), `rest` what follows.
   */
  send(
    method: string,
    args: unknown[],
    ms: number | undefined,
    onTimeout: () => void,
    timed: 'first' | 'warm' | false,
    rest?: number,
  ): Promise<unknown> {
    if (this.#disposed) return Promise.reject(new EngineLost(method, 'crashed'));
    const phased = rest !== undefined && args.some((a) => typeof a === 'function');
    if (rest !== undefined && !phased && ms !== undefined) ms += rest;
    let cancel: () => void = noop;
    let startedAt: number | undefined;
    let firstDone = false;
    let settled = false;
    let lose: (e: Error) => void = noop;
    const arm = (limit: number) => {
      cancel();
      cancel = deadline(
        limit,
        () => {
          lose(new EngineLost(method, 'no reply'));
          onTimeout();
        },
        this.clock,
      );
    };
    const measure = () => {
      if (timed && startedAt !== undefined) this.ms[timed] = Math.max(this.ms[timed], this.clock.now() - startedAt);
    };
    /** The first phase arrived: it is what was timed; the rest of the call gets its own allowance. */
    const first = () => {
      // An engine in the page may call back before the promise below is even set up.
      if (firstDone || settled) return;
      firstDone = true;
      measure();
      // The score came: the engine's code is compiled, whatever the rest of the call takes.
      if (timed) this.warm = true;
      if (ms !== undefined && startedAt !== undefined) arm(rest!);
    };
    const sent = phased
      ? args.map((a) =>
          typeof a === 'function'
            ? (...x: unknown[]) => {
                first();
                return (a as (...y: unknown[]) => unknown)(...x);
              }
            : a,
        )
      : args;
    const reply = this.backend.call(method, sent);
    const previous = this.#tail;
    this.#tail = reply.then(noop, noop);
    return new Promise((resolve, reject) => {
      const settle = () => {
        settled = true;
        cancel();
        this.#pending.delete(lose);
      };
      lose = (e: Error) => {
        settle();
        reject(e);
      };
      this.#pending.add(lose);
      if (ms !== undefined)
        void previous.then(() => {
          if (!this.#pending.has(lose)) return;
          startedAt = this.clock.now();
          arm(firstDone ? rest! : ms);
        });
      reply.then(
        (value) => {
          if (!this.#pending.has(lose)) return;
          settle();
          if (!firstDone) measure();
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

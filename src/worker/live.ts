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
          startedAt = this.clock.now();
          cancel = deadline(
            ms,
            () => {
              lose(new EngineLost(method, 'no reply'));
              onTimeout();
            },
            this.clock,
          );
        });
      reply.then(
        (value) => {
          if (!this.#pending.has(lose)) return;
          settle();
          if (timed && startedAt !== undefined) this.ms[timed] = Math.max(this.ms[timed], this.clock.now() - startedAt);
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

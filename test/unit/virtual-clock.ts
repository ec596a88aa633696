// Time for tests that is not the wall's: its timers fire in order of due time, each as soon as the
// process has nothing else to do (all promises settled), and `now()` jumps to the timer's due time.
// What takes 600 ms of deadline takes no real time, and a loaded machine cannot make a test late.
import type { Clock } from '../../src/worker/deadline.ts';

interface Timer {
  due: number;
  order: number;
  run: () => void;
}

export class VirtualClock implements Clock {
  #now = 0;
  #order = 0;
  #timers = new Map<number, Timer>();
  #stepping = false;

  now(): number {
    return this.#now;
  }

  setTimeout(run: () => void, ms: number): number {
    const id = ++this.#order;
    this.#timers.set(id, { due: this.#now + Math.max(0, ms), order: id, run });
    this.#schedule();
    return id;
  }

  clearTimeout(timer: unknown): void {
    this.#timers.delete(timer as number);
  }

  /** The page busy for `ms` (a long task): time passes, and no timer runs meanwhile. */
  stall(ms: number): void {
    this.#now += ms;
  }

  /** Waits `ms` of virtual time. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.setTimeout(resolve, ms));
  }

  // One timer per turn of the event loop, after every promise settled: a reply that is due now
  // always comes before a deadline that is due later.
  #schedule(): void {
    if (this.#stepping) return;
    this.#stepping = true;
    setImmediate(() => {
      this.#stepping = false;
      let next: Timer | undefined;
      let id = 0;
      for (const [k, t] of this.#timers)
        if (!next || t.due < next.due || (t.due === next.due && t.order < next.order)) [next, id] = [t, k];
      if (!next) return;
      this.#timers.delete(id);
      this.#now = Math.max(this.#now, next.due);
      if (this.#timers.size) this.#schedule();
      next.run();
    });
  }
}

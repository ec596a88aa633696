// How long the engine may take to answer before it counts as hung, and a timer that does not
// blame the worker for the page's own delays.

export interface Deadlines {
  /**
   * For an engine that has not answered an evaluation yet. Its first replies wait for the script
   * to download (slow network, first visit) and to compile (a cold, low-end phone can be 20× slower
   * than a laptop); giving up early would only start the same download again in the page.
   */
  coldMs: number;
  /**
   * Floor for an ordinary call to an engine that has answered one before. It bounds how long an
   * edit can stay without a score: a hung worker must be replaced within 2 s of the next edit,
   * and replacing it takes 0.1–0.5 s plus the new worker's first, cold evaluation (up to 0.3 s on
   * a loaded machine). It is still 20× a warm evaluation in Chromium (2–30 ms measured); a slower
   * device earns more (slowFactor, and never less than its own first evaluation took).
   */
  warmMs: number;
  /** A slow device earns more: the warm deadline is at least this many times its slowest reply. */
  slowFactor: number;
  /** Extra time per byte of a model file and per value of a batch, on top of coldMs. */
  perByteMs: number;
  perValueMs: number;
  /** After this many replacements the worker is not reliable here: the engine moves into the page. */
  maxRestarts: number;
  /**
   * For a step a call needs once per engine (a model's calibration ensembles: a 1.7 MB chunk to fetch
   * and decode, 0.1–3 s): its own allowance, so that the calls after it keep their short ones and a
   * worker lost meanwhile is noticed within them.
   */
  onceMs: number;
}

export const DEADLINES: Deadlines = {
  coldMs: 15_000,
  warmMs: 600,
  slowFactor: 10,
  perByteMs: 0.01, // 2 MB of model file: 20 s more, ~20× what parsing takes on a laptop
  perValueMs: 0.001, // 1 M values: 1 s more, ~15× the batch rate measured in Chromium
  maxRestarts: 3,
  onceMs: 30_000,
};

/** The time and timers deadlines run on: the page's own, or a virtual clock in tests. */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

export const PAGE_CLOCK: Clock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/** A timer that fires this late means the page itself was busy: the reply may be queued behind it. */
const LATE_MS = 100;

/**
 * Calls `expire` once `ms` have passed, unless cancelled. When the timer fires late (a long task on
 * the page, a throttled background tab), a reply may already be waiting in the queue behind it, so
 * it waits one short extra turn instead of declaring the worker hung.
 */
export function deadline(ms: number, expire: () => void, clock: Clock = PAGE_CLOCK): () => void {
  let due = clock.now() + ms;
  let timer: unknown;
  const check = () => {
    const now = clock.now();
    if (now - due > LATE_MS) {
      due = now + LATE_MS;
      timer = clock.setTimeout(check, LATE_MS);
    } else expire();
  };
  timer = clock.setTimeout(check, ms);
  return () => clock.clearTimeout(timer);
}

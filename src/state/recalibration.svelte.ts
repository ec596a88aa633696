// A calibration run in the worker for the current model: after the targets or their reading change
// (a shipped model), or on "Calibrer ce modèle" (an imported or edited one). Progress is shown and
// the run can be stopped; an unmet run says so and keeps the closest sets, never a wider tolerance.

import type { CalibrationProgress } from '../engine/calibration/calibrate.ts';
import type { SingleParentReading } from '../engine/calibration/targets.ts';
import type { CalibrateSummary } from '../worker/calibration.ts';
import type { Engine } from '../worker/client.ts';
import { Latest } from './results.svelte.ts';

export interface RecalibrationAsk {
  modelId: string;
  use: readonly string[] | null;
  reading: SingleParentReading;
  /** Where the population module is (public/population/foyers.js beside the page). */
  url: string;
}

export class Recalibration {
  running = $state(false);
  progress = $state<CalibrationProgress | null>(null);
  /** The last finished run (met or not, or stopped), for the model it ran on. */
  summary = $state<CalibrateSummary | null>(null);
  failure = $state<string | null>(null);
  readonly #latest = new Latest();
  /** The ask under way: the same ask again (an effect re-run) joins it instead of restarting it. */
  #asked: { key: string; done: Promise<boolean> } | null = null;

  /** Runs one calibration; a newer one supersedes it (the worker's stop ends the older one). Resolves true when met. */
  run(engine: Engine, ask: RecalibrationAsk, proxy: <F>(f: F) => F = (f) => f): Promise<boolean> {
    const key = JSON.stringify([ask.modelId, ask.use, ask.reading, ask.url]);
    if (this.running && this.#asked?.key === key) return this.#asked.done;
    const done = this.#run(engine, ask, proxy);
    this.#asked = { key, done };
    return done;
  }

  async #run(engine: Engine, ask: RecalibrationAsk, proxy: <F>(f: F) => F): Promise<boolean> {
    const id = this.#latest.next();
    if (this.running) await engine.api.stopCalibration();
    this.running = true;
    this.progress = null;
    this.failure = null;
    this.summary = null;
    try {
      const r = await engine.api.calibrate(
        { url: ask.url, modelId: ask.modelId, ...(ask.use ? { use: [...ask.use] } : {}), reading: ask.reading },
        proxy((p: CalibrationProgress) => {
          if (this.#latest.is(id)) this.progress = p;
        }),
      );
      if (!this.#latest.is(id)) return false;
      if (!r.ok) {
        this.failure = r.reason;
        return false;
      }
      this.summary = r.value;
      return r.value.met && !r.value.stopped;
    } catch (e) {
      if (this.#latest.is(id)) this.failure = e instanceof Error ? e.message : 'unknown';
      return false;
    } finally {
      if (this.#latest.is(id)) this.running = false;
    }
  }

  async stop(engine: Engine | undefined): Promise<void> {
    await engine?.api.stopCalibration();
  }

  /** Another model chosen: what was said about the last run no longer applies. */
  clear(): void {
    this.#latest.next();
    this.running = false;
    this.progress = null;
    this.summary = null;
    this.failure = null;
  }
}

// The one "controlled or not" for a list of households (pins, deck cards, handouts): one batch call
// to the worker (calibrationHeadlines), the answer kept for the households, model and ensemble it
// was asked for, a later ask making an earlier answer stale. Which ensemble to read is
// app.knowledge's: the prior when only the directions are known, else the calibrated one.

import type { Headline } from '../engine/calibration/headline.ts';
import type { HeadlineView, TargetsAsk } from '../worker/calibration.ts';
import type { Engine } from '../worker/client.ts';

/** The headline of the ensemble the page reads (the prior when it is all there is). */
export const pick = (v: HeadlineView | null | undefined, prior: boolean): Headline | null =>
  v ? (prior ? v.prior : (v.calibrated ?? null)) : null;

export type BatchState = 'idle' | 'loading' | 'done' | 'none';

export class HeadlineBatch {
  values = $state<HeadlineView[]>([]);
  /** `none`: the model has no ensemble here (not calibrated, a card, the one-file page). */
  state = $state<BatchState>('idle');
  /** Why the engine could not answer (its reason and detail), for the page to keep in a title. */
  why = $state('');
  #asked = 0;
  #key = '';

  /** Asks for `households` under `modelId` and the targets on; the same ask again is not sent again. */
  async ask(
    engine: Engine | undefined,
    modelId: string,
    households: unknown[],
    targets: TargetsAsk = {},
  ): Promise<void> {
    if (!engine) return;
    const key = JSON.stringify([modelId, households, targets]);
    if (key === this.#key && this.state !== 'idle') return;
    this.#key = key;
    const asked = ++this.#asked;
    if (!households.length) {
      this.values = [];
      this.state = 'done';
      return;
    }
    this.state = 'loading';
    try {
      // A call lost with its worker (the first loads the ensembles, and on a loaded machine can
      // outlast the worker's deadline) is sent once more by the engine's supervisor, not here.
      const r = await engine.api.calibrationHeadlines({ modelId, households, ...targets });
      if (asked !== this.#asked) return;
      this.values = r.ok ? r.value : [];
      this.state = r.ok ? 'done' : 'none';
      this.why = r.ok ? '' : `${r.reason}${r.detail ? `: ${r.detail}` : ''}`;
    } catch (e) {
      if (asked === this.#asked) [this.values, this.state, this.#key] = [[], 'none', ''];
      if (asked === this.#asked) this.why = e instanceof Error ? e.message : String(e);
    }
  }
}

// "What would change it": asked on request (the search scores hundreds of variants), answered for
// the household and model it was asked for, forgotten as soon as either changes.

import type { EnsembleWhatIf } from '../engine/calibration/what-if.ts';
import type { EnsembleKind } from '../engine/calibration/ensemble.ts';
import type { Household } from '../household/household.ts';
import type { Engine } from '../worker/client.ts';
import type { TargetsAsk } from '../worker/calibration-types.ts';
export { CONTROL_SHARE_2024 } from '../engine/robust/control-share.ts';

export { SENSITIVITY_FIELDS } from './sensitivity-fields.ts';

export type WhatIfState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'done'; result: EnsembleWhatIf & { ensemble: EnsembleKind } }
  | { status: 'failed'; detail: string };

/**
 * The first goal said in the sentence: controlled under fewer than half the weightings; a household
 * already under it gets the next one, under none of them (the worker's default, calibration.ts).
 */
export const WHAT_IF_GOAL = 0.5;

export class WhatIf {
  state = $state<WhatIfState>({ status: 'idle' });
  #asked = 0;

  /**
   * Searches for `household` under `modelId` over the ensemble the page reads (`prior`: the directions
   * only) and the targets switched on; a later ask or a clear makes this answer stale.
   */
  async ask(
    engine: Engine | undefined,
    modelId: string,
    household: Household,
    prior = false,
    targets: TargetsAsk = {},
  ): Promise<void> {
    if (!engine) return;
    const asked = ++this.#asked;
    this.state = { status: 'searching' };
    try {
      const r = await engine.api.calibrationWhatIf({ modelId, household, prior, ...targets });
      if (asked !== this.#asked) return;
      this.state = r.ok
        ? { status: 'done', result: r.value }
        : { status: 'failed', detail: r.detail ? `${r.reason}: ${r.detail}` : r.reason };
    } catch (e) {
      if (asked === this.#asked) this.state = { status: 'failed', detail: e instanceof Error ? e.message : 'unknown' };
    }
  }

  clear(): void {
    this.#asked++;
    if (this.state.status !== 'idle') this.state = { status: 'idle' };
  }
}

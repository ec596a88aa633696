// Each variable's range of effect over the calibrated ensemble, asked of the worker for the
// household and model on screen; null when the model has no calibrated ensemble (an imported or
// edited model not calibrated yet) or when the page is set to "les sens seulement".

import type { Household } from '../household/household.ts';
import type { Engine } from '../worker/client.ts';
import type { EffectsView, TargetsAsk } from '../worker/calibration.ts';

export class EffectsStore {
  /** The answer, with what it was asked for: the page shows it only for the same household and model. */
  value = $state.raw<{ key: string; view: EffectsView } | null>(null);
  /** An answer is on its way (the page must not yet say there is none). */
  asking = $state(false);
  #asked = 0;

  /** The key of a household under a model and targets: an answer counts only for the same key. */
  static keyOf(modelId: string, household: Household, targets: TargetsAsk = {}): string {
    return `${modelId}\n${JSON.stringify(household)}\n${JSON.stringify([targets.use ?? null, targets.reading ?? null])}`;
  }

  /** The calibrated effects for `key`, or null (not asked, not answered yet, or none). */
  for(key: string): EffectsView | null {
    return this.value?.key === key ? this.value.view : null;
  }

  async ask(
    engine: Engine | undefined,
    modelId: string,
    household: Household,
    prior: boolean,
    targets: TargetsAsk = {},
  ): Promise<void> {
    const asked = ++this.#asked;
    const key = EffectsStore.keyOf(modelId, household, targets);
    if (!engine || prior) return void ((this.value = null), (this.asking = false));
    if (this.value?.key === key) return void (this.asking = false);
    this.asking = true;
    try {
      const r = await engine.api.calibrationEffects({ modelId, household, ...targets });
      if (asked !== this.#asked) return;
      this.value = 'ok' in r && r.ok ? { key, view: r.value } : null;
    } catch {
      // No calibrated ranges (the one-file page, a lost worker): the prior's ranges stay, and say so.
      if (asked === this.#asked) this.value = null;
    } finally {
      if (asked === this.#asked) this.asking = false;
    }
  }
}

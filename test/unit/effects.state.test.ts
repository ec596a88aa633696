// The explanation's calibrated ranges: asked of the worker for the household and model on screen,
// shown only for them, none with "les sens seulement" or when the model has no calibrated ensemble.
import { describe, expect, it } from 'vitest';
import { EffectsStore } from '../../src/state/effects.svelte.ts';
import { defaultHousehold } from '../../src/household/household.ts';
import { createApi } from '../../src/worker/api.ts';
import type { Engine } from '../../src/worker/client.ts';

const engine = () => ({ api: createApi() }) as unknown as Engine;
const h = defaultHousehold('2026-09');

describe('EffectsStore', () => {
  it('keeps the calibrated ranges for the household and model asked, and only for them', async () => {
    const s = new EffectsStore();
    await s.ask(engine(), 'cnaf-2014', h, false);
    const key = EffectsStore.keyOf('cnaf-2014', h);
    expect(s.for(key)).toMatchObject({ ensemble: 'calibrated', source: 'shipped' });
    expect(s.for(EffectsStore.keyOf('dmde-2026-modele-1', h))).toBeNull();
    expect(s.asking).toBe(false);
  });

  it('has none with the directions only, nor for a model without a calibrated ensemble', async () => {
    const s = new EffectsStore();
    await s.ask(engine(), 'cnaf-2014', h, true);
    expect(s.value).toBeNull();
    await s.ask(engine(), 'dmde-2026-modele-2', h, false);
    expect(s.value).toBeNull();
  });

  it('drops an answer overtaken by a later question', async () => {
    const s = new EffectsStore();
    const e = engine();
    const first = s.ask(e, 'cnaf-2014', h, false);
    await s.ask(e, 'cnaf-2014', h, true);
    await first;
    expect(s.value).toBeNull();
  });
});

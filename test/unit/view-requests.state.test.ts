// One edit, one trip: a move of the earnings slider sends exactly one request to the engine, with
// every panel's needs in it (pins, other models, open curves), and its reply fills every panel.
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/state/app.svelte.ts';
import { defaultHousehold } from '../../src/household/household.ts';
import { createApi } from '../../src/worker/api.ts';
import { inThreadEngine } from './engine-double.ts';

/** The real engine in the thread, every call to it counted by method. */
function countingEngine() {
  const real = createApi() as unknown as Record<string, (...a: unknown[]) => unknown>;
  const calls: string[] = [];
  const api = Object.fromEntries(
    Object.keys(real).map((k) => [
      k,
      async (...a: unknown[]) => {
        calls.push(k);
        return real[k]!(...a);
      },
    ]),
  );
  const engine = inThreadEngine(api, real);
  return { engine, calls };
}

describe('one request per edit', () => {
  it('sends one view request for one slider move, with the pins, the other models and the open curves', async () => {
    const { engine, calls } = countingEngine();
    const app = new AppState(defaultHousehold('2026-09'));
    app.pin('voisin', defaultHousehold('2026-09'));
    const stop = app.connect(engine);
    await expect.poll(() => app.otherModels.length).toBeGreaterThan(0);
    app.showSensitivity(true);
    await expect.poll(() => app.sweeps.length).toBeGreaterThan(0);
    // Start-up loads the ensembles once (the first reply says 'loading', one waiting request follows).
    await expect.poll(() => app.headline?.ok, { timeout: 30_000 }).toBe(true);
    calls.length = 0;

    app.household.adults[0]!.earnings = 300;
    await tick();
    await expect.poll(() => app.explorerStale || app.pending).toBe(false);
    await expect.poll(() => (app.evaluation?.ok ? app.evaluation.household.adults[0]!.earnings : -1)).toBe(300);

    expect(calls).toEqual(['view']);
    // that one reply filled the score, the band, the pinned comparison, the other models and the curves
    expect(app.band?.household).toBe(0);
    expect(app.pinned[0]!.comparison).toBeDefined();
    expect(app.otherModels.every((c) => c.model !== app.modelId)).toBe(true);
    expect(app.sweeps.every((s) => s.household === 0 && s.model === app.modelId)).toBe(true);
    expect(app.sweeps.find((s) => s.field === 'adults[0].earnings')).toBeDefined();
    // and the headline of the edited household, from the same reply
    expect(app.headline?.ok && app.headline.value.calibrated?.ensemble).toBe('calibrated');
    stop();
  });
});

// The headline travels in the one view request: the reply to an edit carries the edited household's
// calibrated and prior headlines (the same the worker's own lookup gives for it); the switch between
// "directions only" and "directions and published figures" sends nothing; other targets start a
// calibration in the worker, with progress, that can be stopped.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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
  return { engine, calls, real: createApi() };
}

const POPULATION = pathToFileURL(join(process.cwd(), 'public/population/foyers.js')).href;

describe('the headline in the view', () => {
  it('is absent unless asked, says "loading" on a model’s first lookup, then answers when asked to wait', async () => {
    const api = createApi();
    const household = defaultHousehold('2026-09');
    const req = { household, modelId: 'cnaf-2014' };
    expect((await api.view(req)).headline).toBeUndefined();
    const first = await api.view({ ...req, headline: { use: null, reading: 'controlled' } });
    expect(first.headline).toEqual({ ok: false, reason: 'loading' });
    const waited = await api.view({ ...req, headline: { use: null, reading: 'controlled', wait: true } });
    const direct = await api.calibrationHeadline({ modelId: 'cnaf-2014', household });
    if (!waited.headline?.ok || !direct.ok) throw new Error('no headline');
    expect(waited.headline.value.calibrated).toEqual(direct.value.calibrated);
    expect(waited.headline.value.prior).toEqual(direct.value.prior);
    // each target's share of prior sets kept on its own is a share, and the off one is listed too
    const keeps = waited.headline.value.keeps!;
    expect(keeps.map((k) => k.id)).toContain('precarious_share_controlled');
    for (const k of keeps) (expect(k.keeps).toBeGreaterThanOrEqual(0), expect(k.keeps).toBeLessThanOrEqual(1));
    // other targets: the shipped calibrated ensemble (the defaults') does not answer for them; the prior does
    const other = await api.view({ ...req, headline: { use: ['targeted_hit_rate'], reading: 'controlled' } });
    if (!other.headline?.ok) throw new Error('no headline');
    expect(other.headline.value.calibrated).toBeNull();
    expect(other.headline.value.prior).toEqual(direct.value.prior);
  }, 60_000);

  it('comes with the edit’s one request, for the edited household; the switch sends nothing', async () => {
    const { engine, calls, real } = countingEngine();
    const app = new AppState(defaultHousehold('2026-09'));
    const stop = app.connect(engine);
    await expect.poll(() => app.headline?.ok, { timeout: 30_000 }).toBe(true);
    calls.length = 0;

    app.household.adults[0]!.earnings = 300;
    await tick();
    await expect.poll(() => (app.evaluation?.ok ? app.evaluation.household.adults[0]!.earnings : -1)).toBe(300);
    await expect.poll(() => app.pending || app.explorerStale).toBe(false);
    expect(calls).toEqual(['view']);
    const edited = JSON.parse(JSON.stringify(app.household));
    const direct = await real.calibrationHeadline({ modelId: app.modelId, household: edited });
    if (!app.headline?.ok || !direct.ok) throw new Error('no headline');
    expect(app.headline.value.calibrated!.rank).toEqual(direct.value.calibrated!.rank);
    expect(app.headline.value.narrowing).toBe(direct.value.narrowing);

    calls.length = 0;
    app.knowledge.side = 'directions';
    await tick();
    expect(app.knowledge.prior).toBe(true);
    expect(calls).toEqual([]);
    stop();
  }, 60_000);

  it('re-calibrates on other targets, with progress, and stops when asked', async () => {
    const { engine, calls } = countingEngine();
    const app = new AppState(defaultHousehold('2026-09'));
    app.populationModule = () => POPULATION;
    const stop = app.connect(engine);
    await expect.poll(() => app.headline?.ok, { timeout: 30_000 }).toBe(true);
    calls.length = 0;
    app.setTargets(['single_parent_share_controlled', 'learning_base_rate']);
    await tick();
    await expect.poll(() => calls).toContain('calibrate');
    expect(calls).toContain('view');
    expect(app.knowledge.use).toEqual(['single_parent_share_controlled', 'learning_base_rate']);
    await expect.poll(() => app.recalibration.progress?.simulations ?? 0, { timeout: 60_000 }).toBeGreaterThan(0);
    expect(app.recalibration.running).toBe(true);
    await app.stopCalibration();
    await expect.poll(() => app.recalibration.running, { timeout: 30_000 }).toBe(false);
    expect(app.recalibration.summary?.stopped).toBe(true);
    // one run: stopping it starts no other
    expect(calls.filter((c) => c === 'calibrate')).toHaveLength(1);
    // stopped: nothing is kept as calibrated for these targets; the answer stays the prior's
    await expect.poll(() => app.headline?.ok && app.headline.value.calibrated).toBeNull();
    stop();
  }, 120_000);
});

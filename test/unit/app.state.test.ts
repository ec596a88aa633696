// AppState without mounting the app: the request it sends on each edit, the reply it keeps, and
// the household edits the form asks of it. Runs the runes in Node (vite.config.ts: the `state` project).
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/state/app.svelte.ts';
import { defaultHousehold } from '../../src/household/household.ts';
import { createApi } from '../../src/worker/api.ts';
import { VirtualClock } from './virtual-clock.ts';
import type { OnScore, ViewRequest, ViewResult } from '../../src/engine/index.ts';
import { inThreadEngine } from './engine-double.ts';

/** An engine whose view replies the test releases one by one, in any order. */
function heldEngine() {
  const real = createApi();
  const held: Array<{ req: ViewRequest; release: () => void }> = [];
  const api = {
    ...real,
    view: (req: ViewRequest, onScore?: OnScore) =>
      new Promise<ViewResult | null>((resolve) =>
        held.push({ req, release: () => void real.view(req, onScore).then(resolve) }),
      ),
  };
  const engine = inThreadEngine(api, real);
  return { engine, held };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const earningsOf = (app: AppState) => (app.evaluation?.ok ? app.evaluation.household.adults[0]!.earnings : undefined);

describe('AppState', () => {
  it('sends one request per edit and keeps only the reply to the latest one', async () => {
    const { engine, held } = heldEngine();
    const app = new AppState(defaultHousehold('2026-09'));
    const stop = app.connect(engine);
    await tick();
    app.household.adults[0]!.earnings = 800;
    await tick();
    app.household.adults[0]!.earnings = 1500;
    await tick();
    expect(held.map((h) => h.req.household)).toHaveLength(3);
    expect(held.map((h) => (h.req.household as { adults: { earnings: number }[] }).adults[0]!.earnings)).toEqual([
      1200, 800, 1500,
    ]);
    // The latest reply arrives first; the two older ones arrive after it and must be dropped.
    held[2]!.release();
    await settle();
    expect(earningsOf(app)).toBe(1500);
    expect(app.pending).toBe(false);
    held[0]!.release();
    held[1]!.release();
    await settle();
    expect(earningsOf(app)).toBe(1500);
    stop();
  });

  it('shows an error, not the last good score, when the engine fails', async () => {
    const { engine } = heldEngine();
    const real = createApi();
    let fail = false;
    (engine as { api: unknown }).api = {
      ...real,
      view: async (req: ViewRequest, onScore?: OnScore) => {
        if (fail) throw new Error('worker gone');
        return real.view(req, onScore);
      },
    };
    const app = new AppState(defaultHousehold('2026-09'));
    const stop = app.connect(engine);
    await tick();
    await settle();
    expect(app.evaluation?.ok).toBe(true);
    fail = true;
    app.household.adults[0]!.earnings = 900;
    await tick();
    await settle();
    expect(app.evaluation?.ok).toBe(false);
    expect(!app.evaluation?.ok && app.evaluation?.errors[0]!.id).toBe('engine.failed');
    stop();
  });

  it('adds and removes a partner, at most one', () => {
    const app = new AppState(defaultHousehold('2026-09'));
    app.addPartner();
    app.addPartner();
    expect(app.household.adults).toHaveLength(2);
    expect(app.household.adults[1]).toMatchObject({ activity: 'inactif', earnings: 0 });
    app.removePartner();
    expect(app.household.adults).toHaveLength(1);
    expect(app.household.adults[0]!.earnings).toBe(1200);
  });

  it('adds children and removes the one asked for', () => {
    const app = new AppState(defaultHousehold('2026-09'));
    app.addChild();
    app.addChild();
    app.household.children[0]!.age = 3;
    app.household.children[1]!.age = 12;
    app.removeChild(0);
    expect(app.household.children.map((c) => c.age)).toEqual([12]);
  });

  it('sends a new request when a partner or a child is added', async () => {
    const { engine, held } = heldEngine();
    const app = new AppState(defaultHousehold('2026-09'));
    const stop = app.connect(engine);
    await tick();
    app.addPartner();
    await tick();
    app.addChild();
    await tick();
    const sent = held.map((h) => h.req.household as { adults: unknown[]; children: unknown[] });
    expect(sent.map((h) => [h.adults.length, h.children.length])).toEqual([
      [1, 0],
      [2, 0],
      [2, 1],
    ]);
    stop();
  });

  it('applies a preset in the household’s own month', () => {
    const app = new AppState(defaultHousehold('2025-03'));
    const preset = app.presets[0]!;
    app.applyPreset(preset.id);
    expect(app.household.month).toBe('2025-03');
    expect(app.household.adults[0]!.age).toBe(preset.household.adults[0]!.age);
  });
});

describe('AppState and imported models', () => {
  it('scores again when a file with the same name is imported with other weights', async () => {
    const { engine, held } = heldEngine();
    const app = new AppState(defaultHousehold('2026-09'));
    const stop = app.connect(engine);
    await tick();
    const table = (w: number) =>
      new File([`variable,level,coefficient\nintercept,,${w}\ntutelle,1,0.5\n`], 'mes-poids.csv');
    await app.importModel(table(-1));
    expect(app.importResult?.ok).toBe(true);
    await tick();
    const before = held.length;
    await app.importModel(table(-2));
    await tick();
    expect(held.length).toBe(before + 1);
    expect(held.at(-1)!.req.modelId).toBe(app.modelId);
    stop();
  });
});

describe('AppState while a model file is read', () => {
  it('names the file being read until the engine answers, then clears it', async () => {
    const { engine } = heldEngine();
    let release: () => void = () => undefined;
    const real = engine.api.loadModel;
    (engine.api as { loadModel: unknown }).loadModel = (...args: Parameters<typeof real>) =>
      new Promise((resolve) => (release = () => resolve(real(...args))));
    const app = new AppState(defaultHousehold('2026-09'));
    const stop = app.connect(engine);
    const done = app.importModel(new File(['variable,level,coefficient\nintercept,,-1\ntutelle,1,0.5\n'], 'lent.csv'));
    await expect.poll(() => app.importing).toBe('lent.csv');
    release();
    await done;
    expect(app.importing).toBeNull();
    expect(app.importResult?.ok).toBe(true);
    stop();
  });
});

describe('AppState between a new score and its ranges', () => {
  it('says the ranges on screen are the previous household’s until the new ones arrive', async () => {
    const real = createApi();
    const held: Array<() => void> = [];
    // The score phase goes through at once; the ranges wait until the test releases them.
    const api = {
      ...real,
      view: async (req: ViewRequest, onScore?: OnScore) => {
        const reply = await real.view(req, onScore);
        await new Promise<void>((resolve) => held.push(resolve));
        return reply;
      },
    };
    const engine = inThreadEngine(api, real);
    const app = new AppState(defaultHousehold('2026-09'));
    const stop = app.connect(engine);
    // every explorer call answered (the first refresh's, the other models', a superseded one's)
    const releaseAll = async () => {
      for (let i = 0; i < 10; i++) {
        while (held.length) held.shift()!();
        await settle();
      }
    };
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await releaseAll();
    expect(app.explorerStale).toBe(false);
    const first = app.band!.band;
    expect(first.exact).toBe(false);
    // an edit: its score arrives, its ranges are held back
    app.household.adults[0]!.earnings = 0;
    await expect.poll(() => earningsOf(app)).toBe(0);
    expect(app.explorerStale).toBe(true);
    expect(app.band!.band).toEqual(first);
    await releaseAll();
    expect(app.explorerStale).toBe(false);
    expect(app.band!.band.q50).not.toBe(first.q50);
    stop();
  });
});

describe('AppState after a score computed outside refresh (first paint)', () => {
  it('says "avant → après" from that score at the first edit, even before the engine answered once', async () => {
    const { engine, held } = heldEngine();
    const real = createApi();
    const household = defaultHousehold('2026-09');
    const app = new AppState(household, undefined, { timers: new VirtualClock() });
    app.models = real.listModels();
    app.modelId = 'cnaf-2014';
    const first = (await real.view({ modelId: 'cnaf-2014', household }))!;
    app.showScored(first.evaluation, first.explorer);
    const stop = app.connect(engine);
    await tick();
    // the person edits before the engine's first reply: that reply is dropped as stale
    app.household.adults[0]!.earnings = 0;
    await tick();
    // Every request the engine holds is answered, the page's second ask for the headline (the first
    // lookup of a model says "loading") included, so that the edit's view arrives and is committed.
    await expect
      .poll(() => {
        for (const h of held.splice(0)) h.release();
        return app.change !== null;
      })
      .toBe(true);
    expect(earningsOf(app)).toBe(0);
    stop();
  });
});

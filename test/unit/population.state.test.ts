// The population view's state over an engine whose replies the test releases one at a time: the
// draws are asked a chunk at a time with progress, a stop keeps the ranges of the draws done and
// asks for no more, a newer run replaces an older one, and a failure is said, not thrown.
import { describe, expect, it } from 'vitest';
import { PopulationView, POPULATION_SAMPLES } from '../../src/state/population.svelte.ts';
import type { Engine } from '../../src/worker/client.ts';

interface Call {
  method: string;
  req: {
    from?: number;
    to?: number;
    modelId: string;
    prior?: boolean;
    household?: unknown;
    use?: readonly string[] | null;
    reading?: string;
  };
  reply: (v: unknown) => void;
}

/** An engine whose population calls wait until the test answers them. */
function heldEngine(mode: Engine['mode'] = 'worker') {
  const calls: Call[] = [];
  const waiting: Array<() => void> = [];
  const held = (method: string) => (req: Call['req']) =>
    new Promise((reply) => {
      calls.push({ method, req, reply });
      waiting.splice(0).forEach((w) => w());
    });
  const engine = {
    mode,
    api: {
      populationOverview: held('overview'),
      populationChunk: held('chunk'),
      calibrationComposition: held('composition'),
      calibrationHeadline: held('headline'),
      calibrationPopulation: held('population'),
    },
  } as unknown as Engine;
  /** The next call the view makes (waits for it: no sleep). */
  const next = async (): Promise<Call> => {
    while (!calls.length) await new Promise<void>((r) => waiting.push(r));
    return calls.shift()!;
  };
  return { engine, next, pending: () => calls.length };
}

const overview = (freeWeights = 3) => ({
  ok: true,
  value: {
    records: 4,
    total: 100,
    month: '2024-12',
    controlled: 10,
    histogram: { edges: [0, 1], households: [100] },
    example: { rank: {}, composition: { groups: [] } },
    freeWeights,
    weights: 5,
    loadMs: 1,
    card: null,
  },
});
/** One chunk's answers: draw k gives percentile k / 1000 and a controlled group of single parents only. */
const chunk = (from: number, to: number) => {
  const ks = Array.from({ length: to - from }, (_, i) => from + i);
  return {
    ok: true,
    value: {
      rank: { percentile: ks.map((k) => k / 1000), controlled: ks.map(() => 0), score: ks.map(() => 0.1) },
      composition: {
        controlled: 10,
        cutScore: ks.map(() => 0.2),
        runs: ks.map(() => [
          { group: 'familyType', level: 'singleParent', population: 0.16, controlled: 0.36, ratio: 2.25 },
        ]),
      },
    },
  };
};
const URL = 'http://app.test/population/foyers.js';
const band = (low: number, high: number) => ({ low, median: (low + high) / 2, high, min: low, max: high });
const lookup = (ensemble: string, share: number) => ({
  ensemble,
  n: 300,
  ess: 300,
  controlledShare: share,
  rank: band(0.6 + share / 10, 0.9 + share / 20),
  probability: band(0.01, 0.2),
});
const ensembleRanges = { draws: 300, controlled: 166_000, cutScore: band(0.3, 0.5), groups: [] };
/** The worker's answer at 166,000 over one ensemble (calibrationPopulation). */
const ensembleAnswer = (h: ReturnType<typeof lookup>, ensemble = 'calibrated') => ({
  ok: true,
  value: {
    overview: overview().value,
    composition: { ensemble, source: 'shipped', composition: ensembleRanges, singleParent: [0.3, 0.4] },
    headline: h,
    records: false,
  },
});

describe('the population view state', () => {
  it('asks the draws a chunk at a time, shows progress and the ranges of the draws done', async () => {
    const view = new PopulationView();
    // Another threshold than the 166,000 the ensembles' cuts are stored for: the draws.
    view.controls = 1000;
    const { engine, next } = heldEngine('worker');
    const run = view.run(engine, 'm', {}, URL);
    expect(view.state).toBe('loading');
    (await next()).reply(overview());
    let asked = 0;
    while (asked < POPULATION_SAMPLES) {
      const c = await next();
      expect(c.method).toBe('chunk');
      expect(c.req.from).toBe(asked);
      asked = c.req.to!;
      c.reply(chunk(c.req.from!, c.req.to!));
      await Promise.resolve();
    }
    await run;
    expect(view.state).toBe('done');
    expect(view.done).toBe(POPULATION_SAMPLES);
    expect(view.ranges!.rank.draws).toBe(POPULATION_SAMPLES);
    expect(view.ranges!.rank.percentile.max).toBeCloseTo((POPULATION_SAMPLES - 1) / 1000, 12);
    expect(view.singleParentShares).toHaveLength(POPULATION_SAMPLES);
  });

  it('stops on cancel: the ranges cover the draws done and no more draws are asked', async () => {
    const view = new PopulationView();
    // Another threshold than the 166,000 the ensembles' cuts are stored for: the draws.
    view.controls = 1000;
    const { engine, next, pending } = heldEngine('in-thread');
    const run = view.run(engine, 'm', {}, URL);
    (await next()).reply(overview());
    const first = await next();
    first.reply(chunk(first.req.from!, first.req.to!));
    const second = await next();
    view.cancel();
    expect(view.state).toBe('cancelled');
    // The reply of the chunk under way arrives after the stop: it is not counted.
    second.reply(chunk(second.req.from!, second.req.to!));
    await run;
    expect(pending()).toBe(0);
    expect(view.state).toBe('cancelled');
    expect(view.done).toBe(first.req.to);
    expect(view.ranges!.rank.draws).toBe(first.req.to);
  });

  it('lets a newer run replace an older one, and gives one answer when every weight is fixed', async () => {
    const view = new PopulationView();
    const { engine, next } = heldEngine();
    const old = view.run(engine, 'old', {}, URL);
    const oldCall = await next();
    const fresh = view.run(engine, 'new', {}, URL);
    const freshCall = await next();
    expect([oldCall.method, freshCall.method]).toEqual(['population', 'population']);
    oldCall.reply(ensembleAnswer(lookup('calibrated', 0.9)));
    freshCall.reply({ ok: false, reason: 'not-calibrated', detail: 'new' });
    const o = await next();
    expect(o.method).toBe('overview');
    o.reply(overview(0));
    await Promise.all([old, fresh]);
    expect(freshCall.req.modelId).toBe('new');
    expect(view.state).toBe('done');
    expect(view.total).toBe(0);
    expect(view.ranges).toBeNull();
  });

  it('at 166,000 answers in one call over the ensemble the page reads: no overview, no draws', async () => {
    const view = new PopulationView();
    const { engine, next, pending } = heldEngine();
    const run = view.run(engine, 'm', { a: 1 }, URL, true, { use: ['t1'], reading: 'datamined' });
    const first = await next();
    expect(first.method).toBe('population');
    // The ensemble of the targets switched on, and the prior as app.knowledge asked ('directions').
    expect(first.req).toMatchObject({ prior: true, use: ['t1'], reading: 'datamined', household: { a: 1 } });
    first.reply(ensembleAnswer(lookup('prior', 0.25), 'prior'));
    await run;
    expect(pending()).toBe(0);
    expect(view.state).toBe('done');
    expect(view.ensemble).toBe('prior');
    expect(view.ranges!.rank.controlledInShare).toBe(0.25);
    expect(view.ranges!.rank.percentile).toEqual(lookup('prior', 0.25).rank);
    expect(view.ranges!.composition).toEqual(ensembleRanges);
    expect(view.singleParentShares).toEqual([0.3, 0.4]);
    expect(view.overview!.records).toBe(4);

    // A household edit: the same call for the household's lookup; the composition stays, no draws.
    const placed = view.place(engine, 'm', { a: 2 }, URL, true, { use: ['t1'], reading: 'datamined' });
    const again = await next();
    expect(again.method).toBe('population');
    expect(again.req).toMatchObject({ household: { a: 2 }, use: ['t1'] });
    again.reply(ensembleAnswer(lookup('prior', 0.5), 'prior'));
    await placed;
    expect(pending()).toBe(0);
    expect(view.ranges!.rank.controlledInShare).toBe(0.5);
    expect(view.ranges!.composition).toEqual(ensembleRanges);
  });

  it('falls back to the draws when the model has no ensemble', async () => {
    const view = new PopulationView();
    const { engine, next } = heldEngine();
    const run = view.run(engine, 'm', {}, URL);
    (await next()).reply({ ok: false, reason: 'not-calibrated', detail: 'm' });
    (await next()).reply(overview());
    const c = await next();
    expect(c.method).toBe('chunk');
    view.cancel();
    c.reply(chunk(c.req.from!, c.req.to!));
    await run;
    expect(view.ensemble).toBeNull();
  });

  // Issue 21 item 5: the previous ranking must never read as current under a failure.
  it('after choosing the model card, says so and shows none of the previous model’s figures', async () => {
    const view = new PopulationView();
    const { engine, next } = heldEngine();
    const run = view.run(engine, 'm', { a: 1 }, URL);
    (await next()).reply(ensembleAnswer(lookup('calibrated', 0.9)));
    await run;
    expect(view.ranges).not.toBeNull();
    const card = view.run(engine, 'card', { a: 1 }, URL);
    (await next()).reply({ ok: false, reason: 'card', detail: 'card' });
    await card;
    expect(view.state).toBe('failed');
    expect(view.failure!.reason).toBe('card');
    expect([view.overview, view.ranges, view.ensemble]).toEqual([null, null, null]);
    expect(view.singleParentShares).toEqual([]);
  });

  it('with an invalid household, says which field and drops the previous household’s place', async () => {
    const view = new PopulationView();
    const { engine, next } = heldEngine();
    const run = view.run(engine, 'm', { a: 1 }, URL);
    (await next()).reply(ensembleAnswer(lookup('calibrated', 0.9)));
    await run;
    const placed = view.place(engine, 'm', { a: -1 }, URL);
    (await next()).reply({ ok: false, reason: 'household', detail: 'a' });
    await placed;
    expect(view.state).toBe('failed');
    expect(view.failure).toEqual({ ok: false, reason: 'household', detail: 'a' });
    expect([view.overview, view.ranges]).toEqual([null, null]);

    // Under draws (another threshold) as well.
    view.controls = 1000;
    const drawn = view.run(engine, 'm', { a: 1 }, URL);
    (await next()).reply(overview());
    const c = await next();
    c.reply(chunk(c.req.from!, c.req.to!));
    // The next chunk asked: the first one is counted; stop there.
    const c2 = await next();
    view.cancel();
    c2.reply(chunk(c2.req.from!, c2.req.to!));
    await drawn;
    expect(view.ranges).not.toBeNull();
    const bad = view.run(engine, 'm', { a: -1 }, URL);
    (await next()).reply({ ok: false, reason: 'household', detail: 'a' });
    await bad;
    expect(view.state).toBe('failed');
    expect([view.overview, view.ranges]).toEqual([null, null]);
  });

  it('says why when the engine cannot answer', async () => {
    const view = new PopulationView();
    const { engine, next } = heldEngine();
    const run = view.run(engine, 'm', {}, URL);
    const c = await next();
    expect(c.method).toBe('population');
    c.reply({ ok: false, reason: 'unavailable', detail: 'offline' });
    await run;
    expect(view.state).toBe('failed');
    expect(view.failure).toEqual({ ok: false, reason: 'unavailable', detail: 'offline' });
  });
});

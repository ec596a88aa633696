// "Avant → après" in the results store, on views made by hand and a virtual clock: it compares
// committed views (after a pause, or when the focus leaves the field), never the page's first view
// or a link's, says when nothing moved, and calls a move up or down whenever Δx × the direction says so.
import { describe, expect, it } from 'vitest';
import { COMMIT_PAUSE_MS, inputOf, Results } from '../../src/state/results.svelte.ts';
import { changeBetween, moveOf, type Shown } from '../../src/state/change.ts';
import type { Evaluation, ExplorerView, TermRange, ViewRequest } from '../../src/engine/index.ts';
import type { Engine } from '../../src/worker/client.ts';
import { VirtualClock } from './virtual-clock.ts';

const band = (p: number) => ({ n: 1, q05: p / 2, q50: p, q95: Math.min(1, p * 2), example: p, exact: false });
const term = (o: Partial<TermRange> & { variable: string }): TermRange => ({
  lo: 0,
  hi: 0,
  example: 0,
  free: true,
  at: -1,
  x: 0,
  sign: null,
  ...o,
});

/** A model of one free weight of direction + on `earnings` (per 1000 €) and one of unknown direction on `flag`. */
function viewOf(req: ViewRequest): ExplorerView {
  const h = req.household as { earnings: number; flag: boolean; other?: number };
  const x = h.earnings / 1000;
  const terms = [
    term({ variable: 'earnings', lo: 0, hi: 2 * x, example: x, at: 1, x, sign: 1 }),
    term({ variable: 'flag', lo: h.flag ? -1 : 0, hi: h.flag ? 1 : 0, at: h.flag ? 2 : -1, x: h.flag ? 1 : 0 }),
  ];
  return {
    n: 1,
    seed: 1,
    cells: [
      { model: req.modelId, household: 0, band: band(0.1 + x / 10), example: {} as never, terms, free: {} as never },
    ],
    sweeps: [],
    comparisons: [],
  };
}

function setup() {
  const clock = new VirtualClock();
  let model = 'm';
  const results = new Results(() => model, clock);
  const engine = {
    api: {
      view: async (req: ViewRequest) => ({
        evaluation: { ok: true } as Evaluation,
        explorer: viewOf(req),
        others: [],
        sweeps: [],
      }),
    },
  } as unknown as Engine;
  const show = (household: object, modelId = model) => {
    model = modelId;
    const req = { household, modelId } as ViewRequest;
    return results.request(engine, req, false, inputOf(req));
  };
  return { clock, results, show };
}

describe('avant → après in the results store', () => {
  it('never appears for the first view, nor while the person is still typing', async () => {
    const { clock, results, show } = setup();
    await show({ earnings: 1000, flag: false });
    expect(results.change).toBeNull();
    await show({ earnings: 100, flag: false });
    await show({ earnings: 1200, flag: false });
    await clock.sleep(COMMIT_PAUSE_MS - 1);
    expect(results.change).toBeNull();
    await clock.sleep(1);
    // Committed after the pause: from the first view to the last, the keystrokes between left out.
    expect(results.change!.before.example).toBeCloseTo(0.2, 12);
    expect(results.change!.after.example).toBeCloseTo(0.22, 12);
  });

  it('commits at once when the focus leaves the field, waiting for a reply under way', async () => {
    const { results, show } = setup();
    await show({ earnings: 1000, flag: false });
    const pending = show({ earnings: 2000, flag: false });
    results.commit();
    expect(results.change).toBeNull();
    await pending;
    expect(results.change!.after.example).toBeCloseTo(0.3, 12);
    expect(results.change!.terms.map((t) => [t.variable, t.way])).toEqual([['earnings', 'up']]);
  });

  it('commits a weight set on release as soon as its view arrives, with no pause', async () => {
    const { results, show } = setup();
    await show({ earnings: 1000, flag: false });
    results.commitNext();
    await show({ earnings: 1000, flag: true }, 'm-modifie');
    expect(results.change!.terms.map((t) => [t.variable, t.way])).toEqual([['flag', 'depends']]);
  });

  it('never appears for the views of a link opened, however many arrive, but for the edit after it', async () => {
    const { clock, results, show } = setup();
    await show({ earnings: 1000, flag: false });
    const link = { earnings: 500, flag: true };
    results.rebase(JSON.stringify(link));
    await show(link);
    await show(link, 'm-modifie');
    await clock.sleep(COMMIT_PAUSE_MS);
    expect(results.change).toBeNull();
    await show({ ...link, earnings: 400 });
    results.commit();
    expect(results.change!.terms.map((t) => [t.variable, t.way])).toEqual([['earnings', 'down']]);
  });

  it('says nothing moved when an edit leaves the model’s view as it was, and keeps the change on a mere refresh', async () => {
    const { results, show } = setup();
    await show({ earnings: 1000, flag: false });
    await show({ earnings: 1000, flag: false, other: 3 });
    results.commit();
    expect(results.change).toMatchObject({ terms: [] });
    const said = results.change;
    await show({ earnings: 1000, flag: false, other: 3 });
    results.commit();
    expect(results.change).toBe(said);
  });

  it('starts again, with nothing to say, when the model is switched', async () => {
    const { results, show } = setup();
    await show({ earnings: 1000, flag: false });
    await show({ earnings: 2000, flag: false });
    results.commit();
    expect(results.change).not.toBeNull();
    await show({ earnings: 2000, flag: false }, 'other');
    expect(results.change).toBeNull();
    results.commit();
    expect(results.change).toBeNull();
  });
});

describe('moveOf: the direction of a move', () => {
  const up = (x: number, at = 1) => term({ variable: 'v', lo: 0, hi: x, example: x / 2, at, x, sign: 1 });
  it('calls a move of a value up or down by Δx × the known direction, even when the ranges overlap', () => {
    expect(moveOf(up(1), up(1.5))).toBe('up');
    expect(moveOf(up(1.5), up(1))).toBe('down');
    const minus = (x: number) => term({ variable: 'v', lo: -x, hi: 0, at: 1, x, sign: -1 });
    expect(moveOf(minus(1), minus(2))).toBe('down');
  });

  it('goes through each level left and taken: a level of + taken from the reference is up; from a − level too', () => {
    const level = (at: number, sign: number | null) => term({ variable: 'v', lo: -1, hi: 1, at, x: 1, sign });
    const reference = term({ variable: 'v' });
    expect(moveOf(reference, level(3, 1))).toBe('up');
    expect(moveOf(level(2, -1), level(3, 1))).toBe('up');
    expect(moveOf(level(2, 1), level(3, 1))).toBe('depends');
    expect(moveOf(level(3, 1), reference)).toBe('down');
    expect(moveOf(reference, level(3, null))).toBe('depends');
  });

  it('compares two fixed terms by their values, and leaves a change of the weights alone to the weights', () => {
    const fixed = (v: number) => term({ variable: 'v', lo: v, hi: v, example: v, free: false, at: 1, x: 1, sign: 1 });
    expect(moveOf(fixed(0.2), fixed(0.5))).toBe('up');
    expect(moveOf(fixed(0.5), fixed(0.2))).toBe('down');
    expect(moveOf(up(1), fixed(0.3))).toBe('depends');
  });

  it('is what changeBetween writes on each moved term', () => {
    const a: Shown = { model: 'm', band: band(0.1), terms: [up(1)], input: 'a' };
    const b: Shown = { model: 'm', band: band(0.2), terms: [up(2)], input: 'b' };
    expect(changeBetween(a, b)!.terms[0]!.way).toBe('up');
  });
});

// The explorer's state: pins in their own list, "avant → après" after each edit, every model side
// by side, the sensitivity curves, weight edits through the app's methods. Real engine, in the thread.
import { describe, expect, it } from 'vitest';
import { AppState, EARNINGS_FIELD, MAX_PINS } from '../../src/state/app.svelte.ts';
import { defaultHousehold } from '../../src/household/household.ts';
import { createApi } from '../../src/worker/api.ts';
import { changeBetween, sameView, type Shown } from '../../src/state/change.ts';
import { isFeatureModel } from '../../src/state/application.svelte.ts';
import { logistic } from '../../src/engine/index.ts';
import { VirtualClock } from './virtual-clock.ts';
import { inThreadEngine } from './engine-double.ts';

const engine = () => inThreadEngine();

async function connected(model = 'cnaf-2014') {
  // A virtual clock: the pause that commits an edit takes no real time.
  const app = new AppState(defaultHousehold('2026-03'), undefined, { timers: new VirtualClock() });
  app.modelId = model;
  const stop = app.connect(engine());
  await expect.poll(() => app.band).toBeDefined();
  return { app, stop };
}

describe('pins', () => {
  it('pins, names and removes households, at most MAX_PINS, through the app’s methods', () => {
    const app = new AppState(defaultHousehold('2026-03'));
    app.pin('moi');
    app.pinPreset(app.presets[0]!.id);
    expect(app.pins.map((p) => p.name)).toEqual(['moi', app.presets[0]!.label.fr]);
    expect(app.pins[1]!.household.month).toBe('2026-03');
    for (let i = 0; i < 10; i++) app.pin(`n${i}`, defaultHousehold('2026-03'));
    expect(app.pins).toHaveLength(MAX_PINS);
    app.unpin(0);
    expect(app.pins[0]!.name).toBe(app.presets[0]!.label.fr);
    app.unpin(99);
    expect(app.pins).toHaveLength(MAX_PINS - 1);
  });
});

describe('avant → après', () => {
  it('has no change before any edit, then the score and each moved term of the edit', async () => {
    const { app, stop } = await connected();
    expect(app.change).toBeNull();
    const before = app.band!.band;
    app.household.adults[0]!.earnings = 0;
    await expect.poll(() => app.change).not.toBeNull();
    const c = app.change!;
    expect(c.before).toEqual(before);
    expect(c.after).toEqual(app.band!.band);
    expect(c.after.example).not.toBeCloseTo(c.before.example, 6);
    // every term listed moved, and each is the current cell's term
    expect(c.terms.length).toBeGreaterThan(0);
    for (const t of c.terms) {
      const now = app.band!.terms.find((x) => x.variable === t.variable)!;
      expect(t.after).toBe(now.example);
      expect([t.before, ...t.beforeRange]).not.toEqual([t.after, ...t.afterRange]);
    }
    // the example score is the logistic of the intercept plus the terms: the listed moves account for it
    const logit = (p: number) => Math.log(p / (1 - p));
    const moved = c.terms.reduce((s, t) => s + t.after - t.before, 0);
    expect(logit(c.after.example) - logit(c.before.example)).toBeCloseTo(moved, 9);
    stop();
  });

  it('keeps the change when a refresh only pins a household, and drops it when the model is switched', async () => {
    const { app, stop } = await connected();
    app.household.adults[0]!.earnings = 300;
    await expect.poll(() => app.change).not.toBeNull();
    const c = app.change;
    app.pin('moi');
    await expect.poll(() => app.pinned[0]?.cell).toBeDefined();
    expect(app.change).toBe(c);
    app.modelId = 'dmde-2026-modele-1';
    await expect.poll(() => app.band?.model).toBe('dmde-2026-modele-1');
    expect(app.change).toBeNull();
    stop();
  });

  it('shows the change of a weight edit: × 0 on the intercept moves the example logit by the intercept', async () => {
    const { app, stop } = await connected();
    const intercept = app.model!.kind === 'model' ? app.model!.intercept.value : NaN;
    await app.setWeight({ variable: 'intercept' }, 0);
    await expect.poll(() => app.band?.model).toBe('cnaf-2014-modifie');
    await expect.poll(() => app.change).not.toBeNull();
    const logit = (p: number) => Math.log(p / (1 - p));
    expect(logit(app.change!.after.example) - logit(app.change!.before.example)).toBeCloseTo(-intercept, 6);
    expect(app.weightChanges).toEqual([{ variable: 'intercept', value: 0 }]);
    await app.resetWeights();
    expect(app.modelId).toBe('cnaf-2014');
    expect(app.weightChanges).toEqual([]);
    stop();
  });
});

describe('change between two views', () => {
  const band = (p: number) => ({ n: 1, q05: p, q50: p, q95: p, example: p, exact: true });
  const term = (variable: string, example: number) => ({
    variable,
    lo: example,
    hi: example,
    example,
    free: false,
    at: -1,
    x: 0,
    sign: null,
  });
  const view = (model: string, p: number, terms: [string, number][]): Shown => ({
    model,
    band: band(p),
    terms: terms.map(([v, e]) => term(v, e)),
    input: '',
  });

  it('lists only the moved terms, largest first', () => {
    const a = view('m', logistic(-1), [
      ['x', 0.5],
      ['y', 0],
      ['z', 1],
    ]);
    const b = view('m', logistic(-0.2), [
      ['x', 0.6],
      ['y', 0.7],
      ['z', 1],
    ]);
    expect(changeBetween(a, b)!.terms.map((t) => [t.variable, t.before, t.after])).toEqual([
      ['y', 0, 0.7],
      ['x', 0.5, 0.6],
    ]);
  });

  it('compares a model with its edited copy, not two different models', () => {
    const a = view('m', 0.1, [['x', 0]]);
    expect(changeBetween(a, { ...a, model: 'm-modifie' })).not.toBeNull();
    expect(changeBetween(a, { ...a, model: 'other' })).toBeNull();
    expect(sameView(a, { ...a })).toBe(true);
    expect(sameView(a, view('m', 0.1, [['x', 0.1]]))).toBe(false);
  });
});

describe('every model side by side, and the curves', () => {
  it('scores the household with every scorable model, and draws curves on request for the current model only', async () => {
    const { app, stop } = await connected();
    // Before the panel is opened: only the earnings curve under the score, with its band.
    await expect.poll(() => app.sweeps.map((s) => s.field)).toEqual([EARNINGS_FIELD]);
    app.showSensitivity(true);
    await expect.poll(() => app.sweeps.length).toBeGreaterThan(1);
    // Every model scored on a household: not a feature model (Amsterdam scores an application), by the app's own test.
    const scorable = app.models.filter((m) => m.kind === 'model' && !isFeatureModel(m)).map((m) => m.id);
    await expect.poll(() => app.modelCells.map((c) => c.model).sort()).toEqual([...scorable].sort());
    expect(app.modelCells.every((c) => c.household === 0)).toBe(true);
    // each model's cell is that model's band for this household, as the explorer computes it alone
    const direct = createApi().explore({ id: 1, modelIds: scorable, households: [app.household], sweepFields: [] });
    for (const c of app.modelCells)
      expect(c.band).toEqual(direct.answer.ok && direct.answer.value.cells.find((d) => d.model === c.model)!.band);
    expect(new Set(app.sweeps.map((s) => s.model))).toEqual(new Set(['cnaf-2014']));
    expect(new Set(app.sweeps.map((s) => s.household))).toEqual(new Set([0]));
    for (const s of app.sweeps) for (let i = 0; i < s.x.length; i++) expect(s.q05[i]).toBeLessThanOrEqual(s.q95[i]!);
    stop();
  });
});

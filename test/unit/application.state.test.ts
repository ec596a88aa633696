// The page's side of Amsterdam's Slimme Check: the app asks the engine's `application` call when the
// model is chosen and on each edit of the form's profile, keeps only the latest answer, and never
// asks it of a household model. Real engine, in the thread; expected scores are the published ones
// (test/cases/amsterdam/test-vectors.csv, row 2: the profile the form starts from).
import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/state/app.svelte.ts';
import { ApplicationStore } from '../../src/state/application.svelte.ts';
import { defaultHousehold } from '../../src/household/household.ts';
import { createApi } from '../../src/worker/api.ts';
import type { Engine } from '../../src/worker/client.ts';
import { VirtualClock } from './virtual-clock.ts';
import { inThreadEngine } from './engine-double.ts';

const EARLY = 'amsterdam-slimme-check-2022-05-23';
// Published scores of row 2 (model_scoring_comparison.csv), and of the same profile with 3 no-shows
// under 2022-05-23: the row-2 logit plus the published bins [2.5, inf) − [-inf, 0.5).
const ROW_2 = { early: 0.5368090774517874, late: 0.520267802060416 };
const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const logit = (p: number) => Math.log(p / (1 - p));
const NO_SHOWS_3 = logistic(logit(ROW_2.early) + 1.9061515846906498 - -0.023059125540683883);

const engine = (api = createApi()) => inThreadEngine(api);

describe('the application answer in the page', () => {
  it('is asked when the model is chosen and on each profile edit; a household model asks nothing', async () => {
    const api = createApi();
    const asked: string[] = [];
    const application = api.application.bind(api);
    api.application = (req) => (asked.push(req.modelId), application(req));
    const app = new AppState(defaultHousehold('2026-03'), undefined, { timers: new VirtualClock() });
    const stop = app.connect(engine(api));
    await expect.poll(() => app.band).toBeDefined();
    expect(asked).toEqual([]);
    app.modelId = EARLY;
    await expect.poll(() => app.application.for(EARLY)?.score.score).toBeCloseTo(ROW_2.early, 12);
    expect(app.application.view?.other?.score.score).toBeCloseTo(ROW_2.late, 12);
    app.profile.set('afspraken_no_show_count_last_year', 3);
    await expect.poll(() => app.application.view?.score.score).toBeCloseTo(NO_SHOWS_3, 12);
    expect(app.application.view?.profile.afspraken_no_show_count_last_year).toBe(3);
    expect(asked.every((id) => id === EARLY)).toBe(true);
    stop();
  });

  it('keeps only the latest answer when an older one arrives last', async () => {
    const api = createApi();
    await api.loadShipped(EARLY); // as the page does when the model is chosen: its files load on demand
    const release: (() => void)[] = [];
    // The engine answers the first request only after the second.
    const slow = {
      api: {
        application: (req: Parameters<typeof api.application>[0]) =>
          new Promise((done) => release.push(() => done(api.application(req)))),
      },
    } as unknown as Engine;
    const store = new ApplicationStore();
    const first = store.request(slow, EARLY, { afspraken_no_show_count_last_year: 3 });
    const second = store.request(slow, EARLY, {});
    release[1]!();
    await second;
    release[0]!();
    await first;
    expect(store.view?.score.score).toBeCloseTo(ROW_2.early, 12);
    expect(store.failed).toBeNull();
  });
});

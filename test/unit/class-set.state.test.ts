// The class of up to forty households: what fits and what is named as left out, the sorts of the
// one-axis table, the printed household line's plural agreement, the headline batch's failure and
// the handouts' data going on past a failed call (the supervisor re-sends a lost call, not the page).
import { describe, expect, it } from 'vitest';
import { defaultHousehold } from '../../src/household/household.ts';
import { ClassSet, MAX_CLASS, sortedIndices } from '../../src/state/class-set.svelte.ts';
import { HeadlineBatch } from '../../src/state/headline-batch.svelte.ts';
import { householdLine } from '../../src/ui/household-line.ts';
import { DICTS } from '../../src/i18n/index.ts';
import type { HeadlineView } from '../../src/engine/calibration/headline.ts';
import type { Engine } from '../../src/worker/client.ts';
import { createApi } from '../../src/worker/api.ts';
import { handoutData } from '../../src/state/handouts.ts';

const members = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({ name: `F${from + i + 1}`, household: defaultHousehold('2026-05') }));

/** A headline view whose calibrated side has this share and rank middle (the prior's is the reverse). */
const view = (share: number, rank: number): HeadlineView => {
  const h = (s: number, r: number) => ({
    ensemble: 'calibrated' as const,
    n: 100,
    ess: 100,
    controlledShare: s,
    rank: { low: r - 0.01, median: r, high: r + 0.01, min: 0, max: 1 },
    probability: { low: 0, median: 0, high: 0, min: 0, max: 0 },
  });
  return { calibrated: h(share, rank), prior: h(1 - share, 1 - rank), narrowing: 0, source: 'shipped' };
};

describe('the class set', () => {
  it('keeps forty households in order and returns those that did not fit, replacing none', () => {
    const c = new ClassSet();
    expect(c.add(members(10))).toEqual([]);
    expect(c.list.map((m) => m.name)).toEqual(members(10).map((m) => m.name));
    const left = c.add(members(35, 10));
    expect(MAX_CLASS).toBe(40);
    expect(c.list).toHaveLength(40);
    expect(left.map((m) => m.name)).toEqual(['F41', 'F42', 'F43', 'F44', 'F45']);
    expect(c.full).toBe(true);
    c.remove(0);
    expect([c.list.length, c.list[0]!.name, c.full]).toEqual([39, 'F2', false]);
    c.clear();
    expect(c.households()).toEqual([]);
  });

  it('sorts by name, by the share controlled or by rank (highest first), the unanswered last', () => {
    const names = ['Chloé', 'anna', 'Bruno', 'Émile'];
    const heads = [view(0.2, 0.5), view(0.9, 0.4), undefined, view(0.5, 0.99)];
    expect(sortedIndices(names, heads, 'order', false, 'fr')).toEqual([0, 1, 2, 3]);
    expect(sortedIndices(names, heads, 'name', false, 'fr')).toEqual([1, 2, 0, 3]);
    expect(sortedIndices(names, heads, 'share', false, 'fr')).toEqual([1, 3, 0, 2]);
    expect(sortedIndices(names, heads, 'rank', false, 'fr')).toEqual([3, 0, 1, 2]);
    // The prior side reads the prior's numbers.
    expect(sortedIndices(names, heads, 'share', true, 'fr')).toEqual([0, 3, 1, 2]);
  });
});

describe('the printed household line', () => {
  it('agrees in number in French and English', () => {
    const one = defaultHousehold('2026-05');
    expect(householdLine(one, DICTS.fr, 'fr')).toBe('1 adulte, âgé de 35 ans ; aucun enfant — mai 2026');
    const two = defaultHousehold('2026-05');
    two.adults.push({ ...two.adults[0]!, age: 33 });
    two.children.push({ age: 4, activity: 'scolaire' });
    expect(householdLine(two, DICTS.fr, 'fr')).toBe('2 adultes, âgés de 35, 33 ans ; 1 enfant (4 ans) — mai 2026');
    two.children.push({ age: 7, activity: 'scolaire' });
    expect(householdLine(two, DICTS.en, 'en')).toBe('2 adults, aged 35, 33; 2 children (aged 4, 7) — May 2026');
    expect(householdLine(one, DICTS.en, 'en')).toMatch(/^1 adult, aged 35; no child/);
  });
});

describe('the headline batch', () => {
  it('sends one call and says why when it fails (a lost worker is re-sent by the supervisor, not here)', async () => {
    let calls = 0;
    const engine = {
      api: {
        calibrationHeadlines: async () => {
          if (++calls === 1) throw new Error('gone');
          return { ok: true, value: [view(0.3, 0.5)] };
        },
      },
    } as unknown as Engine;
    const batch = new HeadlineBatch();
    await batch.ask(engine, 'm', [{}]);
    expect([calls, batch.state, batch.why]).toEqual([1, 'none', 'gone']);
    // the failed ask is forgotten: the same ask again is sent, and answered
    await batch.ask(engine, 'm', [{}]);
    expect([calls, batch.state, batch.values[0]?.calibrated?.controlledShare]).toEqual([2, 'done', 0.3]);
  });
});

describe('the handouts’ data', () => {
  it('goes on past a failed call, household by household, sending each call once', async () => {
    const real = createApi();
    let evaluations = 0;
    let explores = 0;
    const engine = {
      api: {
        ...real,
        evaluate: async (req: never) => {
          if (++evaluations === 2) throw new Error('no reply');
          return real.evaluate(req);
        },
        explore: async (req: never) => {
          if (++explores === 1) throw new Error('no reply');
          return real.explore(req);
        },
      },
    } as unknown as Engine;
    const households = members(8).map((m) => m.household);
    const data = await handoutData(engine, 'dmde-2026-modele-1', households);
    expect(data).toHaveLength(8);
    // Eight evaluations, the second failed; two explorer chunks (six, then two), the first failed.
    expect([evaluations, explores]).toEqual([8, 2]);
    expect(data.map((d) => d.evaluation?.ok ?? null)).toEqual([true, null, true, true, true, true, true, true]);
    expect(data.map((d) => Boolean(d.cell))).toEqual([false, false, false, false, false, false, true, true]);
    expect(data.slice(6).every((d) => !d.cell!.band.exact)).toBe(true);
  });
});

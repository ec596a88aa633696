import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { logistic, modelConstraints } from '../../src/engine/index.ts';
import {
  calibrate,
  decodeEnsemble,
  encodeEnsemble,
  headline,
  LEVELS,
  parseTargets,
  rankIn,
  resolveTargets,
  simulate,
  type CalibrationDesign,
  type Ensemble,
  type Target,
} from '../../src/engine/calibration/index.ts';
import { SHIPPED_TARGETS_CSV } from '../../src/calibration/targets.ts';
import { model, w } from './robust-fixtures.ts';

const csvPath = new URL('../../src/calibration/targets.csv', import.meta.url);

describe('targets', () => {
  it('the text the worker and the command lines use is the committed CSV, byte for byte', () => {
    expect(SHIPPED_TARGETS_CSV).toBe(readFileSync(csvPath, 'utf8'));
  });

  it('reads the shipped file and switches on the single-parent share and the two levels by default', () => {
    const rows = parseTargets(SHIPPED_TARGETS_CSV);
    if (!rows.ok) throw new Error(rows.errors.join());
    expect(rows.value.map((r) => r.id)).toEqual([
      'controlled_count',
      'single_parent_share_controlled',
      'datamining_share_home_controls',
      'precarious_share_controlled',
      'targeted_hit_rate',
      'learning_base_rate',
    ]);
    const r = resolveTargets(rows.value);
    if (!r.ok) throw new Error(r.errors.join());
    expect(r.value.controls).toBe(166000);
    const used = Object.fromEntries(r.value.targets.map((t) => [t.id, [t.value, t.tolerance, t.used]]));
    expect(used).toEqual({
      single_parent_share_controlled: [0.36, 0.05, true],
      precarious_share_controlled: [0.67, 0.1, false],
      targeted_hit_rate: [0.52, 0.1, true],
      learning_base_rate: [0.142, 0.05, true],
    });
  });

  it('the data-mined reading of the 36 % is (0.36 − 0.3 × 0.16) / 0.7, its tolerance 0.05 / 0.7', () => {
    const rows = parseTargets(SHIPPED_TARGETS_CSV);
    if (!rows.ok) throw new Error();
    const r = resolveTargets(rows.value, { reading: 'datamined' });
    if (!r.ok) throw new Error();
    const t = r.value.targets.find((t) => t.id === 'single_parent_share_controlled')!;
    expect(t.value).toBeCloseTo(0.312 / 0.7, 12);
    expect(t.value).toBeCloseTo(0.4457, 4);
    expect(t.tolerance).toBeCloseTo(0.05 / 0.7, 12);
  });

  it('refuses a bad number, a missing column and a target it cannot compute, naming them', () => {
    const bad = SHIPPED_TARGETS_CSV.replace('0.36,0.05', 'abc,0.05');
    const r = parseTargets(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join()).toMatch(/line 3: value "abc"/);
    const noQuote = parseTargets('id,value\nx,1\n');
    expect(noQuote.ok).toBe(false);
    if (!noQuote.ok) expect(noQuote.errors[0]).toMatch(/missing columns: quantity/);
    const rows = parseTargets(SHIPPED_TARGETS_CSV);
    if (!rows.ok) throw new Error();
    const u = resolveTargets(rows.value, { use: ['controlled_count', 'nope'] });
    expect(u.ok).toBe(false);
    if (!u.ok) expect(u.errors).toEqual(['no target "controlled_count" to switch on', 'no target "nope" to switch on']);
  });
});

/** Two records of weight 50 and a design with only the intercept: every logit is the intercept b. */
function flatDesign(): CalibrationDesign {
  return {
    n: 2,
    p: 1,
    x: Float64Array.from([1, 1]),
    ones: [null],
    weight: Float64Array.from([50, 50]),
    total: 100,
    singleParent: Uint8Array.from([1, 0]),
    precarious: Uint8Array.from([0, 1]),
  };
}
const free = modelConstraints(model([], w(-2, 'placeholder')));
const baseRate = (value: number, tolerance: number): Target => ({
  id: 'learning_base_rate',
  statistic: 'baseRate',
  value,
  tolerance,
  used: true,
  reading: '',
});
const noPause = async () => {};

describe('simulate', () => {
  it('shares the places at a tied cut by weight and reads the four statistics', () => {
    const s = simulate(flatDesign(), [Math.log(0.25 / 0.75)], 40);
    expect(s.baseRate).toBeCloseTo(0.25, 6);
    expect(s.hitRate).toBeCloseTo(0.25, 6);
    // Both records tie: each gives 40 % of its weight, so half the controlled are single parents.
    expect(s.singleParent).toBeCloseTo(0.5, 12);
    expect(s.precarious).toBeCloseTo(0.5, 12);
  });
});

describe('calibrate (ABC-SMC)', () => {
  // The intercept b is uniform on [ln(1/99), 0]; the base rate is logistic(b): the region
  // 0.10 ± 0.02 is b in [logit 0.08, logit 0.12], a known interval.
  const lo = Math.log(0.08 / 0.92);
  const hi = Math.log(0.12 / 0.88);
  const run = (seed: number) =>
    calibrate(free, flatDesign(), {
      controls: 10,
      targets: [baseRate(0.1, 0.02)],
      particles: 300,
      seed,
      pause: noPause,
    });

  it('returns only weight sets inside the hard region, spread over it as the prior is', async () => {
    const r = await run(5);
    expect(r.met).toBe(true);
    expect(r.priorDraws).toBe(300);
    const b = Array.from({ length: 300 }, (_, i) => r.weights[i]!);
    expect(Math.min(...b)).toBeGreaterThanOrEqual(lo);
    expect(Math.max(...b)).toBeLessThanOrEqual(hi);
    // The target is the prior restricted to the region: uniform on [lo, hi], mean at its middle.
    const mean = b.reduce((s, x, i) => s + x * r.importance[i]!, 0);
    expect(Math.abs(mean - (lo + hi) / 2)).toBeLessThan((hi - lo) * 0.1);
    expect(r.ess).toBeGreaterThanOrEqual(150);
    // Resampling copies particles; the moves at the hard region make them distinct again.
    expect(r.distinct).toBeGreaterThanOrEqual(0.9 * 300);
    const a = r.achieved[0]!;
    expect(a.q05).toBeGreaterThanOrEqual(0.08);
    expect(a.q95).toBeLessThanOrEqual(0.12);
  });

  it('is reproducible: the same seed gives the same bytes, another seed other draws', async () => {
    const [a, b, c] = await Promise.all([run(5), run(5), run(6)]);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(Buffer.from(a.importance.buffer).equals(Buffer.from(b.importance.buffer))).toBe(true);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(c.weights.buffer))).toBe(false);
  });

  it('when the targets cannot be met, returns the closest sets flagged, the tolerance never widened', async () => {
    // logistic(b) ≤ 0.5 on the prior: a base rate of 0.9 ± 0.05 is out of reach.
    const r = await calibrate(free, flatDesign(), {
      controls: 10,
      targets: [baseRate(0.9, 0.05)],
      particles: 50,
      maxSimulations: 2000,
      pause: noPause,
    });
    expect(r.met).toBe(false);
    expect(r.distance[0]).toBeGreaterThan(1);
    expect([...r.distance]).toEqual([...r.distance].sort((x, y) => x - y));
    expect(r.achieved[0]!.tolerance).toBe(0.05);
    // The closest sets push the intercept to the top of its range.
    expect(r.weights[0]).toBeGreaterThan(-0.5);
  });

  it('stops when asked, between chunks, and says so', async () => {
    let progress = 0;
    const r = await calibrate(free, flatDesign(), {
      controls: 10,
      targets: [baseRate(0.1, 0.02)],
      particles: 300,
      chunk: 10,
      pause: noPause,
      onProgress: () => progress++,
      shouldStop: () => progress >= 3,
    });
    expect(r.stopped).toBe(true);
    expect(r.met).toBe(false);
    expect(r.simulations).toBe(30);
  });

  it('refuses an absurd particle count', async () => {
    await expect(
      calibrate(free, flatDesign(), { controls: 10, targets: [], particles: 1e9, pause: noPause }),
    ).rejects.toThrow(/particles/);
  });
});

describe('rank tables and the headline', () => {
  it('places a logit between levels, and in the middle of a plateau', () => {
    const table = Float64Array.from({ length: LEVELS }, (_, j) => j / 100);
    expect(rankIn(table, -1)).toBe(0);
    expect(rankIn(table, 11)).toBe(1);
    expect(rankIn(table, 2.505)).toBeCloseTo(0.2505, 12);
    const flat = new Float64Array(LEVELS).fill(1);
    flat.fill(2, 500);
    expect(rankIn(flat, 1)).toBeCloseTo(249.5 / 1000, 12);
  });

  /** Two weight sets of one slot (x = 1): logits 0 and 2 against the same uniform table. */
  function toyEnsemble(): Ensemble {
    const table = Float64Array.from({ length: LEVELS }, (_, j) => -5 + j / 100);
    const tables = new Float64Array(2 * LEVELS);
    tables.set(table, 0);
    tables.set(table, LEVELS);
    return {
      kind: 'calibrated',
      model: 'toy',
      slots: 1,
      keys: ['intercept'],
      sets: 2,
      weights: Float64Array.from([0, 2]),
      importance: Float64Array.from([0.25, 0.75]),
      cut: Float64Array.from([1, 1]),
      tables,
      statistics: [
        { singleParent: 0.1, precarious: 0.2, hitRate: 0.3, baseRate: 0.4 },
        { singleParent: 0.5, precarious: 0.6, hitRate: 0.7, baseRate: 0.8 },
      ],
    };
  }

  it('counts the sets under which the household is controlled by their importance', () => {
    const h = headline(toyEnsemble(), [1]);
    expect(h.controlledShare).toBeCloseTo(0.75, 12);
    expect(h.rank.low).toBeCloseTo(0.5, 12);
    expect(h.rank.high).toBeCloseTo(0.7, 12);
    expect(h.probability.high).toBeCloseTo(logistic(2), 12);
    expect(h.ess).toBeCloseTo(1 / (0.25 ** 2 + 0.75 ** 2), 12);
  });

  it('an ensemble read back from its bytes answers as the one written, to the 16-bit step', () => {
    const e = toyEnsemble();
    const back = decodeEnsemble(encodeEnsemble(e));
    expect([...back.weights]).toEqual([...e.weights]);
    expect([...back.cut]).toEqual([...e.cut]);
    const step = 10 / 65535;
    for (let j = 0; j < 2 * LEVELS; j++) expect(Math.abs(back.tables[j]! - e.tables[j]!)).toBeLessThanOrEqual(step);
    expect(back.statistics[1]!.hitRate).toBeCloseTo(0.7, 6);
    expect(headline(back, [1])).toEqual(headline(back, [1]));
    expect(headline(back, [1]).controlledShare).toBe(headline(e, [1]).controlledShare);
  });
});

describe('calibrate with no free weight', () => {
  it('answers at once: met when the one weight set meets the targets, not met otherwise', async () => {
    const fixed = modelConstraints(model([], w(Math.log(0.1 / 0.9), 'published')));
    const o = { controls: 10, particles: 20, pause: noPause };
    const yes = await calibrate(fixed, flatDesign(), { ...o, targets: [baseRate(0.1, 0.02)] });
    expect(yes.met).toBe(true);
    expect(yes.simulations).toBe(20);
    const no = await calibrate(fixed, flatDesign(), { ...o, targets: [baseRate(0.5, 0.02)] });
    expect(no.met).toBe(false);
    expect(no.distance[0]).toBeCloseTo(0.4 / 0.02, 4);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultHousehold, evaluate, fieldOf, modelConstraints, sampleWeights, score } from '../../src/engine/index.ts';
import { shippedModels, sweepBand } from '../../src/engine/index.ts';
import type { Household, Model, SourcedNumber } from '../../src/engine/index.ts';

/** The model with its numbers replaced, in file order (intercept, then each variable's), by `row`. */
function withWeights(m: Model, row: Float64Array): Model {
  let k = 0;
  const set = (n: SourcedNumber): SourcedNumber => ({ ...n, value: row[k++]! });
  const intercept = set(m.intercept);
  const variables = m.variables.map((v) => {
    if (v.type === 'boolean' || (v.type === 'numeric' && v.encoding === 'linear'))
      return { ...v, coefficient: set(v.coefficient) };
    if (v.type === 'categorical')
      return { ...v, levels: v.levels.map((l) => (l.coefficient ? { ...l, coefficient: set(l.coefficient) } : l)) };
    if (v.type === 'numeric') return { ...v, bins: v.bins.map((b) => ({ ...b, coefficient: set(b.coefficient) })) };
    return v;
  });
  return { ...m, intercept, variables };
}

/** Type-7 quantile, written out again so that the band's arithmetic is checked by other code. */
function q(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const i = Math.floor(h);
  return i + 1 < s.length ? s[i]! + (s[i + 1]! - s[i]!) * (h - i) : s[i]!;
}

const single: Household = {
  ...defaultHousehold('2026-03'),
  children: [{ age: 4, activity: 'scolaire' }],
  history: { separation12m: false, rentChanges18m: 1, monthsWorked12: 8, adjustments24m: false },
};

describe('sensitivity curves with bands', () => {
  const N = 40;
  it.each([
    [
      'cnaf-2014',
      'adults[0].earnings',
      (h: Household, x: number) => ({ ...h, adults: [{ ...h.adults[0]!, earnings: x }] }),
    ],
    ['cnaf-2014', 'housing.rent', (h: Household, x: number) => ({ ...h, housing: { ...h.housing, rent: x } })],
    [
      'dmde-2026-modele-1',
      'adults[0].earnings',
      (h: Household, x: number) => ({ ...h, adults: [{ ...h.adults[0]!, earnings: x }] }),
    ],
    ['dmde-2026-modele-1', 'alimony', (h: Household, x: number) => ({ ...h, alimony: x })],
  ])('for %s along %s equal direct scoring at each point', (modelId, fieldId, vary) => {
    const m = shippedModels().find((x) => x.id === modelId)!;
    const c = modelConstraints(m);
    const draws = sampleWeights(c, N, 5);
    const sweep = sweepBand(m, c, draws, single, fieldOf(single, fieldId)!);
    expect(sweep.x.length).toBeGreaterThan(5);
    sweep.x.forEach((x, i) => {
      // Direct: the household edited by hand, decoded and scored by evaluate(), the app's own path.
      const e = evaluate(m, vary(single, x));
      if (!e.ok) throw new Error('household did not decode');
      expect(sweep.example[i]).toBeCloseTo(e.score.score, 12);
      const scores = Array.from(
        { length: N },
        (_, d) => score(withWeights(m, draws.subarray(d * c.size, (d + 1) * c.size)), e.features).score,
      );
      expect(sweep.q05[i]).toBeCloseTo(q(scores, 0.05), 12);
      expect(sweep.q50[i]).toBeCloseTo(q(scores, 0.5), 12);
      expect(sweep.q95[i]).toBeCloseTo(q(scores, 0.95), 12);
    });
  });

  it('moves the rights with the earnings (the RSA falls as earnings rise)', () => {
    const m = shippedModels().find((x) => x.id === 'dmde-2026-modele-1')!;
    const c = modelConstraints(m);
    const sweep = sweepBand(m, c, sampleWeights(c, 10, 1), single, fieldOf(single, 'adults[0].earnings')!);
    // The example weights give RSA and prime d'activité positive slopes: the score is not flat.
    expect(new Set(sweep.example.map((s) => s.toFixed(6))).size).toBeGreaterThan(3);
  });
});

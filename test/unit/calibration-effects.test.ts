// The range of effect of each variable over an ensemble of weight sets: weighted 5/50/95 % of
// weight × value, the variables of unknown sign summed per set, unused variables left out.
import { describe, expect, it } from 'vitest';
import { ensembleTermEffects } from '../../src/engine/calibration/effects.ts';
import type { Ensemble } from '../../src/engine/calibration/ensemble.ts';
import { modelConstraints } from '../../src/engine/robust/constraints.ts';
import { bool, linear, model, w } from './robust-fixtures.ts';

// Slots: intercept, up (+), down (−), either (?), amount (+, linear), unused (+).
const m = model([
  bool('up', w(0.3, 'placeholder', '+')),
  bool('down', w(-0.3, 'placeholder', '-')),
  bool('either', w(0, 'unknown')),
  linear('amount', '€/mois', w(0.001, 'placeholder', '+')),
  bool('unused', w(0.2, 'placeholder', '+')),
]);
const c = modelConstraints(m);

/** Four sets; the last has no importance and must not count. */
function ensemble(rows: number[][], importance = [1, 1, 1, 0]): Ensemble {
  return {
    kind: 'calibrated',
    model: m.id,
    slots: c.size,
    keys: c.keys,
    sets: rows.length,
    weights: Float64Array.from(rows.flat()),
    importance: Float64Array.from(importance),
    cut: new Float64Array(rows.length),
    tables: new Float64Array(0),
    statistics: [],
  };
}
const e = ensemble([
  // intercept, up, down, either, amount, unused
  [-2, 0.1, -0.5, -1, 0.001, 9],
  [-2, 0.2, -0.4, 0.5, 0.002, 9],
  [-2, 0.3, -0.3, 1, 0.003, 9],
  [-2, 50, -50, 50, 50, 9],
]);
// up and either true, down false (unused by this household), amount 500 €, unused false.
const x = Float64Array.from([1, 1, 0, 1, 500, 0]);

describe('ensembleTermEffects', () => {
  it('gives each used variable the weighted 5/50/95 % of its term over the sets of positive importance', () => {
    const r = ensembleTermEffects(e, c, m.variables, x);
    expect(r.terms.map((t) => t.variable)).toEqual(['up', 'either', 'amount']);
    const up = r.terms[0]!;
    expect([up.q05, up.q50, up.q95]).toEqual([0.1, 0.2, 0.3]);
    const amount = r.terms[2]!;
    expect([amount.q05, amount.q50, amount.q95]).toEqual([0.5, 1, 1.5]);
  });

  it('sums the variables whose sign the prior leaves open, per set', () => {
    const r = ensembleTermEffects(e, c, m.variables, x);
    expect(r.unknown).toEqual({ variables: ['either'], q05: -1, q50: 0.5, q95: 1 });
    // With no such variable used, there is no such row.
    expect(ensembleTermEffects(e, c, m.variables, Float64Array.from([1, 1, 0, 0, 500, 0])).unknown).toBeNull();
  });

  it('weighs the sets by their importance', () => {
    const r = ensembleTermEffects(
      ensemble(
        [
          [-2, 0.1, 0, 0, 0, 0],
          [-2, 0.9, 0, 0, 0, 0],
        ],
        [0.9, 0.1],
      ),
      c,
      m.variables,
      x,
    );
    expect(r.terms.find((t) => t.variable === 'up')!.q50).toBe(0.1);
  });

  it('refuses a design vector of another layout', () => {
    expect(() => ensembleTermEffects(e, c, m.variables, [1, 1])).toThrow(RangeError);
  });
});

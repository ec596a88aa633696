import { describe, expect, it } from 'vitest';
import {
  compareOnDraws,
  dominance,
  logistic,
  modelConstraints,
  sampleComparison,
  sampleWeights,
} from '../../src/engine/index.ts';
import { fastLogistic } from '../../src/engine/calibration/simulate.ts';
import { bool, model, w } from './robust-fixtures.ts';

// The intercept is fixed at 40: every probability is exactly 1 in floating point, whatever the
// free weights. A has `raises` (direction +), B has not; both have `unknown` alike.
const saturated = model(
  [bool('raises', w(0.5, 'placeholder', '+')), bool('unknown', w(0, 'unknown'))],
  w(40, 'published'),
);
const c = modelConstraints(saturated);
const xa = Float64Array.from([1, 1, 1]);
const xb = Float64Array.from([1, 0, 1]);

describe('comparisons that cannot saturate', () => {
  it('the pair is dominated and both probabilities are exactly 1', () => {
    expect(dominance(saturated, c, xa, xb).verdict).toBe('a>=b');
    expect(logistic(40 + 2 + 2)).toBe(1);
    expect(logistic(40 - 2)).toBe(1);
  });

  it('the share of draws with A above B is read on log-odds: 1, not a tie of two 1s', () => {
    const streamed = sampleComparison(c, xa, xb, 2000, 3);
    expect(streamed.aHigher).toBe(1);
    // The probability difference is 0 in every draw: that is what a probability comparison saw.
    expect(streamed.diff.q50).toBe(0);
    const stored = compareOnDraws(c, sampleWeights(c, 2000, 3), xa, xb, 3);
    expect(stored.aHigher).toBe(1);
    // And the other way round nothing is above.
    expect(sampleComparison(c, xb, xa, 2000, 3).aHigher).toBe(0);
  });
});

describe('the tabulated logistic of the population sums', () => {
  it('is within 3·10⁻⁷ of the logistic everywhere', () => {
    let worst = 0;
    for (let x = -45; x <= 45; x += 0.0007) worst = Math.max(worst, Math.abs(fastLogistic(x) - logistic(x)));
    expect(worst).toBeLessThan(3e-7);
    expect(worst).toBeGreaterThan(0);
  });
});

// Sensitivity curves with their band: the score as one household field walks its grid, each
// point scored by the law and the encoder (so rights follow an income change), under the same
// weight draws as the headline.

import type { Household } from '../../household/household.ts';
import type { Model } from '../types.ts';
import { scoreBand, type ScoreBand } from './bands.ts';
import type { Constraints } from './constraints.ts';
import { designVector } from './design.ts';
import { FeatureCache } from './encode.ts';
import type { HouseholdField } from './fields.ts';

export interface BandSweep {
  field: string;
  x: number[];
  q05: number[];
  q50: number[];
  q95: number[];
  /** Score with the file's values at each point. */
  example: number[];
  n: number;
}

/**
 * Bands of `model`'s score as `field` takes each value of its grid (or `x`), the rest of `h`
 * unchanged. `draws` is a weight matrix from sampleWeights(c, …); `bandOf` lets a caller reuse
 * bands it already has (it must compute scoreBand over the same draws).
 */
export function sweepBand(
  model: Model,
  c: Constraints,
  draws: Float64Array,
  h: Household,
  field: HouseholdField,
  cache = new FeatureCache(),
  x: number[] = field.grid?.(h) ?? [],
  bandOf?: (design: Float64Array) => ScoreBand,
): BandSweep {
  const n = draws.length / c.size;
  const out: BandSweep = { field: field.id, x, q05: [], q50: [], q95: [], example: [], n };
  const design = new Float64Array(c.size);
  const scratch = new Float64Array(n);
  const band = bandOf ?? ((d: Float64Array) => scoreBand(c, draws, d, scratch));
  for (const v of x) {
    designVector(model, c, cache.features(field.set(h, v)), design);
    const b = band(design);
    out.q05.push(b.q05);
    out.q50.push(b.q50);
    out.q95.push(b.q95);
    out.example.push(b.example);
  }
  return out;
}

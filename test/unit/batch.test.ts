import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileModel, score, shippedModels } from '../../src/engine/index.ts';
import type { Features, Model } from '../../src/engine/index.ts';

/** A random valid row for `model`, and the same values as named features. */
function row(model: Model) {
  return fc.tuple(
    ...model.variables.map((v) => {
      if (v.type === 'boolean') return fc.constantFrom(0, 1);
      if (v.type === 'categorical') return fc.nat(v.levels.length - 1);
      if (v.type === 'numeric') return fc.double({ min: -10, max: 5000, noNaN: true });
      return fc.constant(0);
    }),
  );
}
const features = (model: Model, values: number[]): Features =>
  Object.fromEntries(
    model.variables.map((v, j) => [
      v.id,
      v.type === 'boolean'
        ? values[j] === 1
        : v.type === 'categorical'
          ? v.levels[values[j]!]!.id
          : v.type === 'unknown'
            ? null
            : values[j]!,
    ]),
  );

describe('compileModel', () => {
  for (const model of shippedModels().filter((m) => m.kind === 'model')) {
    it(`scores rows of ${model.id} exactly like score() does`, () => {
      const c = compileModel(model);
      fc.assert(
        fc.property(fc.array(row(model), { minLength: 1, maxLength: 20 }), (rows) => {
          const out = c.scoreRows(Float64Array.from(rows.flat()));
          rows.forEach((values, r) =>
            expect(Math.abs(out[r]! - score(model, features(model, values)).score)).toBeLessThan(1e-12),
          );
        }),
        { numRuns: 100 },
      );
    });
  }
});

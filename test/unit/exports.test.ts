// Downloads made on the device: an edited model round-trips through its model file and its
// coefficient table; the pinned comparison is one CSV line per household.
import { describe, expect, it } from 'vitest';
import {
  importCoefficientTable,
  RobustContext,
  shippedModels,
  validateModel,
  decodeHousehold,
} from '../../src/engine/index.ts';
import { comparisonCsv } from '../../src/state/exports.ts';
import { modelCsv, modelJson } from '../../src/state/model-exports.ts';
import { EDITED_SUFFIX, editedModel, weightOf } from '../../src/state/weights.ts';
import presets from '../../src/presets/presets.json';
import { readCsv } from '../../src/formats/csv.ts';

const base = shippedModels().find((m) => m.id === 'cnaf-2014')!;
const change = { variable: 'percoit_rsa', value: 1.75 };

function edited() {
  const r = validateModel(editedModel(base, [change], 'edited'), undefined, { kind: 'imported', file: 'x' });
  if (!r.ok) throw new Error('edited model invalid');
  return r.value;
}

describe('model exports', () => {
  it('writes the edited model as a model file that validates back to the same weights', () => {
    const m = edited();
    const back = validateModel(JSON.parse(modelJson(m)), undefined, { kind: 'imported', file: 'back.json' });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.id).toBe(base.id + EDITED_SUFFIX);
    expect(weightOf(back.value, change)!.value).toBe(1.75);
    expect(JSON.parse(modelJson(m)).origin).toBeUndefined();
  });

  it('writes it as a coefficient table that imports back with the edited weight', () => {
    const r = importCoefficientTable(modelCsv(edited()), 'poids.csv', shippedModels());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(weightOf(r.value, change)!.value).toBe(1.75);
    expect(weightOf(r.value, { variable: 'intercept' })!.value).toBe(base.intercept.value);
  });
});

describe('comparison export', () => {
  it('has one line per household with its range, and the verdict against the current household', () => {
    const hs = presets.slice(0, 3).map((p) => decodeHousehold(p.household, '2026-03').household);
    const view = new RobustContext().explore([base], hs, { sweepFields: [] });
    const cell = (i: number) => view.cells.find((c) => c.household === i)!;
    const cmp = (i: number) => view.comparisons.find((c) => c.a === 0 && c.b === i)!;
    const csv = comparisonCsv(base.id, [
      { name: 'Votre foyer', cell: cell(0) },
      { name: 'A, "B"', cell: cell(1), comparison: cmp(1) },
      { name: 'C', cell: cell(2), comparison: cmp(2) },
    ]);
    const table = readCsv(csv);
    expect(table.rows).toHaveLength(4);
    expect(table.rows[0]!.cells[0]).toBe('model');
    const row = (i: number) => table.rows[i + 1]!.cells;
    expect(row(1)[1]).toBe('A, "B"');
    expect(Number(row(1)[2])).toBe(cell(1).band.q05);
    expect(Number(row(1)[4])).toBe(cell(1).band.q95);
    expect(row(1)[7]).toBe(cmp(1).dominance.verdict);
    expect(Number(row(2)[9])).toBe(cmp(2).sampled.aHigher);
    expect(row(0)[7]).toBe('');
  });
});

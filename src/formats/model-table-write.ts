// How a model is written as a coefficient table (csv-model.ts reads it back), and how a bin is
// written there and in a level's label. Pure and small: the page's expert panel runs it without the
// rest of the engine.

import { csvLine } from './csv.ts';
import type { Model, SourcedNumber } from '../engine/types.ts';

/** A bin as written in a table and a label: `[min, max)`, with -inf and inf for an open end. */
export function binLabel(min: number | null, max: number | null): string {
  return `[${min ?? '-inf'}, ${max ?? 'inf'})`;
}

/** Writes a model's coefficients as a table that importCoefficientTable reads back, directions and ranges included. */
export function modelToCsv(model: Model): string {
  // The `sd` column only when the model gives one (an EBM): the CNAF tables keep their layout.
  const withSd = hasSd(model);
  const out = ['variable,level,coefficient,scale,status,source,direction,min,max' + (withSd ? ',sd' : '')];
  // Numbers are written as numbers; texts (a source title from an imported table, a level) cannot run as formulas.
  const row = (v: string, l: string, n: SourcedNumber) => {
    const src = Object.hasOwn(model.sources, n.source) ? model.sources[n.source] : undefined;
    const range = n.range ?? ['', ''];
    const cells = [v, l, n.value, 'logodds', n.status, src?.url ?? src?.title ?? '', n.direction ?? '', ...range];
    if (withSd) cells.push(n.sd ?? '');
    out.push(csvLine(cells, ','));
  };
  row('intercept', '', model.intercept);
  for (const v of model.variables) {
    if (v.type === 'boolean') row(v.id, '1', v.coefficient);
    else if (v.type === 'categorical') {
      for (const l of v.levels) if (l.coefficient) row(v.id, l.id, l.coefficient);
      // A missing reference is written (as 0), so that a table without template reads it back as the reference.
      if (v.reference === 'missing')
        row(v.id, 'missing', { value: 0, status: model.intercept.status, source: model.intercept.source });
    }
    if (v.type === 'numeric' && v.encoding === 'linear') row(v.id, '*', v.coefficient);
    if (v.type === 'numeric' && v.encoding === 'bins') {
      if (v.missing) row(v.id, 'missing', v.missing);
      if (v.impute) row(v.id, `impute:${v.impute.indicator ?? ''}`, v.impute.value);
      for (const b of v.bins) row(v.id, binLabel(b.min, b.max), b.coefficient);
    }
  }
  return out.join('\n') + '\n';
}

function hasSd(model: Model): boolean {
  return model.variables.some(
    (v) =>
      (v.type === 'numeric' && v.encoding === 'bins' && v.bins.some((b) => b.coefficient.sd !== undefined)) ||
      (v.type === 'categorical' && v.levels.some((l) => l.coefficient?.sd !== undefined)),
  );
}

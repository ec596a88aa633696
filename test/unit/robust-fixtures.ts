// Small models of known structure for the robust tests, built as typed objects so that each
// test states its statuses, directions and ranges in one place.
import type { Direction, Model, SourcedNumber, Status, Variable } from '../../src/engine/index.ts';

export const w = (value: number, status: Status = 'placeholder', direction?: Direction, range?: [number, number]) =>
  ({
    value,
    status,
    source: 's',
    ...(direction ? { direction } : {}),
    ...(range ? { range } : {}),
  }) as SourcedNumber;

const base = (id: string) => ({ id, label: { fr: id, en: id }, labelStatus: 'published' as Status, source: 's' });
export const bool = (id: string, n: SourcedNumber): Variable => ({ ...base(id), type: 'boolean', coefficient: n });
export const linear = (id: string, unit: string, n: SourcedNumber, span?: number): Variable => ({
  ...base(id),
  type: 'numeric',
  encoding: 'linear',
  unit,
  coefficient: n,
  ...(span ? { span } : {}),
});
export const categorical = (id: string, reference: string, levels: Record<string, SourcedNumber | null>): Variable => ({
  ...base(id),
  type: 'categorical',
  reference,
  levels: Object.entries(levels).map(([l, n]) => ({
    id: l,
    label: { fr: l, en: l },
    ...(n ? { coefficient: n } : {}),
  })),
});

export function model(variables: Variable[], intercept: SourcedNumber = w(-2, 'published'), id = 'fixture'): Model {
  return {
    format: 'cnaf-score-model/1',
    id,
    kind: 'model',
    title: { fr: id, en: id },
    publisher: 'test',
    dates: {},
    target: { fr: 't', en: 't' },
    sources: { s: { title: 'test' } },
    link: 'logit',
    intercept,
    variables,
    origin: { kind: 'shipped' },
  };
}

/** Every kind of weight the dominance rule distinguishes. */
export const signs = model([
  bool('plus', w(0.3, 'placeholder', '+')),
  bool('minus', w(-0.3, 'unknown', '-')),
  bool('unknown', w(0, 'unknown')),
  bool('fixed', w(0.5, 'published')),
  bool('fixedNeg', w(-0.5, 'reported')),
  linear('amount', '€/mois', w(0.001, 'placeholder', '+')),
  categorical('cat', 'r', { r: null, p: w(0.2, 'placeholder', '+'), m: w(-0.2, 'placeholder', '-'), q: w(0) }),
]);

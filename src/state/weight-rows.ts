// What the weight editor shows on each row: the variable's label (and its level or bin), where the
// number comes from, the range it may take in the robust views, and whether the person fixed it.

import type { Model, Status } from '../engine/index.ts';
import { binLabel } from '../formats/model-table-write.ts';
import { plausibleRange } from '../engine/robust/ranges.ts';
import type { Lang } from '../i18n/index.ts';
import { variableOf, weightOf, type WeightRef } from './weights.ts';

export interface WeightRow {
  /** `variable` or `variable[part]`: the id the filter, the tests and share links use. */
  name: string;
  /** The model's label in the interface's language, with the level's label or the bin. */
  label: string;
  status: Status;
  /** The plausible range of the file's number (one point when it is fixed). */
  range: [number, number];
  value: number;
  original: number;
  /** The person set this weight: it is fixed at `value`. */
  typed: boolean;
}

export const refName = (r: WeightRef) => (r.part === undefined ? r.variable : `${r.variable}[${r.part}]`);

/** The row of `ref`; `base` the file's model, `model` the one scored now (its edited copy, or base). */
export function weightRow(base: Model, model: Model, ref: WeightRef, lang: Lang, intercept: string): WeightRow {
  const n = weightOf(base, ref);
  const v = ref.variable === 'intercept' ? undefined : variableOf(base, ref.variable);
  let label = v ? v.label[lang] : intercept;
  if (v?.type === 'categorical') label += ` : ${v.levels.find((l) => l.id === ref.part)?.label[lang] ?? ref.part}`;
  if (v?.type === 'numeric' && v.encoding === 'bins' && typeof ref.part === 'number') {
    const b = v.bins[ref.part];
    if (b) label += ` ${binLabel(b.min, b.max)}`;
  }
  const original = n?.value ?? 0;
  const value = weightOf(model, ref)?.value ?? original;
  return {
    name: refName(ref),
    label,
    status: n?.status ?? 'unknown',
    range: n ? plausibleRange(n, v) : [original, original],
    value,
    original,
    typed: model !== base && value !== original,
  };
}

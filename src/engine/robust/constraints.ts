// A model's weights as flat typed arrays: one slot per number (the intercept first, then every
// coefficient in model order), with the interval each may take. The sampler, the bands and the
// dominance rule all read this layout, so a household becomes one design vector over it.

import type { Direction, Model, SourcedNumber, Variable } from '../types.ts';
import { binLabel } from '../../formats/model-table-write.ts';
import { isFixed, isFree, plausibleRange } from './ranges.ts';

/** +1 for `+`, −1 for `-`, 0 for `?`. */
const SIGN: Record<Direction, number> = { '+': 1, '-': -1, '?': 0 };

export interface Constraints {
  modelId: string;
  /** Number of slots; slot 0 is the intercept. */
  size: number;
  /** The file's values (the "example" weights). */
  value: Float64Array;
  /** What a slot that does not move takes in every draw: its value, or the one point its range allows. */
  base: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
  /** 1 when the slot may move: status neither published nor reported, and a range wider than a point. */
  free: Uint8Array;
  /** +1, −1 or 0 (unknown) per slot: the direction, or the side of zero the whole range lies on. */
  sign: Int8Array;
  /** Index in `model.variables` of the variable each slot weighs; −1 for the intercept. */
  variable: Int32Array;
  /** `intercept`, `<variable>`, `<variable>=<level>` or `<variable>=[min, max)`: readable slot names. */
  keys: string[];
  /** Slots that are free, in order: the sampler draws exactly these. */
  freeSlots: Int32Array;
  /** Where the slots of variable j start (length: variables + 1), for the design vector. */
  firstSlot: Int32Array;
}

/** The numbers a variable weighs with, in the order their slots take. */
export function weightsOf(v: Variable): { key: string; n: SourcedNumber }[] {
  switch (v.type) {
    case 'boolean':
    case 'numeric':
      if (v.type === 'boolean' || v.encoding === 'linear') return [{ key: v.id, n: v.coefficient }];
      return v.bins.map((b) => ({ key: `${v.id}=${binLabel(b.min, b.max)}`, n: b.coefficient }));
    case 'categorical':
      return v.levels.flatMap((l) => (l.coefficient ? [{ key: `${v.id}=${l.id}`, n: l.coefficient }] : []));
    case 'unknown':
      return [];
  }
}

/** Compiles the constraints of `model` (see docs/model-format.md, "Weights as ranges"). */
export function modelConstraints(model: Model): Constraints {
  const slots: { key: string; n: SourcedNumber; v?: Variable; j: number }[] = [
    { key: 'intercept', n: model.intercept, j: -1 },
  ];
  const firstSlot = new Int32Array(model.variables.length + 1);
  model.variables.forEach((v, j) => {
    firstSlot[j] = slots.length;
    for (const w of weightsOf(v)) slots.push({ ...w, v, j });
  });
  firstSlot[model.variables.length] = slots.length;
  const size = slots.length;
  const c: Constraints = {
    modelId: model.id,
    size,
    value: new Float64Array(size),
    base: new Float64Array(size),
    lo: new Float64Array(size),
    hi: new Float64Array(size),
    free: new Uint8Array(size),
    sign: new Int8Array(size),
    variable: new Int32Array(size),
    keys: slots.map((s) => s.key),
    freeSlots: new Int32Array(0),
    firstSlot,
  };
  const free: number[] = [];
  slots.forEach((s, k) => {
    const [lo, hi] = plausibleRange(s.n, s.v);
    c.value[k] = s.n.value;
    c.lo[k] = lo;
    c.hi[k] = hi;
    c.free[k] = isFree(s.n, s.v) ? 1 : 0;
    c.base[k] = c.free[k] || isFixed(s.n.status) ? s.n.value : lo;
    // A range on one side of zero says the sign as surely as a direction does.
    const d = SIGN[s.n.direction ?? '?'];
    c.sign[k] = d !== 0 ? d : lo >= 0 && hi > 0 ? 1 : hi <= 0 && lo < 0 ? -1 : 0;
    c.variable[k] = s.j;
    if (c.free[k]) free.push(k);
  });
  c.freeSlots = Int32Array.from(free);
  return c;
}

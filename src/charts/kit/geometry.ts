// The chart kit's arithmetic, apart from any component so that Node tests check it: the plot box a
// frame leaves inside its margins, an axis's ticks (where each goes, what it says, how it is anchored)
// and a range bar's extent. The kit's components (Frame, Axis, Line, Band, RangeBar) only draw these.

import type { LinearScale } from '../scales.ts';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The plot area of a `width` × `height` chart inside its margins, as the ranges of its two scales. */
export interface PlotBox {
  width: number;
  height: number;
  m: Margins;
  /** Left to right; never narrower than `minWidth`, so that a chart measured at 0 px still has a scale. */
  x: [number, number];
  /** Bottom to top: SVG's y grows downwards, a value axis upwards. */
  y: [number, number];
}

export function plotBox(width: number, height: number, m: Margins, minWidth = 10): PlotBox {
  return {
    width,
    height,
    m,
    x: [m.left, Math.max(width - m.right, m.left + minWidth)],
    y: [height - m.bottom, m.top],
  };
}

export type Anchor = 'start' | 'middle' | 'end';

export interface Tick {
  value: number;
  /** Position along the axis, in the scale's range (pixels). */
  at: number;
  label: string;
  anchor: Anchor;
}

export interface TickOptions {
  /** About how many round values (the scale's 1-2-5 ticks); ignored when `values` is given. */
  count?: number;
  /** These values instead of round ones (the two ends of a small multiple's axis). */
  values?: readonly number[];
  format: (v: number) => string;
  /** The first label starts at its tick and the last ends at its own, so that neither overflows the chart. */
  inside?: boolean;
}

export function axisTicks(scale: LinearScale, { count = 5, values, format, inside = false }: TickOptions): Tick[] {
  const vs = values ?? scale.ticks(count);
  return vs.map((value, i) => ({
    value,
    at: scale(value),
    label: format(value),
    anchor: !inside ? 'middle' : i === 0 ? 'start' : i === vs.length - 1 ? 'end' : 'middle',
  }));
}

/** Where a low–high bar lies on `scale`: from its left end, `width` long (at least `min`, so that a point still shows). */
export function rangeBar(scale: LinearScale, lo: number, hi: number, min = 0): { x: number; width: number } {
  const a = scale(lo);
  const b = scale(hi);
  return { x: Math.min(a, b), width: Math.max(Math.abs(b - a), min) };
}

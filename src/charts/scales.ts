// Pure chart maths shared by the chart layers: linear scales, their ticks, the waterfall's
// domain and the sweep's line. No DOM; numbers on screen are formatted by i18n/format.ts.

import { nice, ticks } from 'd3-array';
import type { Contribution } from '../engine/score.ts';

/** A linear map from a domain to a range (pixels), with round-number ticks over the domain. */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** About `count` round values spanning the domain (d3-array's 1-2-5 steps). */
  ticks(count?: number): number[];
}

/**
 * Our own linear scale instead of d3-scale's: scaleLinear carries d3-interpolate, d3-color and
 * d3-format (for its tickFormat) into the bundle: with d3-shape, 11 KB gzip of the embed view
 * for one multiply and one add.
 * The tick and "nice" arithmetic, the part worth sharing, still comes from d3-array.
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  { nice: round = false }: { nice?: boolean } = {},
): LinearScale {
  const [d0, d1] = round ? (nice(domain[0], domain[1], 10) as [number, number]) : domain;
  const [r0, r1] = range;
  // A domain of zero width maps everything to the middle of the range, as d3-scale does,
  // rather than dividing by zero.
  const span = d1 - d0;
  const scale = ((v: number) => (span ? r0 + ((v - d0) / span) * (r1 - r0) : (r0 + r1) / 2)) as LinearScale;
  return Object.assign(scale, {
    domain: [d0, d1] as const,
    range: [r0, r1] as const,
    ticks: (count = 10) => ticks(d0, d1, count),
  });
}

/** Probability axis for a waterfall: from 0 to a little above the highest point reached. */
export function waterfallScale(
  base: number,
  steps: Pick<Contribution, 'before' | 'after'>[],
  width: number,
): LinearScale {
  const top = Math.max(base, ...steps.flatMap((s) => [s.before, s.after]));
  return linearScale([0, Math.min(1, top * 1.1 || 0.1)], [0, Math.max(width, 1)], { nice: true });
}

/**
 * The SVG path of a polyline through (x[i], y[i]): what d3-shape's line() with its default
 * linear curve writes, for the sweep's 26 points. Coordinates are rounded to 0.01 px (finer
 * than any screen) so that the path stays short. Points whose coordinates are not finite are
 * skipped, which starts a new segment.
 */
export function linePath(xs: readonly number[], ys: readonly number[]): string {
  let d = '';
  let pen = false;
  const r = (v: number) => Math.round(v * 100) / 100;
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${r(x)},${r(y)}`;
    pen = true;
  }
  return d;
}

/** The SVG path of the area between two polylines over the same xs (a band): `hi` left to right, then `lo` back. */
export function bandPath(xs: readonly number[], lo: readonly number[], hi: readonly number[]): string {
  const n = Math.min(xs.length, lo.length, hi.length);
  if (!n) return '';
  const top = linePath(xs.slice(0, n), hi.slice(0, n));
  const back = linePath([...xs.slice(0, n)].reverse(), [...lo.slice(0, n)].reverse()).replace(/^M/, 'L');
  return `${top}${back}Z`;
}

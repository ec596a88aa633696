// charts/scales.ts: the linear map, its round ticks, the waterfall's domain and the sweep's path.
import { describe, expect, it } from 'vitest';
import { bandPath, linePath, linearScale, waterfallScale } from '../../src/charts/scales.ts';

describe('linearScale', () => {
  it('maps the domain onto the range, also when the range runs downwards (an SVG y axis)', () => {
    const x = linearScale([0, 10], [0, 100]);
    expect([x(0), x(2.5), x(10), x(12)]).toEqual([0, 25, 100, 120]);
    const y = linearScale([0, 1], [180, 10]);
    expect([y(0), y(0.5), y(1)]).toEqual([180, 95, 10]);
  });

  it('maps everything to the middle of the range when the domain has no width', () => {
    expect(linearScale([5, 5], [0, 100])(7)).toBe(50);
  });

  it('extends the domain to round values when asked, and only then', () => {
    expect(linearScale([0, 0.183], [0, 1], { nice: true }).domain).toEqual([0, 0.2]);
    expect(linearScale([0, 0.183], [0, 1]).domain).toEqual([0, 0.183]);
    expect(linearScale([3, 97], [0, 1], { nice: true }).domain).toEqual([0, 100]);
  });

  it('gives round ticks in steps of 1, 2 or 5 times a power of ten', () => {
    expect(linearScale([0, 1], [0, 300]).ticks(5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(linearScale([0, 3000], [0, 300]).ticks(3)).toEqual([0, 1000, 2000, 3000]);
    expect(linearScale([0, 2500], [0, 300]).ticks(5)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
  });
});

describe('waterfallScale', () => {
  it('runs from 0 to a round value a little above the highest point reached', () => {
    // highest point 0.183; +10 % is 0.2013; in steps of 0.02 the next round value is 0.22
    const x = waterfallScale(0.05, [{ before: 0.05, after: 0.183 }], 300);
    expect(x.domain).toEqual([0, 0.22]);
    expect(x(0)).toBe(0);
    expect(x(0.22)).toBeCloseTo(300, 9);
  });

  it('stops at 100 % and still draws when every point is zero or the chart has no width', () => {
    expect(waterfallScale(0.5, [{ before: 0.5, after: 0.97 }], 100).domain).toEqual([0, 1]);
    const flat = waterfallScale(0, [], 0);
    expect(flat.domain).toEqual([0, 0.1]);
    expect(flat.range).toEqual([0, 1]);
  });
});

describe('linePath', () => {
  it('draws a polyline: a move to the first point, then a line to each next one', () => {
    expect(linePath([0, 10, 20], [5, 6, 7])).toBe('M0,5L10,6L20,7');
  });

  it('rounds coordinates to a hundredth of a pixel', () => {
    expect(linePath([0.123456, 1], [2.005001, 3])).toBe('M0.12,2.01L1,3');
  });

  it('skips a point it cannot place and starts a new segment after it', () => {
    expect(linePath([0, 1, 2, 3], [1, NaN, 2, 3])).toBe('M0,1M2,2L3,3');
  });

  it('draws nothing for no points', () => {
    expect(linePath([], [])).toBe('');
  });
});

describe('bandPath', () => {
  it('goes along the upper line, back along the lower one, and closes', () => {
    expect(bandPath([0, 10], [1, 2], [5, 6])).toBe('M0,5L10,6L10,2L0,1Z');
    expect(bandPath([], [], [])).toBe('');
  });
});

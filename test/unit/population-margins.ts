// The test's own reading of the margins: each margin row, what share or count of the weighted
// households it describes, counted here from the households' fields (not from the build's code).
import type { Household } from '../../src/engine/index.ts';
import type { Margin } from '../../src/population/margins.ts';

const type = (h: Household) =>
  h.adults.length === 2
    ? h.children.length
      ? 'coupleWithChildren'
      : 'coupleNoChildren'
    : h.children.length
      ? 'singleParent'
      : 'single';
const YES: Record<string, (h: Household) => boolean> = {
  rsa: (h) => h.benefits.rsa > 0,
  prime_activite: (h) => h.benefits.primeActivite > 0,
  aah: (h) => h.adults.some((a) => a.aah > 0),
  housing_aid: (h) => h.benefits.housingAid > 0,
  af: (h) => h.benefits.af > 0,
  qpv: (h) => h.priorityNeighbourhood,
};

export interface Check {
  margin: string;
  class: string;
  kind: 'count' | 'share';
  target: number;
  got: number;
}

/** Every margin row against the weighted households: counts as counts, shares in points (%). */
export function marginChecks(margins: Margin[], households: Household[], weights: ArrayLike<number>): Check[] {
  const sum = (test: (h: Household) => boolean) => households.reduce((s, h, i) => s + (test(h) ? weights[i]! : 0), 0);
  return margins.map((m) => {
    let got: number;
    if (m.margin === 'total') got = sum(() => true);
    else if (m.margin === 'family_type') got = (100 * sum((h) => type(h) === m.class)) / sum(() => true);
    else if (m.margin === 'rsa_family_type') {
      const inClass = (h: Household) => (m.class === 'couple' ? h.adults.length === 2 : type(h) === m.class);
      got = (100 * sum((h) => YES.rsa!(h) && inClass(h))) / sum(YES.rsa!);
    } else got = sum(YES[m.margin]!);
    return { margin: m.margin, class: m.class, kind: m.kind, target: m.value, got };
  });
}

/** 0.5 point for a share, 2 % for a count. */
export const withinTolerance = (c: Check): boolean =>
  c.kind === 'share' ? Math.abs(c.got - c.target) <= 0.5 : Math.abs(c.got / c.target - 1) <= 0.02;

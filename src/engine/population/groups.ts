// The groups a population is described by: family type, benefits received, priority neighbourhood,
// income band. One definition, used by the build (to calibrate on the published margins) and by the
// composition of a controlled group (to compare it with the whole population).

import type { Household } from '../../household/household.ts';
import { consumptionUnits, householdIncome, smicNet } from '../features.ts';

export const FAMILY_TYPES = ['single', 'coupleNoChildren', 'coupleWithChildren', 'singleParent'] as const;
export type FamilyType = (typeof FAMILY_TYPES)[number];

/** The CAF's family types: one or two adults, with or without children in their care. */
export function familyTypeOf(h: Household): FamilyType {
  const couple = h.adults.length >= 2;
  const children = h.children.length > 0;
  return couple ? (children ? 'coupleWithChildren' : 'coupleNoChildren') : children ? 'singleParent' : 'single';
}

/** Yes/no groups: the benefits the margins count (12-month mean above 0, as the model reads them) and QPV. */
export const FLAG_GROUPS = ['rsa', 'primeActivite', 'aah', 'housingAid', 'af', 'qpv'] as const;
export type FlagGroup = (typeof FLAG_GROUPS)[number];

export function flagsOf(h: Household): Record<FlagGroup, boolean> {
  return {
    rsa: h.benefits.rsa > 0,
    primeActivite: h.benefits.primeActivite > 0,
    aah: h.adults.some((a) => a.aah > 0),
    housingAid: h.benefits.housingAid > 0,
    af: h.benefits.af > 0,
    qpv: h.priorityNeighbourhood,
  };
}

/**
 * Income bands: earnings and other income (CAF benefits excluded) per consumption unit, in net
 * SMIC of the month. The cut points are the project's choice, to read the composition, not a statistic.
 */
export const INCOME_BANDS = ['none', 'under0.5Smic', '0.5to1Smic', '1to1.5Smic', 'over1.5Smic'] as const;
export type IncomeBand = (typeof INCOME_BANDS)[number];
const BAND_EDGES = [0.5, 1, 1.5];

export function incomeBandOf(h: Household): IncomeBand {
  const income = householdIncome(h);
  if (income <= 0) return 'none';
  const x = income / consumptionUnits(h) / smicNet(h.month);
  const k = BAND_EDGES.findIndex((edge) => x < edge);
  return INCOME_BANDS[k === -1 ? 4 : k + 1]!;
}

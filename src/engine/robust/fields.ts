// The household fields a person can move, as the robust views see them: how to read and set
// each, the grid a sensitivity curve walks, and the values a counterfactual may try. Fields,
// not model variables: a field change goes through the law and the encoder like any edit.

import { ADULT_ACTIVITIES, HOUSING_STATUSES, NOT_CLAIMED_KEYS, type Household } from '../../household/household.ts';
import { smicNet } from '../features.ts';

export type FieldValue = number | boolean | string;

export interface HouseholdField {
  /** The household path, as problems name it: `adults[0].earnings`, `housing.rent`. */
  id: string;
  kind: 'amount' | 'count' | 'boolean' | 'choice';
  /** False for what a person cannot change now: age, children, past events. */
  changeable: boolean;
  get(h: Household): FieldValue;
  set(h: Household, v: FieldValue): Household;
  /** Grid of a sensitivity curve (numeric fields only). */
  grid?(h: Household): number[];
  /** Values a counterfactual may try (changeable fields only), the current one included or not. */
  candidates?(h: Household): FieldValue[];
  /** What one unit of change costs when two change sets are equally small: € 1 000, 12 months, one choice. */
  scale: number;
}

const steps = (max: number, n: number) => Array.from({ length: n }, (_, i) => Math.round((max * i) / (n - 1)));

function adultField(i: number, key: 'earnings' | 'otherIncome' | 'aah', changeable: boolean): HouseholdField {
  return {
    id: `adults[${i}].${key}`,
    kind: 'amount',
    changeable,
    scale: 1000,
    get: (h) => h.adults[i]![key],
    set: (h, v) => ({
      ...h,
      // Earnings set for the whole window: a month-by-month history no longer applies.
      adults: h.adults.map((a, j) => {
        if (j !== i) return a;
        const { earningsHistory: _history, ...rest } = a;
        return key === 'earnings' ? { ...rest, earnings: v as number } : { ...a, [key]: v as number };
      }),
    }),
    grid: (h) => (key === 'earnings' ? steps(Math.round(2.5 * smicNet(h.month)), 11) : steps(1500, 11)),
    candidates: (h) => (key === 'earnings' ? steps(Math.round(2.5 * smicNet(h.month)), 11) : steps(1500, 7)),
  };
}

const path = <K extends keyof Household>(key: K, sub?: string) => ({
  get: (h: Household): FieldValue =>
    sub ? ((h[key] as Record<string, FieldValue>)[sub] as FieldValue) : (h[key] as FieldValue),
  set: (h: Household, v: FieldValue): Household =>
    sub ? { ...h, [key]: { ...(h[key] as object), [sub]: v } } : { ...h, [key]: v },
});

/** Every field of `h` the robust views know, in display order. */
export function householdFields(h: Household): HouseholdField[] {
  const out: HouseholdField[] = [];
  h.adults.forEach((_, i) => {
    out.push(adultField(i, 'earnings', true), adultField(i, 'otherIncome', true), adultField(i, 'aah', false));
    out.push({
      id: `adults[${i}].activity`,
      kind: 'choice',
      changeable: true,
      scale: 1,
      get: (x) => x.adults[i]!.activity,
      set: (x, v) => ({ ...x, adults: x.adults.map((a, j) => (j === i ? { ...a, activity: v as never } : a)) }),
      // Retirement is not a choice one makes to lower a score: never proposed.
      candidates: () => ADULT_ACTIVITIES.filter((a) => a !== 'retraite'),
    });
    out.push({
      id: `adults[${i}].age`,
      kind: 'count',
      changeable: false,
      scale: 40,
      get: (x) => x.adults[i]!.age,
      set: (x, v) => ({ ...x, adults: x.adults.map((a, j) => (j === i ? { ...a, age: v as number } : a)) }),
      grid: () => steps(60, 13).map((a) => a + 20),
    });
  });
  out.push(
    {
      id: 'housing.status',
      kind: 'choice',
      changeable: true,
      scale: 1,
      ...path('housing', 'status'),
      candidates: () => [...HOUSING_STATUSES],
    },
    {
      id: 'housing.rent',
      kind: 'amount',
      changeable: true,
      scale: 1000,
      ...path('housing', 'rent'),
      grid: () => steps(1500, 11),
      candidates: () => steps(1500, 7),
    },
    {
      id: 'alimony',
      kind: 'amount',
      changeable: true,
      scale: 1000,
      ...path('alimony'),
      grid: () => steps(1000, 11),
      candidates: () => steps(1000, 5),
    },
    {
      id: 'guardianship',
      kind: 'boolean',
      changeable: true,
      scale: 1,
      ...path('guardianship'),
      candidates: () => [false, true],
    },
    {
      id: 'priorityNeighbourhood',
      kind: 'boolean',
      changeable: true,
      scale: 1,
      ...path('priorityNeighbourhood'),
      candidates: () => [false, true],
    },
    // Past events and counts: what happened cannot be undone, so they are swept but never proposed.
    {
      id: 'history.monthsWorked12',
      kind: 'count',
      changeable: false,
      scale: 12,
      ...path('history', 'monthsWorked12'),
      grid: () => steps(12, 13),
    },
    {
      id: 'history.rentChanges18m',
      kind: 'count',
      changeable: false,
      scale: 12,
      ...path('history', 'rentChanges18m'),
      grid: () => steps(8, 9),
    },
    { id: 'history.separation12m', kind: 'boolean', changeable: false, scale: 1, ...path('history', 'separation12m') },
    {
      id: 'history.adjustments24m',
      kind: 'boolean',
      changeable: false,
      scale: 1,
      ...path('history', 'adjustments24m'),
    },
  );
  // Not claiming a benefit one is due lowers the score where amounts are scored: a fact the
  // explorer must be able to show, so the interface can say it for what it is (non-recours).
  if (h.benefitsSource === 'computed')
    for (const key of NOT_CLAIMED_KEYS)
      out.push({
        id: `notClaimed.${key}`,
        kind: 'boolean',
        changeable: true,
        scale: 1,
        ...path('notClaimed', key),
        candidates: () => [false, true],
      });
  else
    out.push(
      {
        id: 'benefits.rsa',
        kind: 'amount',
        changeable: true,
        scale: 1000,
        ...path('benefits', 'rsa'),
        candidates: (x) => [0, x.benefits.rsa],
      },
      {
        id: 'benefits.primeActivite',
        kind: 'amount',
        changeable: true,
        scale: 1000,
        ...path('benefits', 'primeActivite'),
        candidates: (x) => [0, x.benefits.primeActivite],
      },
    );
  return out;
}

/** The field of `h` named `id`, if it has one. */
export const fieldOf = (h: Household, id: string): HouseholdField | undefined =>
  householdFields(h).find((f) => f.id === id);

/** How far `to` is from `from` in the field's unit of cost. */
export function fieldDistance(f: HouseholdField, from: FieldValue, to: FieldValue): number {
  if (typeof from === 'number' && typeof to === 'number') return Math.abs(to - from) / f.scale;
  return from === to ? 0 : 1;
}

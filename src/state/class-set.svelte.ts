// A class's households (a teacher's file, or households built and named on screen): up to 40, each
// with a name, compared on one axis by the calibrated headline and printed one handout each. Pins
// stay the quick "compare a few" tool; the class never goes through the explorer (40 bands per edit).

import type { Household } from '../household/household.ts';
import type { HeadlineView } from '../worker/calibration.ts';
import { pick } from './headline-batch.svelte.ts';

/** A class of thirty and a few more: one handout each, one row each on the axis. */
export const MAX_CLASS = 40;

export interface Member {
  name: string;
  household: Household;
}

export const CLASS_SORTS = ['order', 'name', 'share', 'rank'] as const;
export type ClassSort = (typeof CLASS_SORTS)[number];

export class ClassSet {
  list = $state<Member[]>([]);
  sort = $state<ClassSort>('order');

  get full(): boolean {
    return this.list.length >= MAX_CLASS;
  }

  /** Adds what fits, in order; returns the members left out for lack of room (none are replaced). */
  add<T extends Member>(members: readonly T[]): T[] {
    const room = Math.max(0, MAX_CLASS - this.list.length);
    for (const m of members.slice(0, room)) this.list.push({ name: m.name, household: m.household });
    return members.slice(room);
  }

  remove(index: number): void {
    if (index >= 0 && index < this.list.length) this.list.splice(index, 1);
  }

  clear(): void {
    this.list = [];
  }

  /** Plain copies of the households, for the worker. */
  households(): Household[] {
    return $state.snapshot(this.list).map((m) => m.household);
  }
}

/**
 * The members' indices in the order asked: as added, by name, by the share of weightings under which
 * each would be controlled (highest first), or by the middle of its rank band (highest first). A
 * member whose headline has not come yet goes last, in its order.
 */
export function sortedIndices(
  names: readonly string[],
  heads: readonly (HeadlineView | null | undefined)[],
  sort: ClassSort,
  prior: boolean,
  lang: string,
): number[] {
  const order = names.map((_, i) => i);
  if (sort === 'order') return order;
  if (sort === 'name') return order.sort((a, b) => names[a]!.localeCompare(names[b]!, lang) || a - b);
  const key = (i: number): number | null => {
    const h = pick(heads[i], prior);
    if (!h) return null;
    return sort === 'share' ? h.controlledShare : (h.rank.low + h.rank.high) / 2;
  };
  return order.sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    if (ka === null || kb === null) return (ka === null ? 1 : 0) - (kb === null ? 1 : 0) || a - b;
    return kb - ka || a - b;
  });
}

// What changed between two versions of the model: the variables that appeared, disappeared or
// stayed (by id; variables whose content is not published cannot be compared and are counted).

import type { Model } from '../engine/index.ts';

export interface VersionDiff {
  from: Model;
  to: Model;
  appeared: string[];
  disappeared: string[];
  kept: string[];
  /** Variables of `to` whose content is not published (type `unknown`): neither new nor old can be said. */
  unnamed: number;
}

const named = (m: Model) => m.variables.filter((v) => v.type !== 'unknown').map((v) => v.id);
const year = (m: Model) => m.dates.inForce ?? m.dates.published ?? '';

/** The shipped scorable models in the order they came into force (the 2014 reconstruction, then DMDE 2026). */
export function versionsInOrder(models: readonly Model[]): Model[] {
  return models
    .filter((m) => m.kind === 'model' && m.origin.kind === 'shipped')
    .sort((a, b) => year(a).localeCompare(year(b)));
}

export function versionDiff(from: Model, to: Model): VersionDiff {
  const a = named(from);
  const b = named(to);
  return {
    from,
    to,
    appeared: b.filter((id) => !a.includes(id)),
    disappeared: a.filter((id) => !b.includes(id)),
    kept: b.filter((id) => a.includes(id)),
    unnamed: to.variables.length - b.length,
  };
}

/** Each consecutive pair of shipped versions. */
export const versionDiffs = (models: readonly Model[]): VersionDiff[] =>
  versionsInOrder(models).flatMap((m, i, all) => (i ? [versionDiff(all[i - 1]!, m)] : []));

export const inForceYear = (m: Model) => year(m).slice(0, 4);

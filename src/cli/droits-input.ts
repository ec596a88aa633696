// The two files `droits` reads, told apart by their shape: the app's household file (the page's, `score
// --profile`'s: earnings as one monthly amount, `activity`, French housing words) and the PPA/RSA file it read
// first (earnings as month maps, `student`, `tenant`/`owner`/`hosted`). Both end in one report.

import { decodeDroitsFile } from '../formats/droits-file.ts';
import { currentRights, decodeHousehold, rights } from '../engine/index.ts';
import { isRecord, type Problem } from '../problems/index.ts';
import { householdReport } from './household-report.ts';
import { droitsReport } from './report.ts';

/** Fields only the app's household file has (src/household/household.ts). */
const HOUSEHOLD_KEYS = [
  'benefits',
  'benefitsSource',
  'entitlements',
  'notClaimed',
  'history',
  'guardianship',
  'alimony',
  'otherParentMissing',
  'priorityNeighbourhood',
];
const ADULT_KEYS = ['activity', 'birthMonth', 'earningsHistory', 'taxableIncomeN2', 'earningsStopped'];
const HOUSEHOLD_HOUSING = ['locataire', 'proprietaire', 'heberge'];

/**
 * The app's household file when its shape says so: one of its own fields, an adult's income as one monthly
 * amount, a child's birth month or activity, its housing words or its rent. A file with none of them (only ages,
 * say) is the PPA/RSA file `droits` read first, as before.
 */
export function isHouseholdFile(raw: unknown): boolean {
  if (!isRecord(raw)) return false;
  if (HOUSEHOLD_KEYS.some((k) => k in raw)) return true;
  const housing = isRecord(raw.housing) ? raw.housing : {};
  if (HOUSEHOLD_HOUSING.includes(housing.status as string) || 'rent' in housing || 'zone' in housing) return true;
  const adults = Array.isArray(raw.adults) ? raw.adults.filter(isRecord) : [];
  const children = Array.isArray(raw.children) ? raw.children.filter(isRecord) : [];
  return (
    adults.some(
      (a) => ADULT_KEYS.some((k) => k in a) || ['earnings', 'aah', 'otherIncome'].some((k) => typeof a[k] === 'number'),
    ) || children.some((c) => 'birthMonth' in c || 'activity' in c)
  );
}

export type DroitsResult =
  | { ok: true; kind: 'household' | 'situation'; report: object; warnings: Problem[] }
  | { ok: false; kind: 'household' | 'situation'; errors: Problem[] };

/** The report of either file, or the problems that name its fields. Never throws on any input. */
export function droitsOf(raw: unknown): DroitsResult {
  if (!isHouseholdFile(raw)) {
    const d = decodeDroitsFile(raw);
    if (!d.ok) return { ok: false, kind: 'situation', errors: d.errors };
    return { ok: true, kind: 'situation', report: droitsReport(currentRights(d.value)), warnings: [] };
  }
  const d = decodeHousehold(raw);
  if (d.errors.length) return { ok: false, kind: 'household', errors: d.errors };
  // Computed from the household by the law, whatever amounts it declares: the command reports rights.
  const h = { ...d.household, benefitsSource: 'computed' as const };
  return { ok: true, kind: 'household', report: householdReport(h, rights(h)), warnings: d.warnings };
}

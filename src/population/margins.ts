// The published margins the population is calibrated on (margins.csv, copied from the project's
// facts with their source columns), read into the raking's partitions.

import { readCsv } from '../formats/csv.ts';
import { FAMILY_TYPES, flagsOf, familyTypeOf, type FlagGroup } from '../engine/population/groups.ts';
import type { Household } from '../household/household.ts';
import type { Partition } from './rake.ts';

export interface Margin {
  margin: string;
  class: string;
  kind: 'count' | 'share';
  value: number;
  unit: string;
  year: string;
  scope: string;
  source_url: string;
  confidence: string;
  source_metric: string;
  notes: string;
}

/** The rows of margins.csv; throws on a malformed table (it is the project's own data file). */
export function parseMargins(text: string): Margin[] {
  const [head, ...rows] = readCsv(text).rows;
  const names = head!.cells;
  return rows.map((r) => {
    const o = Object.fromEntries(names.map((n, k) => [n, r.cells[k] ?? ''])) as Record<string, string>;
    const value = Number(o.value);
    if (!Number.isFinite(value) || (o.kind !== 'count' && o.kind !== 'share'))
      throw new Error(`margins.csv line ${r.line}: bad value or kind`);
    return { ...(o as unknown as Margin), value };
  });
}

/** Which margin row a yes/no group answers. */
const FLAG_MARGINS: Record<string, FlagGroup> = {
  rsa: 'rsa',
  prime_activite: 'primeActivite',
  aah: 'aah',
  housing_aid: 'housingAid',
  af: 'af',
  qpv: 'qpv',
};
const RSA_FAMILY = ['single', 'singleParent', 'couple'];

/** The grand total (foyers allocataires). */
export const totalOf = (margins: Margin[]): number => margins.find((m) => m.margin === 'total')!.value;

/** The weighted count each margin row asks for. */
export function targetCount(margins: Margin[], m: Margin): number {
  const total = totalOf(margins);
  if (m.kind === 'count') return m.value;
  if (m.margin === 'rsa_family_type') return (m.value / 100) * margins.find((x) => x.margin === 'rsa')!.value;
  return (m.value / 100) * total;
}

/** Each record's class for every margin, and the targets: the raking's input. */
export function partitionsFor(margins: Margin[], households: Household[]): Partition[] {
  const total = totalOf(margins);
  const rows = (name: string) => margins.filter((m) => m.margin === name);
  const out: Partition[] = [];
  const family = rows('family_type');
  if (family.length) {
    const classOf = Uint8Array.from(households, (h) => FAMILY_TYPES.indexOf(familyTypeOf(h)));
    const targets = FAMILY_TYPES.map((t) =>
      targetCount(
        margins,
        family.find((m) => m.class === t)!,
      ),
    );
    out.push({ id: 'family_type', classOf, targets });
  }
  for (const m of margins.filter((x) => FLAG_MARGINS[x.margin])) {
    const group = FLAG_MARGINS[m.margin]!;
    const classOf = Uint8Array.from(households, (h) => (flagsOf(h)[group] ? 1 : 0));
    out.push({ id: m.margin, classOf, targets: [total - m.value, m.value] });
  }
  const rsaFamily = rows('rsa_family_type');
  if (rsaFamily.length) {
    // 0: no RSA; 1 + k: RSA and family kind k (couples with or without children together).
    const classOf = Uint8Array.from(households, (h) => {
      if (!flagsOf(h).rsa) return 0;
      const t = familyTypeOf(h);
      return 1 + RSA_FAMILY.indexOf(t === 'single' || t === 'singleParent' ? t : 'couple');
    });
    const counts = RSA_FAMILY.map((k) =>
      targetCount(
        margins,
        rsaFamily.find((m) => m.class === k)!,
      ),
    );
    out.push({ id: 'rsa_family_type', classOf, targets: [total - counts.reduce((a, b) => a + b, 0), ...counts] });
  }
  return out;
}

/** The weighted value a margin row describes (a count, or a share in % of its base), for checks. */
export function reproduced(m: Margin, households: Household[], weights: ArrayLike<number>): number {
  let hit = 0;
  let base = 0;
  households.forEach((h, i) => {
    const w = weights[i]!;
    const t = familyTypeOf(h);
    const rsa = flagsOf(h).rsa;
    // The base of a share: all households for the family types, RSA households for their family types.
    const inBase = m.margin === 'family_type' || (m.margin === 'rsa_family_type' && rsa);
    if (inBase) base += w;
    let inClass: boolean;
    if (m.margin === 'total') inClass = true;
    else if (m.margin === 'family_type') inClass = t === m.class;
    else if (m.margin === 'rsa_family_type')
      inClass = rsa && (m.class === 'couple' ? t.startsWith('couple') : t === m.class);
    else inClass = flagsOf(h)[FLAG_MARGINS[m.margin]!];
    if (inClass) hit += w;
  });
  return m.kind === 'share' ? (100 * hit) / base : hit;
}

// The CSV columns of a household: one per leaf of the Household type, named by the path the
// decoder reports (`adults[0].age`), so that a problem names its column. Pure; docs/households-csv.md.

import { HISTORY_MONTHS, defaultHousehold, emptyAdult } from '../household/household.ts';

export type Leaf = string | number | boolean;
export type Kind = 'number' | 'boolean' | 'text';

/** Every leaf of a value as [path, value], in the order of its keys. */
export function leaves(v: unknown, path = '', out: [string, Leaf][] = []): [string, Leaf][] {
  if (Array.isArray(v)) v.forEach((x, i) => leaves(x, `${path}[${i}]`, out));
  else if (typeof v === 'object' && v !== null)
    for (const [k, x] of Object.entries(v)) leaves(x, path ? `${path}.${k}` : k, out);
  else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') out.push([path, v]);
  return out;
}

/** A household with every optional field, so that its leaves name every column the app knows. */
const TEMPLATE = {
  // The prime à la naissance's month, right after `pregnant` (the keys' order is the columns' order),
  // and the optional not-claimed flags (the AAH's, the prime's) after the others.
  ...Object.fromEntries(
    Object.entries(defaultHousehold('2026-01')).flatMap((e) =>
      e[0] === 'pregnant'
        ? [e, ['expectedBirthMonth', '2026-03']]
        : e[0] === 'notClaimed'
          ? [[e[0], { ...(e[1] as object), aah: false, primeNaissance: false }]]
          : [e],
    ),
  ),
  adults: [
    {
      ...emptyAdult(),
      birthMonth: '1990-01',
      taxableIncomeN2: 0,
      earningsStopped: { since: '2026-01', reason: 'other' },
      earningsHistory: Array.from({ length: HISTORY_MONTHS }, () => 0),
      // The AAH computed by the law: the CDAPH's rate and its RSDAE (an AAH household's class file keeps them).
      incapacity: 80,
      rsdae: false,
    },
  ],
  children: [{ age: 5, birthMonth: '2021-01', activity: 'scolaire' }],
};

const shape = (path: string) => path.replace(/\[\d+\]/g, '[]');
const kindOfValue = (v: Leaf): Kind => (typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'text');
const TEMPLATE_LEAVES = leaves(TEMPLATE);
const KINDS = new Map<string, Kind>(TEMPLATE_LEAVES.map(([p, v]) => [shape(p), kindOfValue(v)]));
/** Position of each path shape and of each of its prefixes, for a stable column order. */
const POSITION = new Map<string, number>();
TEMPLATE_LEAVES.forEach(([p], i) => {
  for (const prefix of prefixes(p).map(shape)) if (!POSITION.has(prefix)) POSITION.set(prefix, i);
});

/** Path tokens: names and `[n]` indices. */
function tokens(path: string): string[] {
  return path.match(/[^.[\]]+|\[\d+\]/g) ?? [];
}
function prefixes(path: string): string[] {
  const t = tokens(path);
  return t.map((_, i) =>
    t
      .slice(0, i + 1)
      .join('.')
      .replace(/\.\[/g, '['),
  );
}

/** An index is written without leading zeros and stays small: a column cannot make a huge array. */
const INDEX_OK = /^(\[(0|[1-9]\d?)\]|[^[\]]+)$/;

/** What a column holds, or undefined when the app knows no such field. */
export function kindOf(column: string): Kind | undefined {
  if (!/^[A-Za-z][\w.[\]]*$/.test(column) || !tokens(column).every((t) => INDEX_OK.test(t))) return undefined;
  if (tokens(column).join('.').replace(/\.\[/g, '[') !== column) return undefined;
  return KINDS.get(shape(column));
}

/** Orders columns as the household type does, adult by adult and child by child. */
export function compareColumns(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    if (ta[i] === tb[i]) continue;
    const ia = /^\[(\d+)\]$/.exec(ta[i]!);
    const ib = /^\[(\d+)\]$/.exec(tb[i]!);
    if (ia && ib) return Number(ia[1]) - Number(ib[1]);
    const pa = POSITION.get(shape(prefixes(a)[i]!)) ?? Infinity;
    const pb = POSITION.get(shape(prefixes(b)[i]!)) ?? Infinity;
    return pa - pb || (a < b ? -1 : 1);
  }
  return ta.length - tb.length;
}

/**
 * Builds the nested value of `cells` (column → value). Returns the paths of array slots left
 * empty (a row that fills `adults[1]` but not `adults[0]`): the decoder would fill them with defaults.
 */
export function nest(cells: [string, Leaf][]): { value: Record<string, unknown>; holes: string[] } {
  const root: Record<string, unknown> = {};
  for (const [column, v] of cells) {
    const t = tokens(column);
    let node: Record<string, unknown> | unknown[] = root;
    t.forEach((tok, i) => {
      const key = /^\[(\d+)\]$/.exec(tok)?.[1] ?? tok;
      const last = i === t.length - 1;
      const slot = node as Record<string, unknown>;
      if (last) slot[key] = v;
      else {
        if (slot[key] === undefined) slot[key] = t[i + 1]!.startsWith('[') ? [] : {};
        node = slot[key] as Record<string, unknown>;
      }
    });
  }
  const holes: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (!(i in v)) holes.push(`${path}[${i}]`);
      v.forEach((x, i) => walk(x, `${path}[${i}]`));
    } else if (typeof v === 'object' && v !== null)
      for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(root, '');
  return { value: root, holes };
}

// Share links, version 2: short enough for a QR code on a handout. The fragment carries `v=2`, the
// language and the model as before, and `f`: only what differs from the default household of the same
// month, as JSON, deflated (CompressionStream 'deflate-raw', in browsers and Node ≥ 18), base64url.
// Version 1 links (`foyer=`, plain base64 JSON) are still read by url.ts; reading never throws.

import type { Household } from '../household/household.ts';
import { decodeHousehold } from '../formats/household.ts';
import { problem, isRecord } from '../problems/index.ts';
import type { Lang } from '../i18n/index.ts';
import { MAX_FRAGMENT, parseFragment, type UrlState } from './url.ts';

export const SHORT_VERSION = '2';
/** A household patch larger than this once inflated is no household: reading stops there. */
export const MAX_INFLATED = 64 * 1024;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
/** Marks a key the default has and the household does not (an optional field left out). */
const GONE = { '-': 1 } as const;
/** An array patch: its length, then the changed items by index. */
const LEN = '#';

/**
 * Part of the version 2 format: the household's field names as one or two letters (a key not listed,
 * a field added later, travels as it is). Never change a code: links already printed use them.
 */
export const KEYS: Readonly<Record<string, string>> = {
  adults: 'a',
  children: 'c',
  age: 'g',
  birthMonth: 'bm',
  activity: 't',
  earnings: 'e',
  otherIncome: 'o',
  aah: 'h',
  earningsHistory: 'eh',
  taxableIncomeN2: 'ti',
  earningsStopped: 'es',
  since: 'si',
  reason: 'rn',
  benefits: 'b',
  rsa: 'rs',
  primeActivite: 'pa',
  af: 'af',
  cf: 'cf',
  asf: 'as',
  ars: 'ar',
  housingAid: 'al',
  other: 'ot',
  housing: 'L',
  status: 's',
  rent: 'r',
  zone: 'z',
  guardianship: 'G',
  alimony: 'A',
  priorityNeighbourhood: 'Q',
  pregnant: 'P',
  benefitsSource: 'B',
  notClaimed: 'N',
  otherParentMissing: 'O',
  history: 'H',
  separation12m: 'S',
  rentChanges18m: 'R',
  monthsWorked12: 'w',
  adjustments24m: 'J',
};
const LONG: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(KEYS).map(([k, v]) => [v, k]));

/** The same JSON with its record keys renamed through `names` (keys not in it unchanged). */
function rename(v: unknown, names: Readonly<Record<string, string>>, depth = 0): unknown {
  if (depth > 20) return undefined;
  if (Array.isArray(v)) return v.map((x) => rename(x, names, depth + 1));
  if (!isRecord(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v))
    if (k !== '__proto__') out[Object.hasOwn(names, k) ? names[k]! : k] = rename(x, names, depth + 1);
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What `to` changes of `from`, or undefined when they are equal. Arrays patch item by item. */
export function diff(from: unknown, to: unknown): Json | undefined {
  if (same(from, to)) return undefined;
  if (Array.isArray(to)) {
    const base = Array.isArray(from) ? from : [];
    const out: { [k: string]: Json } = { [LEN]: to.length };
    to.forEach((item, i) => {
      const d = i < base.length ? diff(base[i], item) : (item as Json);
      if (d !== undefined) out[i] = d;
    });
    return out;
  }
  if (isRecord(to) && isRecord(from)) {
    const out: { [k: string]: Json } = {};
    for (const k of Object.keys(to)) {
      const d = diff(from[k], to[k]);
      if (d !== undefined) out[k] = d;
    }
    for (const k of Object.keys(from)) if (!(k in to)) out[k] = GONE;
    return out;
  }
  return to as Json;
}

/** `from` with `patch` applied (the inverse of `diff`); a patch of the wrong shape gives what it says. */
export function patch(from: unknown, p: unknown, depth = 0): unknown {
  if (depth > 20 || !isRecord(p)) return p;
  if (LEN in p) {
    const base = Array.isArray(from) ? from : [];
    const n = p[LEN];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 100) return undefined;
    return Array.from({ length: n }, (_, i) =>
      Object.hasOwn(p, String(i)) ? patch(base[i], p[String(i)], depth + 1) : base[i],
    );
  }
  if (!isRecord(from) || Array.isArray(from)) return p;
  const out: Record<string, unknown> = { ...from };
  for (const [k, v] of Object.entries(p)) {
    if (k === '__proto__') continue;
    if (same(v, GONE)) delete out[k];
    else out[k] = patch(from[k], v, depth + 1);
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The text inflated from `bytes`, or undefined when it is not deflate data or inflates past `MAX_INFLATED`. */
async function inflate(bytes: Uint8Array): Promise<string | undefined> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > MAX_INFLATED) {
        void reader.cancel().catch(() => undefined);
        return undefined;
      }
      parts.push(value);
    }
    const all = new Uint8Array(size);
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      at += p.length;
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(all);
  } catch {
    return undefined;
  }
}

/**
 * What a version 2 link is written against: the default household as it was when version 2 was made,
 * frozen here. A link (a printed QR code) carries only its differences from this base, so it must never
 * follow later changes of `defaultHousehold` (household.ts): a new default would open another household.
 * A change of this base is a version 3.
 */
const V2_BASE = JSON.stringify({
  adults: [{ age: 35, activity: 'salarie', earnings: 1200, otherIncome: 0, aah: 0 }],
  children: [],
  benefits: { rsa: 0, primeActivite: 0, af: 0, cf: 0, housingAid: 0, other: 0 },
  housing: { status: 'locataire', rent: 550, zone: 2 },
  guardianship: false,
  alimony: 0,
  priorityNeighbourhood: false,
  pregnant: false,
  benefitsSource: 'computed',
  notClaimed: { rsa: false, primeActivite: false, af: false, cf: false, asf: false, ars: false, housingAid: false },
  otherParentMissing: false,
  history: { separation12m: false, rentChanges18m: 0, monthsWorked12: 12, adjustments24m: false },
});
const v2Base = (month: string): unknown => ({ month, ...(JSON.parse(V2_BASE) as object) });

/** The `f` value of a version 2 link: the household's month and what it changes of that month's default. */
export async function encodeHousehold(h: Household): Promise<string> {
  const d = diff(v2Base(h.month), h);
  const body = { m: h.month, ...(d === undefined ? {} : { d: rename(d, KEYS) }) };
  return toBase64Url(await deflate(JSON.stringify(body)));
}

/** Builds a version 2 fragment; `buildFragment` (url.ts) still writes version 1. */
export async function buildShortFragment(s: { lang: Lang; model: string; household: Household }): Promise<string> {
  const params = new URLSearchParams({ v: SHORT_VERSION, lang: s.lang, model: s.model });
  params.set('f', await encodeHousehold(s.household));
  return `#${params.toString()}`;
}

/** Whether a fragment says it is a version 2 (or later) link: it then needs `readFragment`. */
export const isVersioned = (hash: string): boolean => /(^#?|&)v=/.test(hash.slice(0, MAX_FRAGMENT));

/**
 * Reads any fragment: version 1 as url.ts does, version 2 with its household inflated and patched
 * over that month's default. Never throws; what cannot be read is reported and left out.
 */
export async function readFragment(hash: string, fallbackMonth: string): Promise<UrlState> {
  const out = parseFragment(hash, fallbackMonth);
  if (!isVersioned(hash) || hash.length > MAX_FRAGMENT) return out;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return out;
  }
  const version = params.get('v');
  if (version !== SHORT_VERSION) {
    out.problems.push(problem('warning', 'v', 'link.household'));
    return out;
  }
  const f = params.get('f');
  if (f === null) return out;
  // Older browsers (Safari before 16.4) cannot inflate: say that, not that the link is broken.
  if (typeof DecompressionStream === 'undefined') {
    out.problems.push(problem('error', 'f', 'link.oldBrowser'));
    return out;
  }
  let raw: unknown;
  try {
    const text = await inflate(fromBase64Url(f));
    raw = text === undefined ? undefined : JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const month = isRecord(raw) && typeof raw.m === 'string' && /^\d{4}-\d\d$/.test(raw.m) ? raw.m : undefined;
  if (!month || !isRecord(raw)) {
    out.problems.push(problem('error', 'f', 'link.household'));
    return out;
  }
  const decoded = decodeHousehold(patch(v2Base(month), rename(raw.d ?? {}, LONG)), fallbackMonth);
  out.household = decoded.household;
  out.problems.push(...decoded.errors);
  return out;
}

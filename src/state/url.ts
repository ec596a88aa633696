// Reads and writes the URL fragment (#lang=…&model=…&embed=1&foyer=…). The household travels
// in the fragment, which browsers never send to a server. Parsing never throws.

import { decodeHousehold } from '../formats/household.ts';
import type { Household } from '../household/household.ts';
import { problem, type Problem } from '../problems/index.ts';
import { isLang, type Lang } from '../i18n/index.ts';
import { isRecord } from '../problems/index.ts';
import type { WeightChange } from './weights.ts';
import { readProfile } from './profile.svelte.ts';
import type { FeatureValue } from '../engine/types.ts';

export interface UrlState {
  lang?: Lang;
  model?: string;
  embed: boolean;
  household?: Household;
  /** Weights an expert edited: the base model's id and the changes, applied once the engine runs. */
  weights?: { base: string; changes: WeightChange[] };
  /** The profile of a model whose variables are not household facts (`profil=`). */
  profile?: Record<string, FeatureValue>;
  problems: Problem[];
}

export const MAX_FRAGMENT = 20_000;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): string {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** Parses a fragment (with or without '#'); anything unreadable is reported and left out. */
export function parseFragment(hash: string, fallbackMonth: string): UrlState {
  const out: UrlState = { embed: false, problems: [] };
  if (hash.length > MAX_FRAGMENT) {
    out.problems.push(problem('error', '#', 'link.tooLong', { length: hash.length }));
    return out;
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return out;
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if (isLang(lang)) out.lang = lang;
    else out.problems.push(problem('error', 'lang', 'link.lang', { value: lang.slice(0, 10) }));
  }
  const model = params.get('model');
  if (model !== null) {
    if (/^[A-Za-z0-9_.-]{1,80}$/.test(model)) out.model = model;
    else out.problems.push(problem('warning', 'model', 'link.model', { value: model.slice(0, 20) }));
  }
  out.embed = params.get('embed') === '1';
  const poids = params.get('poids');
  if (poids !== null) {
    const weights = decodeWeights(poids);
    if (weights) out.weights = weights;
    else out.problems.push(problem('warning', 'poids', 'link.weights'));
  }
  const profil = params.get('profil');
  if (profil !== null) {
    let profile: Record<string, FeatureValue> | undefined;
    try {
      profile = readProfile(JSON.parse(fromBase64Url(profil)));
    } catch {
      profile = undefined;
    }
    if (profile) out.profile = profile;
    else out.problems.push(problem('warning', 'profil', 'link.profile'));
  }
  const foyer = params.get('foyer');
  if (foyer !== null) {
    let raw: unknown;
    try {
      raw = JSON.parse(fromBase64Url(foyer));
    } catch {
      out.problems.push(problem('error', 'foyer', 'link.household'));
      return out;
    }
    const decoded = decodeHousehold(raw, fallbackMonth);
    out.household = decoded.household;
    out.problems.push(...decoded.errors);
  }
  return out;
}

/** `{base, changes}` from a link, or undefined when any part of it is not what an edit is. */
function decodeWeights(text: string): UrlState['weights'] {
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(text));
  } catch {
    return undefined;
  }
  if (!isRecord(raw) || typeof raw.base !== 'string' || !/^[A-Za-z0-9_.-]{1,80}$/.test(raw.base)) return undefined;
  if (!Array.isArray(raw.changes) || raw.changes.length > 5000) return undefined;
  const changes: WeightChange[] = [];
  for (const c of raw.changes) {
    if (!isRecord(c) || typeof c.variable !== 'string' || typeof c.value !== 'number' || !Number.isFinite(c.value))
      return undefined;
    const part = c.part;
    if (part !== undefined && typeof part !== 'string' && !(typeof part === 'number' && Number.isInteger(part)))
      return undefined;
    changes.push({ variable: c.variable.slice(0, 200), value: c.value, ...(part === undefined ? {} : { part }) });
  }
  return { base: raw.base, changes };
}

/** Builds the fragment for a state; the household is optional (a link without personal data). */
export function buildFragment(s: {
  lang: Lang;
  model: string;
  embed?: boolean;
  household?: Household;
  weights?: UrlState['weights'];
  profile?: Record<string, FeatureValue>;
}): string {
  const params = new URLSearchParams();
  params.set('lang', s.lang);
  params.set('model', s.model);
  if (s.weights?.changes.length) params.set('poids', toBase64Url(JSON.stringify(s.weights)));
  if (s.embed) params.set('embed', '1');
  if (s.household) params.set('foyer', toBase64Url(JSON.stringify(s.household)));
  if (s.profile) params.set('profil', toBase64Url(JSON.stringify(s.profile)));
  return `#${params.toString()}`;
}

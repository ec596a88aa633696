// The population view's calls, loaded by the worker only when the view first asks (api.ts imports
// this module dynamically). The synthetic population comes as a script module of the app's own
// origin (population/foyers.js): the page's CSP forbids every connection (connect-src 'none'), and
// import() meets script-src 'self'. It is held here as typed arrays and never sent to the page,
// which gets histograms and per-draw answers.

import {
  decodeHousehold,
  effectiveHousehold,
  modelConstraints,
  rights,
  sampleWeights,
  type Household,
  type Model,
} from '../engine/index.ts';
import { chunkRanges, type ChunkDraws } from '../engine/population/chunk.ts';
import type { CompositionRanges, RankRanges } from '../engine/population/draws.ts';
import { ownParameters } from '../engine/population/draws.ts';
import { controlledCount, maxVariables, type Population, type Threshold } from '../engine/population/population.ts';
import { populationSession, type Histogram, type PopulationSession } from '../engine/population/session.ts';

export interface PopulationRequest {
  /** Absolute URL of population/foyers.js on the page's own origin. */
  url: string;
  modelId: string;
  household: unknown;
  /** Households controlled (default: 166,000 of the 13.8 million). */
  controls: number;
}

export interface ChunkRequest extends PopulationRequest {
  samples: number;
  seed: number;
  /** Draws [from, to) of the `samples` seeded draws. */
  from: number;
  to: number;
}

/** Why the population view cannot answer: the file did not load, or the request is wrong. */
export type PopulationFailure = {
  ok: false;
  reason: 'unavailable' | 'invalid-file' | 'unknown-model' | 'card' | 'household' | 'controls' | 'too-large';
  detail: string;
  /** For `too-large`: the model's variables and the most the population's rows allow. */
  size?: { variables: number; max: number };
};
export type PopulationAnswer<T> = { ok: true; value: T } | PopulationFailure;

export interface PopulationOverview {
  records: number;
  /** Households the records stand for. */
  total: number;
  month: string;
  /** Controlled households at this threshold (the request's, capped at the total). */
  controlled: number;
  /** Under the model's own (placeholder) weights. */
  histogram: Histogram;
  example: { rank: RankRanges; composition: CompositionRanges };
  /** Weights drawn within a range, of all the model's weights: 0 means one answer, no range. */
  freeWeights: number;
  weights: number;
  /** Time to fetch and read the file, when this call did (0 when already loaded). */
  loadMs: number;
  /** The provenance card (public/population/provenance.json, carried by the module): every margin with its source. */
  card: ProvenanceCard | null;
}

/** The part of public/population/provenance.json the view shows. */
export interface ProvenanceCard {
  margins: {
    margin: string;
    class: string;
    kind: string;
    published: number;
    unit: string;
    reproduced: number;
    year: string;
    scope: string;
    source_url: string;
    confidence: string;
  }[];
  file: { records: number; seed: number; month: string; command: string };
}

let loading: { url: string; session: Promise<{ session: PopulationSession; card: ProvenanceCard | null }> } | undefined;
const drawCache = new WeakMap<Model, Map<string, Float64Array>>();

/** The module could not be imported (offline, not deployed): not the same as a file that does not read. */
class Unavailable extends Error {}

/** Bytes of a base64 text (the module's columns): atob gives one byte per character. */
function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const POPULATION_FILE = 'population/foyers.js';

/**
 * Whether `url` is the app's own population module, the only one this worker may import(): a page
 * script could hand the worker any URL, and a worker started from its file (not from the page's
 * blob: shim) runs under no CSP. Same scheme, host and port as this module, no query, fragment or
 * credentials; in the built app (this module in assets/) exactly ../population/foyers.js from it;
 * from the sources (dev server, tests) a population/foyers.js on the same origin.
 */
export function ownPopulationUrl(url: string, moduleUrl: string = import.meta.url): boolean {
  let u: URL;
  let m: URL;
  try {
    u = new URL(url);
    m = new URL(moduleUrl);
  } catch {
    return false;
  }
  if (!/^(https?|file):$/.test(u.protocol) || u.protocol !== m.protocol || u.host !== m.host) return false;
  if (u.username || u.password || u.search || u.hash) return false;
  if (/\/assets\/[^/]*$/.test(m.pathname)) return u.href === new URL(`../${POPULATION_FILE}`, m).href;
  return u.pathname.endsWith(`/${POPULATION_FILE}`);
}

/** The population module's session, imported once; a failed load is forgotten so that a later call may retry. */
async function sessionFor(
  url: string,
): Promise<{ session: PopulationSession; loadMs: number; card: ProvenanceCard | null }> {
  if (loading?.url === url) return { ...(await loading.session), loadMs: 0 };
  const started = performance.now();
  const session = (async () => {
    let m: { columns?: unknown; card?: ProvenanceCard };
    if (!ownPopulationUrl(url)) throw new Unavailable('not the app’s own population file');
    try {
      m = (await import(/* @vite-ignore */ url)) as typeof m;
    } catch (e) {
      throw new Unavailable(e instanceof Error ? e.message : String(e));
    }
    if (typeof m.columns !== 'string') throw new Error('population module has no columns');
    return { session: populationSession(fromBase64(m.columns)), card: m.card ?? null };
  })();
  loading = { url, session };
  session.catch(() => loading?.session === session && (loading = undefined));
  return { ...(await session), loadMs: performance.now() - started };
}

const fail = (reason: PopulationFailure['reason'], detail = ''): PopulationFailure => ({ ok: false, reason, detail });

/** The request checked: its model, its household as the model scores it, its threshold. */
function checked(
  models: Map<string, Model>,
  req: PopulationRequest,
): PopulationFailure | { model: Model; household: Household; threshold: Threshold } {
  const model = models.get(req.modelId);
  if (!model) return fail('unknown-model', req.modelId);
  if (model.kind === 'card') return fail('card', req.modelId);
  if (!Number.isFinite(req.controls) || req.controls < 1) return fail('controls', String(req.controls));
  const d = decodeHousehold(req.household);
  if (d.errors.length) return fail('household', d.errors.map((e) => e.path).join(', '));
  // In `computed` mode the model reads the RSA and prime d'activité the law gives (as evaluate does).
  const h = d.household;
  const household = effectiveHousehold(h, h.benefitsSource === 'computed' ? rights(h) : undefined);
  return { model, household, threshold: { count: Math.round(req.controls) } };
}

/**
 * A model with more variables than the population's rows can hold (MAX_ROW_CELLS) is said to be too
 * large, before any allocation: else the rows' typed array throws (or the tab runs out of memory) and
 * the view can only report a failure that a reload will not mend.
 */
function tooLarge(pop: Population, model: Model): PopulationFailure | null {
  const max = maxVariables(pop);
  const variables = model.variables.length;
  return variables > max ? { ...fail('too-large', model.id), size: { variables, max } } : null;
}

export async function load(url: string): Promise<PopulationFailure | Awaited<ReturnType<typeof sessionFor>>> {
  try {
    return await sessionFor(url);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail(e instanceof Unavailable ? 'unavailable' : 'invalid-file', detail);
  }
}

function drawsOf(model: Model, samples: number, seed: number): Float64Array {
  let byKey = drawCache.get(model);
  if (!byKey) drawCache.set(model, (byKey = new Map()));
  const key = `${samples}:${seed}`;
  let d = byKey.get(key);
  if (!d) byKey.set(key, (d = sampleWeights(modelConstraints(model), samples, seed)));
  return d;
}

/** The population calls over the worker's models (the same Map the rest of the api uses). */
export function populationApi(models: Map<string, Model>) {
  return {
    /** The distribution, and the household's rank and the controlled group under the placeholder weights. */
    async overview(req: PopulationRequest): Promise<PopulationAnswer<PopulationOverview>> {
      const c = checked(models, req);
      if ('ok' in c) return c;
      const s = await load(req.url);
      if ('ok' in s) return s;
      const { session, loadMs, card } = s;
      const pop = session.population;
      const large = tooLarge(pop, c.model);
      if (large) return large;
      const constraints = modelConstraints(c.model);
      return {
        ok: true,
        value: {
          records: pop.size,
          total: pop.total,
          month: pop.month,
          controlled: controlledCount(c.threshold, pop.total),
          histogram: session.histogram(c.model, 40),
          example: chunkRanges(session.chunk(c.model, c.household, c.threshold, ownParameters(c.model))),
          freeWeights: constraints.freeSlots.length,
          weights: constraints.size,
          loadMs,
          card,
        },
      };
    },
    /** Draws [from, to) of `samples` seeded weight draws: each draw's answers, for the page to gather. */
    async chunk(req: ChunkRequest): Promise<PopulationAnswer<ChunkDraws>> {
      const c = checked(models, req);
      if ('ok' in c) return c;
      const s = await load(req.url);
      if ('ok' in s) return s;
      const large = tooLarge(s.session.population, c.model);
      if (large) return large;
      const samples = Math.max(1, Math.min(1000, Math.floor(req.samples)));
      const all = drawsOf(c.model, samples, req.seed);
      const p = all.length / samples;
      const from = Math.max(0, Math.min(samples, Math.floor(req.from)));
      const to = Math.max(from, Math.min(samples, Math.floor(req.to)));
      return { ok: true, value: s.session.chunk(c.model, c.household, c.threshold, all.subarray(from * p, to * p)) };
    },
  };
}

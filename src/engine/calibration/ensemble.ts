// An ensemble of weight sets with what makes a household's answer a lookup: per set, its
// importance, its rank table and cut. Stored as bytes and a text of table steps (both in a
// generated module) and read back here; the same layout serves a shipped ensemble and one
// calibrated in the worker.
//
//   bytes: "CAFENS02" | uint32 header length | header JSON | weights f64 | importance f64 | cut f64 |
//          low f64 | high f64 | statistics f32 (sets × 4), 8-byte aligned
//   tables: per set, the LEVELS − 1 steps between its 16-bit levels (table-codec.ts)

import type { Statistics } from './simulate.ts';
import { LEVELS } from './tables.ts';
import { readSteps, writeSteps } from './table-codec.ts';

export type EnsembleKind = 'calibrated' | 'prior';
const MAGIC = 'CAFENS02';
export const ENSEMBLE_FORMAT = 'cnaf-ensemble/2';
const STATS = ['singleParent', 'precarious', 'hitRate', 'baseRate'] as const;

export interface Ensemble {
  kind: EnsembleKind;
  model: string;
  /** Weight slots (modelConstraints(model).size) and their keys, to check a design vector fits. */
  slots: number;
  keys: string[];
  sets: number;
  /** sets × slots. */
  weights: Float64Array;
  /** Normalised importance weights (equal for the prior). */
  importance: Float64Array;
  cut: Float64Array;
  /** Each set's rank table (sets × LEVELS), read back from 16 bits between its low and high. */
  tables: Float64Array;
  statistics: Statistics[];
}

interface Header {
  format: typeof ENSEMBLE_FORMAT;
  kind: EnsembleKind;
  model: string;
  slots: number;
  keys: string[];
  sets: number;
  levels: number;
}

/** An ensemble as stored: its bytes (base64 in a generated module) and its tables' steps as text. */
export interface EncodedEnsemble {
  bytes: Uint8Array;
  tables: string;
}

const align8 = (n: number) => (n + 7) & ~7;
const STEPS = 65535;

/**
 * The stored form of an ensemble. Tables are quantised in 16 bits between each set's lowest and
 * highest logit: a step of (high − low)/65535, about 2·10⁻⁴ log-odds for a spread of 12, far finer
 * than the 0.1 percentile between levels; equal logits stay equal, so plateaus (tied households)
 * survive. The 16-bit levels are sorted, so only their steps are written, as text whose gzip is
 * half that of the levels in base64 (table-codec.ts); read back, the tables are the same numbers.
 */
export function encodeEnsemble(e: Ensemble): EncodedEnsemble {
  const header: Header = {
    format: ENSEMBLE_FORMAT,
    kind: e.kind,
    model: e.model,
    slots: e.slots,
    keys: e.keys,
    sets: e.sets,
    levels: LEVELS,
  };
  const low = new Float64Array(e.sets);
  const high = new Float64Array(e.sets);
  const q = new Uint16Array(e.sets * LEVELS);
  for (let s = 0; s < e.sets; s++) {
    const t = e.tables.subarray(s * LEVELS, (s + 1) * LEVELS);
    low[s] = t[0]!;
    high[s] = t[LEVELS - 1]!;
    const span = high[s]! - low[s]!;
    for (let j = 0; j < LEVELS; j++) q[s * LEVELS + j] = span > 0 ? Math.round(((t[j]! - low[s]!) / span) * STEPS) : 0;
  }
  const stats = new Float32Array(e.sets * STATS.length);
  e.statistics.forEach((st, s) => STATS.forEach((k, j) => (stats[s * STATS.length + j] = st[k])));
  const parts: ArrayBufferView[] = [e.weights, e.importance, e.cut, low, high, stats];
  const json = new TextEncoder().encode(JSON.stringify(header));
  let size = align8(12 + json.length);
  for (const p of parts) size = align8(size + p.byteLength);
  const out = new Uint8Array(size);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(8, json.length, true);
  out.set(json, 12);
  let at = align8(12 + json.length);
  for (const p of parts) {
    out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
    at = align8(at + p.byteLength);
  }
  return { bytes: out, tables: writeSteps(q, LEVELS) };
}

/** Reads an ensemble's stored form; throws an Error naming what is wrong. */
export function decodeEnsemble({ bytes, tables: text }: EncodedEnsemble): Ensemble {
  if (new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) throw new Error('not an ensemble file');
  const buf = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const length = new DataView(buf.buffer, buf.byteOffset).getUint32(8, true);
  const h = JSON.parse(new TextDecoder().decode(buf.subarray(12, 12 + length))) as Header;
  if (h.format !== ENSEMBLE_FORMAT || h.levels !== LEVELS) throw new Error(`unknown ensemble format ${h.format}`);
  let at = align8(12 + length);
  const take = <T>(Type: { new (b: ArrayBuffer, o: number, n: number): T; BYTES_PER_ELEMENT: number }, n: number) => {
    if (at + n * Type.BYTES_PER_ELEMENT > buf.byteLength) throw new Error('ensemble file truncated');
    const v = new Type(buf.buffer as ArrayBuffer, buf.byteOffset + at, n);
    at = align8(at + n * Type.BYTES_PER_ELEMENT);
    return v;
  };
  const S = h.sets;
  const weights = take(Float64Array, S * h.slots);
  const importance = take(Float64Array, S);
  const cut = take(Float64Array, S);
  const low = take(Float64Array, S);
  const high = take(Float64Array, S);
  const stats = take(Float32Array, S * STATS.length);
  const q = readSteps(text, S, LEVELS, STEPS);
  const tables = new Float64Array(S * LEVELS);
  for (let s = 0; s < S; s++) {
    const span = high[s]! - low[s]!;
    for (let j = 0; j < LEVELS; j++) tables[s * LEVELS + j] = low[s]! + (q[s * LEVELS + j]! / STEPS) * span;
    // The ends exactly as computed.
    tables[s * LEVELS] = low[s]!;
    tables[s * LEVELS + LEVELS - 1] = high[s]!;
  }
  const statistics = Array.from(
    { length: S },
    (_, s) => Object.fromEntries(STATS.map((k, j) => [k, stats[s * STATS.length + j]!])) as Statistics,
  );
  return {
    kind: h.kind,
    model: h.model,
    slots: h.slots,
    keys: h.keys,
    sets: S,
    weights,
    importance,
    cut,
    tables,
    statistics,
  };
}

/** Bytes of a base64 text (atob: one byte per character; present in Node, workers and pages). */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

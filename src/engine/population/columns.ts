// The population as the worker reads it (public/population/foyers-colonnes.bin): the loaded
// Population's typed arrays written as they are, so that loading is a few views on one buffer
// instead of decoding 100,000 households and deriving their variables (about 1 s). Written by the
// build from foyers.bin; a test checks that both files give the same population.
//
//   "CAFCOL01" | uint32 header length | header JSON (padded) | column | column | …   (8-byte aligned)

import type { Population } from './population.ts';
import { FLAG_GROUPS } from './groups.ts';

const MAGIC = 'CAFCOL01';
export const COLUMNS_FORMAT = 'cnaf-population-columns/1';
/** A u8 column's code for "not derivable" (NaN in the Population). */
const MISSING = 255;

type ColumnType = 'u8' | 'f32';
interface ColumnHeader {
  name: string;
  type: ColumnType;
}
export interface ColumnsHeader {
  format: typeof COLUMNS_FORMAT;
  month: string;
  records: number;
  columns: ColumnHeader[];
}

const align8 = (n: number) => (n + 7) & ~7;
/** A column of small whole numbers fits a byte (gzip then finds its runs); any other is stored as float32. */
const fitsByte = (col: ArrayLike<number>) => {
  for (let i = 0; i < col.length; i++) {
    const x = col[i]!;
    if (!Number.isNaN(x) && !(Number.isInteger(x) && x >= 0 && x < MISSING)) return false;
  }
  return true;
};

/** The named columns of a population, in file order. */
function columnsOf(pop: Population): [string, ArrayLike<number>][] {
  return [
    ['weight', pop.weights],
    ['familyType', pop.familyType],
    ['incomeBand', pop.incomeBand],
    ...FLAG_GROUPS.map((g): [string, Uint8Array] => [`flag.${g}`, pop.flags[g]]),
    ...Object.entries(pop.features).map(([id, col]): [string, Float64Array] => [`feature.${id}`, col]),
  ];
}

/**
 * Writes a population's columns. Numbers that are not small whole numbers become float32: the
 * weights already are (foyers.bin stores them so); the other amounts and ratios then differ from
 * the household file's by less than 1e-7 relative, far below anything a score or a rank shows.
 */
export function encodeColumns(pop: Population): Uint8Array {
  const cols = columnsOf(pop).map(([name, col]) => {
    const type: ColumnType = name !== 'weight' && fitsByte(col) ? 'u8' : 'f32';
    const data = type === 'u8' ? Uint8Array.from(col, (x) => (Number.isNaN(x) ? MISSING : x)) : Float32Array.from(col);
    return { name, type, data };
  });
  const header: ColumnsHeader = {
    format: COLUMNS_FORMAT,
    month: pop.month,
    records: pop.size,
    columns: cols.map(({ name, type }) => ({ name, type })),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  let size = align8(12 + json.length);
  for (const c of cols) size = align8(size + c.data.byteLength);
  const out = new Uint8Array(size);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(8, json.length, true);
  out.set(json, 12);
  let at = align8(12 + json.length);
  for (const c of cols) {
    out.set(new Uint8Array(c.data.buffer, c.data.byteOffset, c.data.byteLength), at);
    at = align8(at + c.data.byteLength);
  }
  return out;
}

/** Reads a columns file into a Population; throws an Error naming what is wrong. */
export function decodeColumns(bytes: Uint8Array): Population {
  if (new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) throw new Error('not a population columns file');
  const buffer = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const length = new DataView(buffer.buffer, buffer.byteOffset).getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(buffer.subarray(12, 12 + length))) as ColumnsHeader;
  if (header.format !== COLUMNS_FORMAT) throw new Error(`unknown population columns format ${String(header.format)}`);
  const n = header.records;
  const raw = new Map<string, Uint8Array | Float32Array>();
  let at = align8(12 + length);
  for (const c of header.columns) {
    const Type = c.type === 'u8' ? Uint8Array : Float32Array;
    if (at + n * Type.BYTES_PER_ELEMENT > buffer.byteLength)
      throw new Error(`population columns truncated at ${c.name}`);
    raw.set(c.name, new Type(buffer.buffer as ArrayBuffer, buffer.byteOffset + at, n));
    at = align8(at + n * Type.BYTES_PER_ELEMENT);
  }
  const get = (name: string) => {
    const col = raw.get(name);
    if (!col) throw new Error(`population columns file has no column ${name}`);
    return col;
  };
  const bytesOf = (name: string) => {
    const col = get(name);
    if (!(col instanceof Uint8Array)) throw new Error(`population column ${name} is not one byte per record`);
    return col;
  };
  // The model path reads numbers, NaN when a variable cannot be derived.
  const numbers = (col: Uint8Array | Float32Array) =>
    col instanceof Uint8Array ? Float64Array.from(col, (x) => (x === MISSING ? NaN : x)) : Float64Array.from(col);
  const weights = Float64Array.from(get('weight'));
  const features: Record<string, Float64Array> = {};
  for (const c of header.columns)
    if (c.name.startsWith('feature.')) features[c.name.slice('feature.'.length)] = numbers(raw.get(c.name)!);
  return {
    month: header.month,
    size: n,
    weights,
    total: weights.reduce((a, b) => a + b, 0),
    familyType: bytesOf('familyType'),
    incomeBand: bytesOf('incomeBand'),
    flags: Object.fromEntries(FLAG_GROUPS.map((g) => [g, bytesOf(`flag.${g}`)])) as Population['flags'],
    features,
  };
}

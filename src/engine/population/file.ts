// The synthetic population's file (public/population/foyers.bin): a JSON header, then one typed
// column per household field, little-endian, each column 8-byte aligned so that it can be viewed
// in place without copying. Columnar so that gzip finds the runs (most fields are 0 most of the time).
//
//   "CAFPOP01" | uint32 header length | header JSON (padded) | column | column | …

import {
  ADULT_ACTIVITIES,
  CHILD_ACTIVITIES,
  HOUSING_STATUSES,
  NOT_CLAIMED_KEYS,
  type HousingZone,
  type Household,
} from '../../household/household.ts';

const MAGIC = 'CAFPOP01';
export const POPULATION_FORMAT = 'cnaf-population/1';

type ColumnType = 'u8' | 'u16' | 'u32' | 'f32';
const ARRAYS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, f32: Float32Array } as const;
type Column = Uint8Array | Uint16Array | Uint32Array | Float32Array;

/** Per-record columns (`children` columns have one value per child, records' children in record order). */
const RECORD_COLUMNS: [string, ColumnType][] = [
  ['weight', 'f32'],
  ['zone', 'u8'],
  ['adults', 'u8'],
  ['children', 'u8'],
  ...[0, 1].flatMap((k): [string, ColumnType][] => [
    [`a${k}Age`, 'u8'],
    [`a${k}Activity`, 'u8'],
    [`a${k}Earnings`, 'u16'],
    [`a${k}OtherIncome`, 'u16'],
    [`a${k}AahCents`, 'u32'],
  ]),
  ['rsaCents', 'u32'],
  ['primeActiviteCents', 'u32'],
  ['afCents', 'u32'],
  ['cfCents', 'u32'],
  ['housingAidCents', 'u32'],
  ['otherCents', 'u32'],
  ['housingStatus', 'u8'],
  ['rent', 'u16'],
  ['alimony', 'u16'],
  ['flags', 'u16'],
  ['rentChanges18m', 'u8'],
  ['monthsWorked12', 'u8'],
];
const CHILD_COLUMNS: [string, ColumnType][] = [
  ['childAge', 'u8'],
  ['childActivity', 'u8'],
];
/** The yes/no facts of a record, one bit each in `flags`, in this order. */
const FLAGS = [
  'guardianship',
  'priorityNeighbourhood',
  'pregnant',
  'separation12m',
  'adjustments24m',
  'otherParentMissing',
  ...NOT_CLAIMED_KEYS.map((k) => `notClaimed.${k}`),
];
const flagsOf = (h: Household): boolean[] => [
  h.guardianship,
  h.priorityNeighbourhood,
  h.pregnant,
  h.history.separation12m,
  h.history.adjustments24m,
  h.otherParentMissing,
  ...NOT_CLAIMED_KEYS.map((k) => h.notClaimed[k]),
];

export interface PopulationHeader {
  format: typeof POPULATION_FORMAT;
  /** Month of every household (YYYY-MM). */
  month: string;
  records: number;
  seed: number;
  columns: { name: string; type: ColumnType; length: number }[];
}

export interface PopulationFile {
  header: PopulationHeader;
  columns: Record<string, Column>;
  /** Index of each record's first child in the child columns. */
  childStart: Uint32Array;
}

/**
 * A record to write: the household and its weight. The format keeps what the model variables and the
 * groups read; an adult's earnings history, taxable income or stopped earnings are not kept.
 */
export interface PopulationRecord {
  household: Household;
  weight: number;
}

const cents = (x: number) => Math.round(x * 100);
const align8 = (n: number) => (n + 7) & ~7;

/** Encodes records (all of the same month) into the file's bytes. Deterministic: same records, same bytes. */
export function encodePopulation(records: PopulationRecord[], month: string, seed: number): Uint8Array {
  const n = records.length;
  const kids = records.reduce((s, r) => s + r.household.children.length, 0);
  const cols: Record<string, Column> = {};
  for (const [name, type] of RECORD_COLUMNS) cols[name] = new ARRAYS[type](n);
  for (const [name, type] of CHILD_COLUMNS) cols[name] = new ARRAYS[type](kids);
  let c = 0;
  records.forEach(({ household: h, weight }, i) => {
    const set = (name: string, v: number) => (cols[name]![i] = v);
    set('weight', weight);
    set('zone', h.housing.zone);
    set('adults', h.adults.length);
    set('children', h.children.length);
    h.adults.forEach((a, k) => {
      set(`a${k}Age`, a.age);
      set(`a${k}Activity`, ADULT_ACTIVITIES.indexOf(a.activity));
      set(`a${k}Earnings`, Math.round(a.earnings));
      set(`a${k}OtherIncome`, Math.round(a.otherIncome));
      set(`a${k}AahCents`, cents(a.aah));
    });
    const b = h.benefits;
    set('rsaCents', cents(b.rsa));
    set('primeActiviteCents', cents(b.primeActivite));
    set('afCents', cents(b.af));
    set('cfCents', cents(b.cf));
    set('housingAidCents', cents(b.housingAid));
    set('otherCents', cents(b.other));
    set('housingStatus', HOUSING_STATUSES.indexOf(h.housing.status));
    set('rent', Math.round(h.housing.rent));
    set('alimony', Math.round(h.alimony));
    set(
      'flags',
      flagsOf(h).reduce((f, bit, k) => f | (bit ? 1 << k : 0), 0),
    );
    set('rentChanges18m', h.history.rentChanges18m);
    set('monthsWorked12', h.history.monthsWorked12);
    for (const child of h.children) {
      cols.childAge![c] = child.age;
      cols.childActivity![c++] = CHILD_ACTIVITIES.indexOf(child.activity);
    }
  });
  const columns = [...RECORD_COLUMNS, ...CHILD_COLUMNS].map(([name, type]) => ({
    name,
    type,
    length: cols[name]!.length,
  }));
  const header: PopulationHeader = { format: POPULATION_FORMAT, month, records: n, seed, columns };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = align8(12 + json.length);
  let size = start;
  for (const col of columns) size = align8(size + cols[col.name]!.byteLength);
  const out = new Uint8Array(size);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(8, json.length, true);
  out.set(json, 12);
  let at = start;
  for (const col of columns) {
    const bytes = cols[col.name]!;
    out.set(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), at);
    at = align8(at + bytes.byteLength);
  }
  return out;
}

/** Reads the file's bytes (copied into an aligned buffer if needed); throws an Error naming what is wrong. */
export function decodePopulation(bytes: Uint8Array): PopulationFile {
  if (new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) throw new Error('not a population file');
  const buffer = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const length = new DataView(buffer.buffer, buffer.byteOffset).getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(buffer.subarray(12, 12 + length))) as PopulationHeader;
  if (header.format !== POPULATION_FORMAT) throw new Error(`unknown population format ${String(header.format)}`);
  const columns: Record<string, Column> = {};
  let at = align8(12 + length);
  for (const col of header.columns) {
    const Type = ARRAYS[col.type];
    if (at + col.length * Type.BYTES_PER_ELEMENT > buffer.byteLength)
      throw new Error(`population file truncated at ${col.name}`);
    columns[col.name] = new Type(buffer.buffer as ArrayBuffer, buffer.byteOffset + at, col.length);
    at = align8(at + col.length * Type.BYTES_PER_ELEMENT);
  }
  for (const [name] of [...RECORD_COLUMNS, ...CHILD_COLUMNS])
    if (!columns[name]) throw new Error(`population file has no column ${name}`);
  for (const [name] of RECORD_COLUMNS)
    if (columns[name]!.length !== header.records) throw new Error(`population column ${name} is not one per record`);
  const counts = columns.children!;
  const childStart = new Uint32Array(header.records);
  for (let i = 1; i < header.records; i++) childStart[i] = childStart[i - 1]! + counts[i - 1]!;
  const kids = header.records ? childStart[header.records - 1]! + counts[header.records - 1]! : 0;
  for (const [name] of CHILD_COLUMNS)
    if (columns[name]!.length !== kids) throw new Error(`population column ${name} is not one per child`);
  return { header, columns, childStart };
}

/** Record `i` as a household of the app's own format (amounts as computed by the law at build time). */
export function householdAt(file: PopulationFile, i: number): Household {
  const c = file.columns;
  const v = (name: string) => c[name]![i]!;
  const flag = (name: string) => (v('flags') & (1 << FLAGS.indexOf(name))) !== 0;
  const start = file.childStart[i]!;
  return {
    month: file.header.month,
    adults: Array.from({ length: v('adults') }, (_, k) => ({
      age: v(`a${k}Age`),
      activity: ADULT_ACTIVITIES[v(`a${k}Activity`)]!,
      earnings: v(`a${k}Earnings`),
      otherIncome: v(`a${k}OtherIncome`),
      aah: v(`a${k}AahCents`) / 100,
    })),
    children: Array.from({ length: v('children') }, (_, k) => ({
      age: c.childAge![start + k]!,
      activity: CHILD_ACTIVITIES[c.childActivity![start + k]!]!,
    })),
    benefits: {
      rsa: v('rsaCents') / 100,
      primeActivite: v('primeActiviteCents') / 100,
      af: v('afCents') / 100,
      cf: v('cfCents') / 100,
      housingAid: v('housingAidCents') / 100,
      other: v('otherCents') / 100,
    },
    housing: { status: HOUSING_STATUSES[v('housingStatus')]!, rent: v('rent'), zone: v('zone') as HousingZone },
    guardianship: flag('guardianship'),
    alimony: v('alimony'),
    priorityNeighbourhood: flag('priorityNeighbourhood'),
    pregnant: flag('pregnant'),
    // The amounts were computed by the law when the file was built, take-up applied: score them as they are.
    benefitsSource: 'declared',
    notClaimed: Object.fromEntries(
      NOT_CLAIMED_KEYS.map((k) => [k, flag(`notClaimed.${k}`)]),
    ) as unknown as Household['notClaimed'],
    otherParentMissing: flag('otherParentMissing'),
    history: {
      separation12m: flag('separation12m'),
      rentChanges18m: v('rentChanges18m'),
      monthsWorked12: v('monthsWorked12'),
      adjustments24m: flag('adjustments24m'),
    },
  };
}

// The prerendered state travels in the page as JSON: this keeps what plain JSON would lose (typed
// arrays, NaN, ±Infinity, -0), so that the page hydrates with exactly the values the build rendered.

type Typed = Float64Array | Float32Array | Int32Array | Int8Array | Uint8Array | Uint32Array | Int16Array | Uint16Array;
const TYPED: Record<string, new (values: number[]) => Typed> = {
  Float64Array,
  Float32Array,
  Int32Array,
  Int8Array,
  Uint8Array,
  Uint32Array,
  Int16Array,
  Uint16Array,
};
const TAG = '$pr';

function number(n: number): unknown {
  if (Number.isNaN(n)) return { [TAG]: 'NaN' };
  if (n === Infinity) return { [TAG]: 'Inf' };
  if (n === -Infinity) return { [TAG]: '-Inf' };
  if (Object.is(n, -0)) return { [TAG]: '-0' };
  return n;
}

/** JSON text for `value`; `<` is escaped so that the text can sit inside a `<script>` element. */
export function encodeState(value: unknown): string {
  const json = JSON.stringify(value, function (key, v: unknown) {
    // `this[key]` is the value before toJSON: a typed array, not its plain-object form.
    const raw = (this as Record<string, unknown>)[key];
    if (ArrayBuffer.isView(raw) && !(raw instanceof DataView))
      return { [TAG]: raw.constructor.name, v: Array.from(raw as Typed, (n) => number(n)) };
    return typeof v === 'number' ? number(v) : v;
  });
  return json.replace(/</g, '\\u003c');
}

/** The value `encodeState` wrote. Throws on text that is not JSON (the caller then renders afresh). */
export function decodeState<T>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) => {
    if (!v || typeof v !== 'object' || !(TAG in v)) return v;
    const tag = (v as Record<string, unknown>)[TAG];
    if (tag === 'NaN') return NaN;
    if (tag === 'Inf') return Infinity;
    if (tag === '-Inf') return -Infinity;
    if (tag === '-0') return -0;
    const make = typeof tag === 'string' && Object.hasOwn(TYPED, tag) ? TYPED[tag] : undefined;
    const values = (v as { v?: unknown }).v;
    return make && Array.isArray(values) ? new make(values as number[]) : v;
  }) as T;
}

// The rank tables' 16-bit levels as text. A table is sorted, so each level is the one before plus a
// step (0 on a plateau, small in the crowded middle, large in the tails); the steps are written in
// base 46 digits of one printable character each, the last digit of a step from one half of the
// alphabet and the others from the other half. Gzip then codes the characters by their frequency:
// about 210 KB for 300 tables of 1,001 levels, where the same levels in base64 took about 420 KB.

/** The 92 printable ASCII characters, space included, that need no escaping in a quoted JavaScript string. */
const ALPHABET = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
  .filter((c) => c !== "'" && c !== '\\' && c !== '"')
  .join('');
const BASE = 46;
const DIGIT = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

/** The steps of `tables` (sets × levels, each table non-decreasing from 0) as text. */
export function writeSteps(tables: ArrayLike<number>, levels: number): string {
  const out: string[] = [];
  for (let at = 0; at < tables.length; at += levels) {
    let prev = 0;
    for (let j = 1; j < levels; j++) {
      const v = tables[at + j]!;
      let d = v - prev;
      if (!(d >= 0) || !Number.isInteger(d)) throw new RangeError(`table ${at / levels} not sorted at level ${j}`);
      prev = v;
      const digits = [ALPHABET[d % BASE]!];
      for (d = Math.floor(d / BASE); d > 0; d = Math.floor(d / BASE)) digits.push(ALPHABET[BASE + (d % BASE)]!);
      out.push(digits.reverse().join(''));
    }
  }
  return out.join('');
}

/** Reads `sets` tables of `levels` levels back (level 0 is 0); throws when the text does not hold them. */
export function readSteps(text: string, sets: number, levels: number, max: number): Uint16Array {
  const q = new Uint16Array(sets * levels);
  let i = 0;
  for (let s = 0; s < sets; s++) {
    let level = 0;
    for (let j = 1; j < levels; j++) {
      let d = 0;
      for (;;) {
        const c = i < text.length ? DIGIT[text.charCodeAt(i++)] : -1;
        if (c === undefined || c < 0) throw new Error('ensemble tables truncated or damaged');
        if (c < BASE) {
          d = d * BASE + c;
          break;
        }
        d = d * BASE + c - BASE;
      }
      level += d;
      if (level > max) throw new Error(`ensemble table ${s} beyond its range`);
      q[s * levels + j] = level;
    }
  }
  if (i !== text.length) throw new Error('ensemble tables: text left over');
  return q;
}

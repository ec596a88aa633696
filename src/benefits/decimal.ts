// Exact decimal arithmetic for money and legal rates: a BigInt scaled by 10^12. Binary floats
// turn 622.63 × 1.5 into 933.944999…, which rounds to the wrong cent; this does not.

const DIGITS = 12;
const SCALE = 10n ** BigInt(DIGITS);

/** Rounds n / d to the nearest integer, halves away from zero. */
function divRound(n: bigint, d: bigint): bigint {
  const neg = n < 0n !== d < 0n;
  const a = n < 0n ? -n : n;
  const b = d < 0n ? -d : d;
  const q = (a + b / 2n) / b;
  return neg ? -q : q;
}

export class Dec {
  private constructor(readonly raw: bigint) {}

  static readonly ZERO = new Dec(0n);

  /** From a decimal string such as "622.63", "-0.5985" or "1e3". */
  static of(value: string | number): Dec {
    const s = typeof value === 'number' ? numberToString(value) : value.trim();
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
    if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new Error(`not a decimal number: ${s}`);
    const exp = Number(m[4] ?? 0);
    const frac = m[3] ?? '';
    let digits = BigInt((m[2] || '0') + frac);
    let shift = DIGITS - frac.length + exp;
    if (shift >= 0) digits *= 10n ** BigInt(shift);
    else digits = divRound(digits, 10n ** BigInt(-shift));
    return new Dec(m[1] === '-' ? -digits : digits);
  }

  plus(o: Dec): Dec {
    return new Dec(this.raw + o.raw);
  }
  minus(o: Dec): Dec {
    return new Dec(this.raw - o.raw);
  }
  times(o: Dec | string | number): Dec {
    return new Dec(divRound(this.raw * asDec(o).raw, SCALE));
  }
  div(o: Dec | string | number): Dec {
    const d = asDec(o).raw;
    if (d === 0n) throw new Error('division by zero');
    return new Dec(divRound(this.raw * SCALE, d));
  }
  cmp(o: Dec): -1 | 0 | 1 {
    return this.raw < o.raw ? -1 : this.raw > o.raw ? 1 : 0;
  }
  lt(o: Dec): boolean {
    return this.raw < o.raw;
  }
  gt(o: Dec): boolean {
    return this.raw > o.raw;
  }
  gte(o: Dec): boolean {
    return this.raw >= o.raw;
  }
  isZero(): boolean {
    return this.raw === 0n;
  }
  max(o: Dec): Dec {
    return this.raw >= o.raw ? this : o;
  }
  min(o: Dec): Dec {
    return this.raw <= o.raw ? this : o;
  }
  clamp(lo: Dec, hi: Dec): Dec {
    return this.max(lo).min(hi);
  }

  /** Rounded to the cent, halves away from zero (the usual rounding of amounts). */
  cents(): Dec {
    return new Dec(divRound(this.raw, SCALE / 100n) * (SCALE / 100n));
  }
  /** As a JavaScript number, for display and for the scoring model (exact to the cent after cents()). */
  toNumber(): number {
    return Number(this.toString());
  }
  toString(): string {
    const neg = this.raw < 0n;
    const s = (neg ? -this.raw : this.raw).toString().padStart(DIGITS + 1, '0');
    const int = s.slice(0, -DIGITS);
    const frac = s.slice(-DIGITS).replace(/0+$/, '');
    return `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
  }

  static sum(xs: Dec[]): Dec {
    return xs.reduce((a, b) => a.plus(b), Dec.ZERO);
  }
}

function asDec(v: Dec | string | number): Dec {
  return v instanceof Dec ? v : Dec.of(v);
}

/** The shortest decimal that reads back as `n`: what a person typed (1583.1951 stays 1583.1951). */
function numberToString(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  return String(n);
}

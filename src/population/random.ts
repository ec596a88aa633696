// A seeded random source for the population build: the same seed gives the same draws on every
// machine, so the same command writes the same file. Math.random is never used here.

/** Uniform numbers in [0, 1) from a 32-bit seed (mulberry32: small, fast, and good enough for sampling). */
export interface Random {
  next(): number;
  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A standard normal draw (Box–Muller). */
  normal(): number;
  /** The index of an outcome drawn with the given (not necessarily normalised) weights. */
  pick(weights: readonly number[]): number;
}

/** A random source seeded with `seed` (any integer; taken modulo 2^32). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    normal: () => {
      // 1 - u keeps the logarithm finite.
      const u = 1 - next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
    pick: (weights) => {
      const total = weights.reduce((a, b) => a + b, 0);
      let x = next() * total;
      for (let i = 0; i < weights.length; i++) {
        x -= weights[i]!;
        if (x < 0) return i;
      }
      return weights.length - 1;
    },
  };
}

// The embed's short explanation: the few terms that move the score most. With free weights only
// what holds whatever they are is said: a direction where every allowed weight agrees on it.

export type Way = 'up' | 'down' | 'either';

/** The `n` largest terms by absolute log-odds, largest first; terms that change nothing are left out. */
export function strongest<T extends { logodds: number }>(terms: readonly T[], n = 3): T[] {
  return terms
    .filter((t) => t.logodds !== 0 && Number.isFinite(t.logodds))
    .sort((a, b) => Math.abs(b.logodds) - Math.abs(a.logodds))
    .slice(0, n);
}

/**
 * From each term's range over the allowed weights (`lo`…`hi`, log-odds): the `n` with the widest
 * possible effect, each `up` or `down` only when the whole range is on that side of 0, else `either`.
 */
export function strongestByRange<T extends { lo: number; hi: number }>(
  terms: readonly T[],
  n = 3,
): (T & { way: Way })[] {
  return strongest(
    terms.map((t) => ({ t, logodds: Math.max(Math.abs(t.lo), Math.abs(t.hi)) })),
    n,
  ).map(({ t }) => ({
    ...t,
    way: t.lo >= 0 ? 'up' : t.hi <= 0 ? 'down' : 'either',
  }));
}

// The embed's short explanation: the few terms that move the score most, whatever their sign.

/** The `n` largest terms by absolute log-odds, largest first; terms that change nothing are left out. */
export function strongest<T extends { logodds: number }>(terms: readonly T[], n = 3): T[] {
  return terms
    .filter((t) => t.logodds !== 0 && Number.isFinite(t.logodds))
    .sort((a, b) => Math.abs(b.logodds) - Math.abs(a.logodds))
    .slice(0, n);
}

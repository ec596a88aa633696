// Exits 0 when node_modules does not hold what package-lock.json asks for (so `npm start` installs),
// 1 when it does. Compares contents, not dates: a fresh checkout makes the lock file look newer than
// an install that matches it. npm keeps what it installed in node_modules/.package-lock.json.
import { readFileSync } from 'node:fs';

const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};
const wanted = read('package-lock.json');
const installed = read('node_modules/.package-lock.json');
const pkgs = (lock) => Object.entries(lock?.packages ?? {}).filter(([path]) => path.startsWith('node_modules/'));
const same = (a, b) => a.version === b.version && (a.integrity ?? a.resolved) === (b.integrity ?? b.resolved);
/** Every installed package as locked, and every package the lock requires installed (other platforms' optional ones are not). */
const matches = (want, have) => {
  const w = new Map(pkgs(want));
  const h = new Map(pkgs(have));
  for (const [path, p] of h) if (!w.has(path) || !same(w.get(path), p)) return false;
  for (const [path, p] of w) if (!h.has(path) && !p.optional) return false;
  return true;
};
process.exit(!wanted || !installed || !matches(wanted, installed) ? 0 : 1);

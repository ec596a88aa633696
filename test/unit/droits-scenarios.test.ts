import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDroitsFile } from '../../src/formats/droits-file.ts';
import { currentRights } from '../../src/engine/rights.ts';

interface Scenario {
  name: string;
  input: unknown;
  expected: Record<string, number | string>;
  tolerance: { abs?: number; rel?: number };
  /** A vector where we hold OpenFisca wrong: `expected` is our reading, computed by hand from the article. */
  disagreement?: { openfisca: number; article: string; why: string };
}

const dir = new URL('../cases/droits/', import.meta.url);

/** Reads `a.b[2].c` in a plain object. */
function at(obj: unknown, path: string): unknown {
  return path.split(/\.|(?=\[)/).reduce<unknown>((o, key) => {
    const idx = /^\[(\d+)\]$/.exec(key);
    return o == null ? undefined : idx ? (o as unknown[])[Number(idx[1])] : (o as Record<string, unknown>)[key];
  }, obj);
}

for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const { source, scenarios } = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as {
    source: { title: string };
    scenarios: Scenario[];
  };
  describe(`${file} — ${source.title}`, () => {
    for (const s of scenarios) {
      it(s.name, () => {
        const input = decodeDroitsFile(s.input);
        if (!input.ok) throw new Error(JSON.stringify(input.errors));
        const report = currentRights(input.value);
        for (const [path, expected] of Object.entries(s.expected)) {
          const got = at(report, path);
          if (typeof expected === 'string') {
            expect(got, path).toBe(expected);
            continue;
          }
          expect(typeof got, path).toBe('number');
          const margin = s.tolerance.abs ?? (s.tolerance.rel ?? 0) * Math.abs(expected);
          expect(
            Math.abs((got as number) - expected),
            `${path}: got ${got}, expected ${expected} ± ${margin}`,
          ).toBeLessThanOrEqual(margin + 1e-9);
          if (s.disagreement) {
            expect(s.disagreement.article, 'a known disagreement cites its article').toMatch(/\b[LRD]\d{3}-\d+/);
            expect(
              Math.abs((got as number) - s.disagreement.openfisca),
              `${path}: a known disagreement (${s.disagreement.article}) that no longer differs from OpenFisca`,
            ).toBeGreaterThan(0.01);
          }
        }
      });
    }
  });
}

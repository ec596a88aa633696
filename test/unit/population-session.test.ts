// The worker-side session over the population file, and the rule that the page never loads it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultHousehold, shippedModels } from '../../src/engine/index.ts';
import { encodePopulation } from '../../src/engine/population/file.ts';
import { populationSession, scoreHistogram } from '../../src/engine/population/session.ts';
import { ownParameters } from '../../src/engine/population/draws.ts';

describe('the population session', () => {
  const a = { ...defaultHousehold('2026-06'), benefitsSource: 'declared' as const };
  const b = { ...a, priorityNeighbourhood: true, benefits: { ...a.benefits, rsa: 300 } };
  const session = populationSession(
    encodePopulation(
      [
        { household: a, weight: 3 },
        { household: b, weight: 1 },
      ],
      '2026-06',
      1,
    ),
  );
  const model = shippedModels().find((m) => m.id === 'cnaf-2014')!;

  it('bins the weighted scores on [0, 1]', () => {
    expect(scoreHistogram([0, 0.24, 0.5, 1], [1, 2, 3, 4], 4)).toEqual({
      edges: [0, 0.25, 0.5, 0.75, 1],
      households: [3, 0, 3, 4],
    });
    const h = session.histogram(model, 10);
    expect(h.households.reduce((x, y) => x + y, 0)).toBe(4);
  });

  it('answers rank and controlled group under the model’s own weights when no draws are given', () => {
    // One household of weight 1 controlled: the higher-scored one (RSA and QPV raise the 2014 score).
    const c = session.controlled(model, { count: 1 });
    expect(c.draws).toBe(1);
    expect(c.groups.find((g) => g.group === 'qpv')!.controlled.median).toBe(1);
    const r = session.rank(model, b, { count: 1 });
    // b: 3 households below, itself tied → (3 + 0.5) / 4.
    expect(r.percentile.median).toBeCloseTo(0.875, 12);
    expect(r.controlledInShare).toBe(1);
  });

  it('stops when the progress callback says so: the ranges cover the draws done', () => {
    const own = ownParameters(model);
    const draws = new Float64Array(3 * own.length);
    for (let k = 0; k < 3; k++) draws.set(own, k * own.length);
    const seen: [number, number][] = [];
    const c = session.controlled(model, { count: 1 }, draws, (done, total) => {
      seen.push([done, total]);
      return done < 2;
    });
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
    ]);
    expect(c.draws).toBe(2);
  });
});

describe('loading', () => {
  const root = new URL('../../src/', import.meta.url).pathname;
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
  const page = ['main.ts', 'ui', 'embed', 'state', 'charts', 'worker', 'i18n'].flatMap((d) =>
    statSync(join(root, d)).isDirectory() ? files(join(root, d)) : [join(root, d)],
  );
  /** The population view's own files: reached only through a dynamic import() (checked below). */
  const own = (f: string) => /(^|\/)(population|Population|Distribution)[^/]*$/.test(f);

  it('is lazy: nothing the page or the embed runs at start imports the population view statically', () => {
    // Code, not types: `import type` carries nothing into a bundle.
    const staticImport = /^\s*(import|export)\s(?!type\s)[^;]*?from\s*['"][^'"]*(population|Population)[^'"]*['"]/m;
    for (const f of page.filter((f) => !own(f))) expect(readFileSync(f, 'utf8'), f).not.toMatch(staticImport);
    const app = readFileSync(join(root, 'ui/App.svelte'), 'utf8');
    expect(app).toMatch(/import\('\.\/panels\/PopulationPanel\.svelte'\)/);
    const api = readFileSync(join(root, 'worker/api.ts'), 'utf8');
    expect(api).toMatch(/import\('\.\/population\.ts'\)/);
    // index.html loads nothing of it (its comment may name it).
    expect(readFileSync(new URL('../../index.html', import.meta.url), 'utf8')).not.toMatch(
      /(src|href)=["'][^"']*population/,
    );
  });
});

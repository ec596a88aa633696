// The population section of `npm run bench` (Node only; also `npx tsx test/bench/population.ts`):
// load, one full scoring on the compiled batch path, one draw of the controlled group, 200 draws,
// and the memory the population holds. Prints medians; asserts nothing.

import { readFileSync } from 'node:fs';
import { compileModel, shippedModels } from '../../src/engine/index.ts';
import { loadPopulation, populationRows, selectControlled, composition } from '../../src/engine/population.ts';
import { compositionOverDraws, ownParameters } from '../../src/engine/population-draws.ts';

const FILE = new URL('../../public/population/foyers.bin', import.meta.url);
const MB = 1024 * 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (f: () => void, runs: number) =>
  median(
    Array.from({ length: runs }, () => {
      const t = performance.now();
      f();
      return performance.now() - t;
    }),
  );
const line = (label: string, value: string, target = '') =>
  console.log(`${label.padEnd(52)} ${value.padStart(16)}  ${target}`);

/** Memory held (JS heap + typed arrays), after a collection when node runs with --expose-gc. */
function held(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

export function benchPopulation(): void {
  console.log('\n== Population (Node) ==');
  const bytes = new Uint8Array(readFileSync(FILE));
  line('RSS before loading (Node, tsx, the engine)', `${(process.memoryUsage().rss / MB).toFixed(0)} MB`);
  const before = held();
  let t = performance.now();
  const pop = loadPopulation(bytes);
  line('load 100,000 records (decode + features)', `${(performance.now() - t).toFixed(0)} ms`);
  const model = shippedModels().find((m) => m.id === 'dmde-2026-modele-1')!;
  t = performance.now();
  const rows = populationRows(pop, model);
  line('rows for one model (once per model)', `${(performance.now() - t).toFixed(0)} ms`);
  const compiled = compileModel(model);
  const out = new Float64Array(pop.size);
  line(
    `score ${pop.size} records, compiled (median of 21)`,
    `${time(() => compiled.scoreRows(rows, out), 21).toFixed(2)} ms`,
    'target ≤ 20 ms',
  );
  line(
    'controlled group + composition, one draw (median of 11)',
    `${time(() => composition(pop, selectControlled(out, pop.weights, { count: 166_000 })), 11).toFixed(1)} ms`,
  );
  const own = ownParameters(model);
  const draws = new Float64Array(200 * own.length);
  for (let k = 0; k < 200; k++)
    draws.set(
      own.map((w, j) => w * (1 + 0.1 * Math.sin(k + j))),
      k * own.length,
    );
  t = performance.now();
  compositionOverDraws(pop, model, draws, { count: 166_000 }, { rows });
  line(
    '200 draws: score + controlled group + composition',
    `${((performance.now() - t) / 1000).toFixed(2)} s`,
    'target ≤ 5 s',
  );
  line(
    'memory held by the population and one model’s rows',
    `${((held() - before) / MB).toFixed(1)} MB`,
    'target ≤ 150 MB (worker)',
  );
  line('peak RSS of this process', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

if (import.meta.url === `file://${process.argv[1]}`) benchPopulation();

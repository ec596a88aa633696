// The "model import" section of the benchmark: how long a large coefficient table or JSON model
// takes to load in Node. Run alone with `npx tsx test/bench/model-import.ts`, or within `npm run bench`.

import { loadModelText, shippedModels } from '../../src/engine/index.ts';

/** A table of `n` boolean variables, one row each, as a published table of dummies looks. */
export function booleanTable(n: number): string {
  const rows = ['variable,level,coefficient', 'intercept,,-1'];
  for (let i = 0; i < n; i++) rows.push(`v${i},1,${(i % 97) / 1000}`);
  return rows.join('\n') + '\n';
}

/** A table of one categorical variable with `n` levels (the reference level left out). */
export function categoricalTable(n: number): string {
  const rows = ['variable,level,coefficient', 'intercept,,-1'];
  for (let i = 0; i < n; i++) rows.push(`region,r${i},${(i % 89) / 1000}`);
  return rows.join('\n') + '\n';
}

/** A table of `n` boolean rows, each citing its own source, as a table with a reference per weight. */
export function sourcedTable(n: number): string {
  const rows = ['variable,level,coefficient,status,source', 'intercept,,-1,reported,https://example.org/0'];
  for (let i = 0; i < n; i++) rows.push(`v${i},1,${(i % 97) / 1000},reported,https://example.org/${i + 1}`);
  return rows.join('\n') + '\n';
}

/** A model file of `n` boolean variables, pretty-printed as an editor saves it. */
export function jsonModel(n: number): string {
  const num = (value: number) => ({ value, status: 'placeholder', source: 's' });
  return JSON.stringify(
    {
      format: 'cnaf-score-model/1',
      id: 'big',
      title: 'Big',
      publisher: 'bench',
      target: 'bench',
      sources: { s: { title: 'bench' } },
      link: 'logit',
      intercept: num(-1),
      variables: Array.from({ length: n }, (_, i) => ({
        id: `v${i}`,
        label: `Variable ${i}`,
        labelStatus: 'placeholder',
        source: 's',
        type: 'boolean',
        coefficient: num((i % 97) / 1000),
      })),
    },
    null,
    2,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Median wall-clock and CPU time of `runs` loads of `text` (CPU time says more on a shared machine);
 * throws if the file does not load, so that a figure is never the time of a failure.
 */
function time(text: string, file: string, runs: number): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const m = loadModelText(text, file, shippedModels());
    const c = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
    if (!m.ok) throw new Error(`${file} does not load: ${JSON.stringify(m.errors.slice(0, 3))}`);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/** Prints one line per file: size and median load time. */
export function benchModelImport(line: (label: string, value: string, target?: string) => void, runs = 5): void {
  const kb = (s: string) => `${(s.length / 1024).toFixed(0)} KB`;
  const files: Array<[string, string, string]> = [
    ['table, 5,000 boolean rows', booleanTable(5000), 't.csv'],
    ['table, 10,000 boolean rows', booleanTable(10_000), 't.csv'],
    ['table, one variable of 5,000 levels', categoricalTable(5000), 't.csv'],
    ['table, one variable of 10,000 levels', categoricalTable(10_000), 't.csv'],
    ['table, 10,000 rows each citing its own source', sourcedTable(10_000), 't.csv'],
    ['table, 130,000 boolean rows (about 2 MB)', booleanTable(130_000), 't.csv'],
    ['JSON model, 5,000 variables', jsonModel(5000), 'm.json'],
    ['JSON model, 7,500 variables (about 2 MB)', jsonModel(7500), 'm.json'],
  ];
  for (const [label, text, file] of files) {
    const t = time(text, file, runs);
    line(`${label} (${kb(text)})`, `${t.wall.toFixed(0)} ms`, `CPU ${t.cpu.toFixed(0)} ms; target < 1000 ms for 2 MB`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('\n== Model import (Node, this machine, median of 5) ==');
  benchModelImport((label, value, target = '') => console.log(`${label.padEnd(52)} ${value.padStart(16)}  ${target}`));
}

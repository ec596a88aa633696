// Amsterdam's Slimme Check (binned EBM terms, ~1,100 bins a model): scoring one profile, and
// `score --jsonl` on 16,384 profiles (the size of Lighthouse Reports' published grid) made by
// repeating and perturbing the 259 published ones. Targets: < 1 ms a profile, ≤ 5 s the file.

import { readFileSync } from 'node:fs';
import { checkFeatures, score } from '../../src/engine/index.ts';
import { binnedModels } from '../../src/engine/registry-binned.ts';
import { readCsv } from '../../src/formats/csv.ts';
import { main } from '../../src/cli/score.ts';
import { memoryIo } from '../../src/cli/io.ts';

type Line = (label: string, value: string, target?: string) => void;

/** The 259 published profiles as feature objects (the scores and source columns left out). */
export function publishedProfiles(): Record<string, number>[] {
  const text = readFileSync(new URL('../cases/amsterdam/test-vectors.csv', import.meta.url), 'utf8');
  const [header, ...rows] = readCsv(text).rows;
  const drop = new Set(['row_in_source', 'original_model_score', 'reweighted_model_score', 'source_url']);
  return rows.map((r) =>
    Object.fromEntries(header!.cells.flatMap((h, j) => (drop.has(h) ? [] : [[h, Number(r.cells[j])]]))),
  );
}

/** `n` JSONL lines: the published profiles in turn, the continuous ones moved by a deterministic step. */
export function jsonlLines(n = 16_384): string {
  const base = publishedProfiles();
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = { ...base[i % base.length]! };
    const k = Math.floor(i / base.length);
    p.total_vermogen! += (k % 7) * 1000 - 3000;
    p.days_since_last_relocation! += k % 11;
    p.afspraken_no_show_count_last_year = (p.afspraken_no_show_count_last_year! + k) % 5;
    out.push(JSON.stringify({ id: i, features: p }));
  }
  return out.join('\n') + '\n';
}

export async function benchAmsterdam(line: Line): Promise<void> {
  const model = binnedModels()[0]!;
  const f = checkFeatures(model, publishedProfiles()[0]);
  if (!f.ok) throw new Error('profile');
  const runs = 20_000;
  score(model, f.value);
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) score(model, f.value);
  line(
    'Slimme Check: score() of one profile, contributions',
    `${(((performance.now() - t0) / runs) * 1000).toFixed(1)} µs`,
    'target < 1 ms',
  );
  const text = jsonlLines();
  const walls: number[] = [];
  for (let run = 0; run < 3; run++) {
    const io = memoryIo({ 'profiles.jsonl': text });
    const t = performance.now();
    const code = await main(['--model', model.id, '--jsonl', 'profiles.jsonl'], io);
    walls.push(performance.now() - t);
    if (code !== 0) throw new Error(io.err);
  }
  walls.sort((a, b) => a - b);
  line(
    'Slimme Check: score --jsonl, 16,384 profiles (median of 3)',
    `${(walls[1]! / 1000).toFixed(2)} s`,
    'target ≤ 5 s',
  );
}

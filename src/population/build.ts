// The synthetic population, end to end and pure: draw candidates, keep the allocataires, compute
// their rights by the law, rake the weights on the published margins, encode the file. The Node
// script (scripts/population-build.ts) only reads the margins and writes the outputs.

import { encodePopulation, type PopulationRecord } from '../engine/population/file.ts';
import { smicNet } from '../engine/features.ts';
import { computeBenefits } from './benefits.ts';
import { drawCandidate } from './draw.ts';
import { partitionsFor, reproduced, targetCount, totalOf, type Margin } from './margins.ts';
import { seededRandom } from './random.ts';
import { rake } from './rake.ts';

/** The month of every household: December 2024, that of the latest counts (RSA, prime d'activité, housing aid). */
export const POPULATION_MONTH = '2024-12';
export const DEFAULT_RECORDS = 100_000;
export const DEFAULT_SEED = 20240166;

export interface BuildOptions {
  records: number;
  seed: number;
  margins: Margin[];
  month?: string;
  /** Called every 1 000 records kept. */
  progress?: (kept: number) => void;
}

export interface MarginCheck {
  margin: string;
  class: string;
  kind: 'count' | 'share';
  /** The published value (count, or share in %). */
  target: number;
  /** What the weighted population gives, read back from the encoded weights. */
  reproduced: number;
  /** Before raking (equal weights), for the provenance card. */
  unweighted: number;
}

export interface BuildResult {
  bytes: Uint8Array;
  records: PopulationRecord[];
  candidates: number;
  iterations: number;
  checks: MarginCheck[];
  weightRange: { min: number; max: number; ratio: number };
}

/** Builds the population. Same options, same bytes. */
export function buildPopulation({
  records: n,
  seed,
  margins,
  month = POPULATION_MONTH,
  progress,
}: BuildOptions): BuildResult {
  const rng = seededRandom(seed);
  const smic = smicNet(month);
  const kept: PopulationRecord[] = [];
  let candidates = 0;
  while (kept.length < n) {
    candidates++;
    const h = drawCandidate(rng, month, smic);
    if (!computeBenefits(h, rng)) continue;
    kept.push({ household: h, weight: 0 });
    if (kept.length % 1000 === 0) progress?.(kept.length);
  }
  const households = kept.map((r) => r.household);
  const total = totalOf(margins);
  const equal = new Float64Array(n).fill(total / n);
  const raked = rake(equal, partitionsFor(margins, households));
  // The file stores 32-bit weights: check the margins on what the file will hold.
  const stored = Float32Array.from(raked.weights);
  kept.forEach((r, i) => (r.weight = stored[i]!));
  const checks = margins.map((m) => ({
    margin: m.margin,
    class: m.class,
    kind: m.kind,
    target: m.kind === 'share' ? m.value : targetCount(margins, m),
    reproduced: reproduced(m, households, stored),
    unweighted: reproduced(m, households, equal),
  }));
  let min = Infinity;
  let max = 0;
  for (const w of stored) [min, max] = [Math.min(min, w), Math.max(max, w)];
  return {
    bytes: encodePopulation(kept, month, seed),
    records: kept,
    candidates,
    iterations: raked.iterations,
    checks,
    weightRange: { min, max, ratio: max / min },
  };
}

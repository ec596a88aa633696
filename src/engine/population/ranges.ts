// The ranges of the population view's answers over weight draws: pure and small, so that the page
// gathers the draws it asks for a chunk at a time (progress, cancel) and shows their ranges without
// the rest of the engine, which scores the draws in the worker (population-draws.ts, population-chunk.ts).

import type { GroupShare } from './population.ts';

/**
 * The 2024 data-mining controls: 166,000 of the 13.8 million households scored each month
 * (facts/cnaf/population.csv, controls_from_datamining, moneyvox.fr 2024; allocataire_households).
 */
export const DEFAULT_CONTROLS = 166_000;

/** Quantiles of a set of values: low (5 %), median, high (95 %), with the extremes. */
export interface Range {
  low: number;
  median: number;
  high: number;
  min: number;
  max: number;
}

/** The range of `values` (nearest-rank quantiles, so every bound is one of the values). */
export function rangeOf(values: readonly number[]): Range {
  const s = [...values].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? NaN;
  return { low: q(0.05), median: q(0.5), high: q(0.95), min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN };
}

export interface RankRanges {
  draws: number;
  /** The household's percentile (0–1) under each draw, as a range. */
  percentile: Range;
  /** Share of the draws under which the household would be controlled at the threshold. */
  controlledInShare: number;
  /** Its own score under each draw. */
  score: Range;
}

/** A household's standing under each draw, one entry per draw done: what the page gathers chunk by chunk. */
export interface RankDraws {
  percentile: number[];
  /** 1 when the household would be controlled under that draw. */
  controlled: number[];
  score: number[];
}

/** The ranges of a household's standing over draws (gathered in one call or in chunks). */
export function rankRanges(d: RankDraws): RankRanges {
  const n = d.percentile.length;
  return {
    draws: n,
    percentile: rangeOf(d.percentile),
    controlledInShare: n ? d.controlled.reduce((a, b) => a + b, 0) / n : NaN,
    score: rangeOf(d.score),
  };
}

export interface GroupRanges extends Omit<GroupShare, 'controlled' | 'ratio'> {
  controlled: Range;
  ratio: Range;
}

export interface CompositionRanges {
  draws: number;
  /** Weighted count controlled. */
  controlled: number;
  cutScore: Range;
  groups: GroupRanges[];
}

/** The controlled group under each draw done: its composition and its cut score. */
export interface CompositionDraws {
  /** Weighted count controlled (the same for every draw: the threshold's). */
  controlled: number;
  cutScore: number[];
  runs: GroupShare[][];
}

/** The ranges of the controlled group's composition over draws (gathered in one call or in chunks). */
export function compositionRanges(d: CompositionDraws): CompositionRanges {
  const groups = (d.runs[0] ?? []).map((g, j) => ({
    group: g.group,
    level: g.level,
    population: g.population,
    controlled: rangeOf(d.runs.map((r) => r[j]!.controlled)),
    ratio: rangeOf(d.runs.map((r) => r[j]!.ratio)),
  }));
  return { draws: d.runs.length, controlled: d.controlled, cutScore: rangeOf(d.cutScore), groups };
}

export interface ChunkDraws {
  rank: RankDraws;
  composition: CompositionDraws;
}

/** Chunks gathered in order, as one answer. */
export function gatherChunks(chunks: readonly ChunkDraws[]): ChunkDraws {
  return {
    rank: {
      percentile: chunks.flatMap((c) => c.rank.percentile),
      controlled: chunks.flatMap((c) => c.rank.controlled),
      score: chunks.flatMap((c) => c.rank.score),
    },
    composition: {
      controlled: chunks.at(-1)?.composition.controlled ?? 0,
      cutScore: chunks.flatMap((c) => c.composition.cutScore),
      runs: chunks.flatMap((c) => c.composition.runs),
    },
  };
}

/** The ranges of gathered draws. */
export const chunkRanges = (d: ChunkDraws): { rank: RankRanges; composition: CompositionRanges } => ({
  rank: rankRanges(d.rank),
  composition: compositionRanges(d.composition),
});

// What the page needs to gather the population's per-draw answers into ranges (pure, small): the
// page asks for draws a chunk at a time and shows the ranges of the draws done so far.
export { chunkRanges, gatherChunks, type ChunkDraws } from '../engine/population-chunk.ts';
export type { CompositionRanges, GroupRanges, Range, RankRanges } from '../engine/population-draws.ts';
export { DEFAULT_CONTROLS } from '../engine/population.ts';

// What a printed handout needs for each household, asked once for a list (pins, then the class):
// its evaluation (reasons with fixed weights, rights) and its explorer cell (the band of what the
// model predicts and each term's range, for the reasons with free weights). No pairwise comparison.

import type { Evaluation, ExplorerCell } from '../engine/index.ts';
import type { Household } from '../household/household.ts';
import type { Engine } from '../worker/client.ts';

export interface HandoutData {
  evaluation: Evaluation | null;
  cell?: ExplorerCell;
}

/** Households per explorer call (a pinned list's size). */
const CHUNK = 6;

/**
 * A household whose call failed is left without it, and the others go on: a call lost with its worker
 * (forty households keep it busy, and a call can outlast its deadline on a loaded machine) has already
 * been sent once more to the replacement by the engine's supervisor.
 */
const orNothing = <T>(f: () => Promise<T>): Promise<T | undefined> => f().catch(() => undefined);

/** One household after another, so that the page's own requests (an edit's view) pass in between. */
export async function handoutData(
  engine: Engine | undefined,
  modelId: string,
  households: Household[],
): Promise<HandoutData[]> {
  if (!engine || !households.length) return [];
  const evaluations: (Evaluation | null)[] = [];
  for (const household of households)
    evaluations.push((await orNothing(() => engine.api.evaluate({ id: 0, modelId, household })))?.evaluation ?? null);
  // The explorer in chunks: each call stays well inside the time a worker gets before it is called hung.
  const cells: (ExplorerCell | undefined)[] = [];
  for (let at = 0; at < households.length; at += CHUNK) {
    const chunk = households.slice(at, at + CHUNK);
    const view = await orNothing(() =>
      engine.api.explore({ id: 0, modelIds: [modelId], households: chunk, sweepFields: [], pairs: [] }),
    );
    const found = view?.answer.ok ? view.answer.value.cells : [];
    cells.push(...chunk.map((_, i) => found.find((c) => c.household === i)));
  }
  return evaluations.map((evaluation, i) => ({ evaluation, cell: cells[i] }));
}

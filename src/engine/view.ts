// Everything the page shows for one edit, from one request: the household decoded once, its law run
// once (the evaluation's variables feed the explorer's cells), the score with its contributions,
// rights and sweep, then the ranges (household and pinned ones under the current model), the other
// models' ranges and, when their panel is open, the sensitivity curves. The worker, the build's
// prerender, the page's first paint and the embed all call this, so they cannot drift apart.

import { decodeHousehold, type DecodedHousehold } from '../formats/household.ts';
import type { Household } from '../household/household.ts';
import { problem, type Problem } from '../problems/index.ts';
import { evaluateDecoded, type Evaluation } from './evaluate.ts';
import { foldScore } from './fold.ts';
import { EXPLORER_SAMPLES, RobustContext, type ExplorerCell, type ExplorerView } from './robust/explorer.ts';
import type { Model } from './types.ts';
import type { HeadlineView } from './calibration/headline.ts';
import type { SingleParentReading } from './calibration/targets.ts';

export interface ViewRequest {
  /** The household as typed (raw): decoded and checked here, once. */
  household: unknown;
  modelId: string;
  /** The pinned households (raw), compared with the household under the current model. */
  pins?: unknown[];
  /** Other models to range the household under (the side-by-side view); none when empty. */
  others?: string[];
  /** The sensitivity curves to draw (the panel is open); none when empty. */
  sweepFields?: string[];
  samples?: number;
  seed?: number;
  /**
   * The household's headline over the model's ensembles, asked in the same request (after the
   * score): the targets switched on (null: the defaults) and the reading of the 36 %. Absent: not asked.
   */
  headline?: { use: readonly string[] | null; reading: SingleParentReading; wait?: boolean };
}

/**
 * The headline as the view answers it: the lookup, or why there is none (`not-calibrated`: offer to
 * calibrate; `loading`: the ensembles were not loaded yet and the request did not ask to `wait`, so
 * that the first edit's ranges do not wait seconds for them: the page asks once more, waiting).
 */
export type ViewHeadline = { ok: true; value: HeadlineView } | { ok: false; reason: string };

export interface ViewResult {
  /** The score, contributions (folded as the page lists them), rights and earnings sweep. */
  evaluation: Evaluation;
  /** Cells and comparisons of the household (index 0) and the pins under the current model; null when it cannot be scored. */
  explorer: ExplorerView | null;
  /** The household's cell under each of `others` (cards left out). */
  others: ExplorerCell[];
  /** The household's sensitivity curves under the current model. */
  sweeps: ExplorerView['sweeps'];
  /** Asked (`req.headline`) and the engine can look it up: the calibrated and prior headlines; else absent. */
  headline?: ViewHeadline;
}

/** Where the engine looks a headline up (the worker's lazily loaded ensembles); none in the page's engines. */
export type HeadlineLookup = (req: {
  modelId: string;
  household: unknown;
  use: readonly string[] | null;
  reading: SingleParentReading;
  wait: boolean;
}) => Promise<ViewHeadline>;

/** What a test may count or replace: the one decoder of the request's households. */
export interface ViewDeps {
  decode?: (raw: unknown) => DecodedHousehold;
}

/** A request's draw count, bounded where a call answers in well under a second. */
export const boundedDraws = (n: number | undefined, fallback = EXPLORER_SAMPLES, max = 10_000) =>
  Number.isInteger(n) && n! >= 1 ? Math.min(n!, max) : fallback;

const unknownModel = (id: string): Problem => problem('error', 'model', 'engine.unknownModel', { id });

/**
 * The view in two phases: the generator yields the evaluation first (the score must be on screen
 * fast), then returns the whole view. `view` runs it through; the worker sends the first phase ahead.
 */
export function* viewPhases(
  models: ReadonlyMap<string, Model>,
  req: ViewRequest,
  ctx: RobustContext,
  deps: ViewDeps = {},
): Generator<Evaluation, ViewResult, void> {
  const decode = deps.decode ?? ((raw: unknown) => decodeHousehold(raw));
  const model = models.get(req.modelId);
  const decoded = decode(req.household);
  const raw: Evaluation = model
    ? evaluateDecoded(model, decoded)
    : { ok: false, errors: [unknownModel(req.modelId)], warnings: [] };
  // The page lists at most LISTED_CONTRIBUTIONS rows: fold the rest here, before the reply is copied.
  const evaluation: Evaluation = raw.ok ? { ...raw, score: foldScore(raw.score) } : raw;
  yield evaluation;
  if (!raw.ok || !model) return { evaluation, explorer: null, others: [], sweeps: [] };

  const household = raw.household;
  // The law ran once, in evaluateDecoded: the explorer reads its variables instead of running it again.
  ctx.features.remember(household, raw.features);
  const samples = boundedDraws(req.samples);
  const seed = req.seed;
  const pins = (req.pins ?? []).map(decode);
  const pinsOk = pins.every((p) => !p.errors.length);
  const households: Household[] = [household, ...pins.map((p) => p.household)];
  const sweepFields = req.sweepFields ?? [];
  // Curves for the household alone; the pinned ones have none.
  const main = pinsOk
    ? ctx.explore([model], households, { samples, ...(seed === undefined ? {} : { seed }), sweepFields, sweepOf: [0] })
    : null;
  const sweeps = main?.sweeps ?? [];
  const explorer = main ? { ...main, sweeps: [] } : null;
  const otherModels = (req.others ?? [])
    .filter((id) => id !== model.id)
    .map((id) => models.get(id))
    .filter((m): m is Model => m?.kind === 'model');
  const others = otherModels.length
    ? ctx.explore(otherModels, [household], {
        samples,
        ...(seed === undefined ? {} : { seed }),
        sweepFields: [],
        pairs: [],
      }).cells
    : [];
  return { evaluation, explorer, others, sweeps };
}

/** Everything the page shows for `req`, in one call. */
export function view(
  models: ReadonlyMap<string, Model>,
  req: ViewRequest,
  ctx: RobustContext = new RobustContext(),
  deps: ViewDeps = {},
): ViewResult {
  const phases = viewPhases(models, req, ctx, deps);
  let step = phases.next();
  while (!step.done) step = phases.next();
  return step.value;
}

/** The first phase, sent ahead of the ranges (from the worker, as its own message: worker/phase.ts). */
export type OnScore = (evaluation: Evaluation) => unknown;

/**
 * `view` as an engine answers the page (the worker, the embed's engine in the page): the score goes
 * back first through `onScore`, then the whole view. The ranges follow in the same task, without
 * waiting for the page: an engine that stops between the two would leave a call without its reply.
 */
export function viewCall(models: ReadonlyMap<string, Model>, ctx: RobustContext, lookup?: HeadlineLookup) {
  return async (req: ViewRequest, onScore?: OnScore): Promise<ViewResult> => {
    const phases = viewPhases(models, req, ctx);
    let step = phases.next();
    if (!step.done && onScore) {
      // Sent now, not awaited; a page that cannot take it still gets the score in the reply.
      try {
        void Promise.resolve(onScore(step.value)).catch(() => undefined);
      } catch {
        // the same: the reply carries the score
      }
    }
    while (!step.done) step = phases.next();
    const result = step.value;
    // The headline after the ranges, in the same reply: one request per edit still.
    if (!lookup || !req.headline || !result.evaluation.ok) return result;
    const { use, reading, wait = false } = req.headline;
    let headline: ViewHeadline;
    try {
      headline = await lookup({ modelId: req.modelId, household: req.household, use, reading, wait });
    } catch (e) {
      headline = { ok: false, reason: e instanceof Error ? e.message : 'unavailable' };
    }
    return { ...result, headline };
  };
}

// The population view's state, local to its panel: the threshold the user chose, the overview (the
// distribution and the placeholder example), and the weight draws asked a chunk at a time, so that
// the page shows progress, stays responsive and can stop them. The population stays in the engine.

import { populationUrl } from './module-urls.ts';
import type { Engine } from '../worker/client.ts';
import type { PopulationFailure, PopulationOverview, PopulationRequest } from '../worker/population.ts';
export type { PopulationFailure, ProvenanceCard } from '../worker/population.ts';
import {
  chunkRanges,
  DEFAULT_CONTROLS,
  gatherChunks,
  type ChunkDraws,
  type RankRanges,
} from '../engine/population/ranges.ts';
import type { EnsembleKind } from '../engine/calibration/ensemble.ts';
import type { CalibrationFailure, PopulationViewAnswer, TargetsAsk } from '../worker/calibration-types.ts';
import type { Headline } from '../engine/calibration/headline.ts';

/** Weight sets drawn within the plausible ranges: the 200, about 2 s in a worker. */
export const POPULATION_SAMPLES = 200;
/** The explorer's seed (robust/sampler.ts DEFAULT_SEED), so that the CLIs give the same ranges. */
const SEED = 20260115;
/**
 * Draws per call: 10–40 ms each in a worker (idle to loaded machine), so a chunk keeps the engine
 * busy 0.05–0.2 s: an edit's evaluation queued behind it stays well inside its 600 ms warm deadline
 * (worker/deadline.ts), which would otherwise count the busy worker as hung. In the page, fewer,
 * so that the page stays responsive.
 */
const CHUNK = { worker: 5, 'in-thread': 2 } as const;

/** The population module beside the page (public/population/foyers.js), wherever the app is served. */
export { populationUrl };

/** The household's place over an ensemble's sets, as the view shows ranges (headline's 5–95 % band). */
const rankOf = (h: Headline): RankRanges => ({
  draws: h.n,
  percentile: h.rank,
  controlledInShare: h.controlledShare,
  score: h.probability,
});

/** A calibration failure as the view says it (its reasons are the population view's, `targets` aside). */
const asPopulationFailure = (f: CalibrationFailure): PopulationFailure => ({
  ok: false,
  reason: f.reason === 'targets' || f.reason === 'not-calibrated' ? 'unavailable' : f.reason,
  detail: f.detail,
});

export type RunState = 'idle' | 'loading' | 'drawing' | 'done' | 'cancelled' | 'failed';

export class PopulationView {
  /** Households controlled: the user may change it; 166,000 of 13.8 M in 2024 by default. */
  controls = $state(DEFAULT_CONTROLS);
  state = $state<RunState>('idle');
  overview = $state<PopulationOverview | null>(null);
  failure = $state<PopulationFailure | null>(null);
  done = $state(0);
  total = $state(POPULATION_SAMPLES);
  /** The ranges over the draws done so far (null until the first chunk). */
  ranges = $state<ReturnType<typeof chunkRanges> | null>(null);
  /** Single parents' share of the controlled group under each draw done (for the 36 % comparison). */
  singleParentShares = $state<number[]>([]);
  /**
   * The ensemble the answers are over (app.knowledge): its weight sets and their stored rank cut of
   * the 166,000th household, the one threshold every view reads; null while the answers are over
   * weight draws (a threshold other than 166,000, or a model with no ensemble).
   */
  ensemble = $state<EnsembleKind | null>(null);
  #run = 0;
  #placed = 0;

  /**
   * Starts over for this model. At the default threshold, one call answers from the ensemble the
   * page reads (the targets switched on): the overview, the composition (stored with a shipped
   * model's ensembles, or computed once per ensemble in the worker) and the household's lookup.
   * Otherwise, or for a model with no ensemble, the overview then the draws. A newer run or
   * cancel() stops it. A failure clears what was shown: nothing of another household or model stays as if current.
   */
  async run(
    engine: Engine,
    modelId: string,
    household: unknown,
    url = populationUrl(),
    prior = false,
    targets: TargetsAsk = {},
  ): Promise<void> {
    const token = ++this.#run;
    const current = () => token === this.#run;
    const req: PopulationRequest = {
      url,
      modelId,
      household,
      controls: this.controls,
    };
    this.state = 'loading';
    this.failure = null;
    this.done = 0;
    this.total = POPULATION_SAMPLES;
    try {
      if (this.controls === DEFAULT_CONTROLS) {
        const r = await engine.api.calibrationPopulation({ url, modelId, household, prior, ...targets });
        if (!current()) return;
        if (r.ok) return this.#fromEnsemble(r.value);
        // No ensemble for this model here (an imported one not calibrated yet): the draws. Any other
        // failure (a card, an invalid household, no population) is said.
        if (r.reason !== 'not-calibrated') return this.#fail(asPopulationFailure(r));
      }
      const overview = await engine.api.populationOverview(req);
      if (!current()) return;
      if (!overview.ok) return this.#fail(overview);
      this.overview = overview.value;
      this.ranges = null;
      this.singleParentShares = [];
      this.ensemble = null;
      // Every weight fixed: one answer, nothing to draw.
      if (overview.value.freeWeights === 0) {
        this.total = 0;
        this.state = 'done';
        return;
      }
      this.state = 'drawing';
      const chunks: ChunkDraws[] = [];
      const step = CHUNK[engine.mode];
      for (let from = 0; from < POPULATION_SAMPLES; from += step) {
        const to = Math.min(POPULATION_SAMPLES, from + step);
        const r = await engine.api.populationChunk({ ...req, samples: POPULATION_SAMPLES, seed: SEED, from, to });
        if (!current()) return;
        if (!r.ok) return this.#fail(r);
        chunks.push(r.value);
        this.done = to;
        const all = gatherChunks(chunks);
        this.ranges = chunkRanges(all);
        const j = all.composition.runs[0]?.findIndex((g) => g.level === 'singleParent') ?? -1;
        this.singleParentShares = j < 0 ? [] : all.composition.runs.map((r) => r[j]!.controlled);
      }
      this.state = 'done';
    } catch (e) {
      if (current()) this.#fail({ ok: false, reason: 'unavailable', detail: e instanceof Error ? e.message : '' });
    }
  }

  /** The answer over the ensemble: its composition, the household's place, the overview. */
  #fromEnsemble(v: PopulationViewAnswer): void {
    this.overview = v.overview;
    this.ensemble = v.composition.ensemble;
    this.total = this.done = v.composition.composition.draws;
    this.ranges = { rank: rankOf(v.headline), composition: v.composition.composition };
    this.singleParentShares = v.composition.singleParent;
    this.state = 'done';
  }

  /**
   * A household edit under the ensemble: the same call, whose composition the worker keeps (never
   * computed again); only the household's lookup and its place under the example weights change.
   * Under draws (another threshold), the whole run.
   */
  async place(
    engine: Engine,
    modelId: string,
    household: unknown,
    url = populationUrl(),
    prior = false,
    targets: TargetsAsk = {},
  ): Promise<void> {
    if (!this.ensemble || this.state !== 'done') return this.run(engine, modelId, household, url, prior, targets);
    const placed = ++this.#placed;
    const run = this.#run;
    const r = await engine.api.calibrationPopulation({ url, modelId, household, prior, ...targets });
    if (placed !== this.#placed || run !== this.#run) return;
    if (!r.ok) {
      // The figures shown were for the previous household: gone, and the failure said.
      this.#run++;
      return this.#fail(asPopulationFailure(r));
    }
    this.overview = r.value.overview;
    this.ranges = { rank: rankOf(r.value.headline), composition: r.value.composition.composition };
  }

  /** Stops the draws: the ranges shown cover the draws done, and say so. */
  cancel(): void {
    if (this.state !== 'loading' && this.state !== 'drawing') return;
    this.#run++;
    this.ensemble = null;
    this.state = 'cancelled';
  }

  #fail(f: PopulationFailure): void {
    this.failure = f;
    this.state = 'failed';
    // What was shown was for another household, model or threshold: it must not read as current.
    this.overview = null;
    this.ranges = null;
    this.singleParentShares = [];
    this.ensemble = null;
  }
}

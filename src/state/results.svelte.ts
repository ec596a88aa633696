// What the engine last answered for the page: one `view` request per edit, its score shown as soon
// as it arrives (first phase), its ranges, other models and curves after (second phase). Only the
// reply to the latest request is kept: the one request token of the page lives here.

import type { Evaluation, ExplorerCell, ExplorerView, ViewHeadline, ViewRequest, ViewResult } from '../engine/index.ts';
import { problem } from '../problems/index.ts';
import type { Engine } from '../worker/client.ts';
import { changeBetween, sameView, shownOf, type Change, type Shown } from './change.ts';

/** "Latest wins": each request takes a number; a reply counts only while its number is the last given. */
export class Latest {
  #last = 0;
  next(): number {
    return ++this.#last;
  }
  is(id: number): boolean {
    return id === this.#last;
  }
}

export class Results {
  evaluation = $state<Evaluation | null>(null);
  /** What holds whatever the free weights: bands and verdicts for the household and the pinned ones. */
  explorer = $state<ExplorerView | null>(null);
  /**
   * True from the moment a new score is on screen until the explorer's ranges for it arrive: the
   * ranges shown meanwhile are the previous household's, and the page must say they are updating.
   */
  explorerStale = $state(false);
  /** The current household under every other model on the device (the side-by-side view). */
  otherModels = $state<ExplorerCell[]>([]);
  /** The current household's sensitivity curves (score band as each field moves), for the current model. */
  sweeps = $state<ExplorerView['sweeps']>([]);
  /** "Avant → après": what the last edit of the household or of a weight changed (null before any edit). */
  change = $state<Change | null>(null);
  /**
   * The household's headline over the calibrated and prior ensembles, from the same view reply (null
   * until one arrives: the prerender and the first paint leave it to the page's first request).
   */
  headline = $state<ViewHeadline | null>(null);
  pending = $state(false);
  readonly #latest = new Latest();
  readonly #modelId: () => string;
  #shown: Shown | undefined;

  /** `modelId`: the model chosen now (the band shown is the household's cell under it). */
  constructor(modelId: () => string) {
    this.#modelId = modelId;
  }

  /** The band of the current household for the current model (index 0 of the explorer's households). */
  get band(): ExplorerCell | undefined {
    const id = this.#modelId();
    return this.explorer?.cells.find((c) => c.household === 0 && c.model === id);
  }

  /**
   * Sends one view request; only the latest request's phases are kept. `quiet`: the score is known
   * to be unchanged (a panel opened), so the page is not marked busy meanwhile.
   */
  async request(engine: Engine, req: ViewRequest, quiet = false): Promise<void> {
    const id = this.#latest.next();
    if (!quiet) this.pending = true;
    /** The score shown, by its phase or by the reply (whichever came first: they travel apart). */
    let scored = false;
    const onScore = async (evaluation: Evaluation) => {
      // An engine in the page may answer within the effect that asked: write after it, never inside.
      await Promise.resolve();
      if (!this.#latest.is(id) || scored) return;
      scored = true;
      this.#score(evaluation, quiet);
    };
    try {
      const reply = await engine.api.view(req, onScore);
      if (!this.#latest.is(id)) return;
      if (!scored) this.#score(reply.evaluation, quiet);
      scored = true;
      this.#ranges(reply);
      // The ensembles were not loaded yet: one more request, quiet, that waits for them (once per model).
      if (reply.headline?.ok === false && reply.headline.reason === 'loading' && req.headline)
        void this.request(engine, { ...req, headline: { ...req.headline, wait: true } }, true);
    } catch (e) {
      // Never leave the last good score on screen as if it were current.
      if (!this.#latest.is(id)) return;
      this.explorerStale = false;
      this.evaluation = {
        ok: false,
        errors: [problem('error', '', 'engine.failed', { detail: e instanceof Error ? e.message : 'unknown' })],
        warnings: [],
      };
    } finally {
      if (this.#latest.is(id)) this.pending = false;
    }
  }

  #score(evaluation: Evaluation, quiet: boolean): void {
    if (!this.evaluation) performance.mark('app:first-evaluation');
    this.evaluation = evaluation;
    if (!evaluation.ok) {
      this.explorerStale = false;
      this.explorer = null;
      return;
    }
    if (!quiet) this.explorerStale = true;
    // The score is on screen: the page is no longer busy while the explorer draws its bands.
    this.pending = false;
  }

  #ranges(reply: ViewResult): void {
    // A household or model that cannot be scored leaves the side views as they were.
    if (!reply.evaluation.ok) return;
    this.explorer = reply.explorer;
    this.explorerStale = false;
    this.#noteShown();
    this.otherModels = reply.others;
    this.sweeps = reply.sweeps;
    // A 'loading' answer keeps what was shown until the waiting request brings the new one.
    if (!(reply.headline?.ok === false && reply.headline.reason === 'loading')) this.headline = reply.headline ?? null;
  }

  /**
   * A score and its ranges computed outside `request` (the build's prerender, the page's first-paint
   * scoring): shown like a reply, and noted, so that the next edit says "avant → après" from it.
   */
  showScored(evaluation: Evaluation | null, explorer: ExplorerView | null): void {
    this.evaluation = evaluation;
    this.explorer = explorer;
    this.explorerStale = false;
    this.#noteShown();
  }

  /** The score on screen is not this visit's (a prerendered one): the page says it is being computed. */
  withdraw(): void {
    this.evaluation = null;
    this.explorer = null;
  }

  /** Keeps the view now shown; when it differs from the last one for the same model, that is the edit's change. */
  #noteShown(): void {
    const cell = this.band;
    if (!cell) return void ((this.#shown = undefined), (this.change = null));
    const now = shownOf(cell);
    const last = this.#shown;
    if (last && sameView(last, now)) return;
    this.#shown = now;
    this.change = last ? changeBetween(last, now) : null;
  }
}

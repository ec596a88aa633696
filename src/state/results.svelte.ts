// What the engine last answered for the page: one `view` request per edit, its score shown as soon
// as it arrives (first phase), its ranges, other models and curves after (second phase). Only the
// reply to the latest request is kept: the one request token of the page lives here.

import type { Evaluation, ExplorerCell, ExplorerView, ViewHeadline, ViewRequest, ViewResult } from '../engine/index.ts';
import { problem } from '../problems/index.ts';
import type { Engine } from '../worker/client.ts';
import { changeBetween, sameView, shownOf, type Change, type Shown } from './change.ts';
import { baseIdOf } from './weights.ts';

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

/** The timers "avant → après" waits with (the page's own; tests pass a virtual clock). */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}
const PAGE_TIMERS: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (timer) => globalThis.clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/**
 * A value is committed once the view stops changing for this long (the person stopped typing or
 * let go of a slider), or when the focus leaves the field: "avant → après" compares committed views.
 */
export const COMMIT_PAUSE_MS = 800;

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
  readonly #timers: Timers;
  /** The last committed view ("avant"), and the latest view shown, not committed yet. */
  #baseline: Shown | undefined;
  #shown: Shown | undefined;
  #timer: unknown;
  /** The input of the latest request, while its view has not arrived (a commit then waits for it). */
  #asked: string | undefined;
  #commitOnArrival = false;
  /** A link was opened: its household's views become the baseline until the first edit or commit. */
  #rebase: string | undefined;

  /** `modelId`: the model chosen now (the band shown is the household's cell under it). */
  constructor(modelId: () => string, timers: Timers = PAGE_TIMERS) {
    this.#modelId = modelId;
    this.#timers = timers;
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
  async request(engine: Engine, req: ViewRequest, quiet = false, input = inputOf(req)): Promise<void> {
    const id = this.#latest.next();
    this.#asked = input;
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
        // The same input: a re-ask of the same edit, never an edit of its own ("avant → après").
        void this.request(engine, { ...req, headline: { ...req.headline, wait: true } }, true, input);
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
      if (this.#latest.is(id)) {
        this.pending = false;
        this.#asked = undefined;
        if (this.#commitOnArrival) this.commit();
      }
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
    const input = this.#asked ?? '';
    this.#asked = undefined;
    this.#noteShown(input);
    this.otherModels = reply.others;
    this.sweeps = reply.sweeps;
    // A 'loading' answer keeps what was shown until the waiting request brings the new one.
    if (!(reply.headline?.ok === false && reply.headline.reason === 'loading')) this.headline = reply.headline ?? null;
  }

  /**
   * A score and its ranges computed outside `request` (the build's prerender, the page's first-paint
   * scoring): shown like a reply, and noted, so that the next edit says "avant → après" from it.
   */
  showScored(evaluation: Evaluation | null, explorer: ExplorerView | null, input = ''): void {
    this.evaluation = evaluation;
    this.explorer = explorer;
    this.explorerStale = false;
    this.#noteShown(input);
  }

  /** The score on screen is not this visit's (a prerendered one): the page says it is being computed. */
  withdraw(): void {
    this.evaluation = null;
    this.explorer = null;
    this.#baseline = this.#shown = undefined;
  }

  /**
   * A link opened `household` (its JSON): its views, however many arrive while the model and weights
   * are put back, are where "avant → après" starts from, never a change.
   */
  rebase(household: string): void {
    this.#rebase = household;
    this.change = null;
  }

  /**
   * The person is done with a value (the focus left the field, or the view stopped changing): the view
   * shown becomes "après", compared with the last committed one. Waits for a reply under way.
   */
  commit(): void {
    this.#timers.clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#asked !== undefined) return void (this.#commitOnArrival = true);
    this.#commitOnArrival = false;
    this.#rebase = undefined;
    const now = this.#shown;
    const last = this.#baseline;
    if (!now || now === last) return;
    this.#baseline = now;
    // Another model is not an edit; nor is a refresh of the same input (a pin added, a panel opened).
    if (!last || baseIdOf(last.model) !== baseIdOf(now.model)) return void (this.change = null);
    if (last.input === now.input && sameView(last, now)) return;
    this.change = changeBetween(last, now);
  }

  /** The next view to arrive is a committed value (a weight set on release): no pause to wait. */
  commitNext(): void {
    this.#commitOnArrival = true;
  }

  /** Keeps the view now shown; it is committed after a pause, or at once when a commit waited for it. */
  #noteShown(input: string): void {
    const cell = this.band;
    if (!cell) return void ((this.#shown = this.#baseline = undefined), (this.change = null));
    const now = shownOf(cell, input);
    this.#shown = now;
    const last = this.#baseline;
    // The first view and a switch of model start the comparison: nothing to say yet.
    if (!last || baseIdOf(last.model) !== baseIdOf(now.model)) {
      this.#baseline = now;
      this.change = null;
      return;
    }
    // A link's views too, until the person edits its household or the views pause.
    if (this.#rebase !== undefined && householdOf(input) === this.#rebase) {
      this.#baseline = now;
      this.change = null;
    } else this.#rebase = undefined;
    if (this.#commitOnArrival) return this.commit();
    this.#timers.clearTimeout(this.#timer);
    this.#timer = this.#timers.setTimeout(() => this.commit(), COMMIT_PAUSE_MS);
  }
}

const SEP = '\u0000';
/** The input key of a view request: the household and the model (the app adds the weights' revision). */
export const inputOf = (req: Pick<ViewRequest, 'household' | 'modelId'>, revision = 0): string =>
  `${JSON.stringify(req.household)}${SEP}${req.modelId}${SEP}${revision}`;
const householdOf = (input: string) => input.split(SEP)[0]!;

// The calibration's calls, loaded by the worker on first use (api.ts imports this module
// dynamically): the headline of a household over the shipped ensembles (their data is a separate
// chunk, imported here only), and the calibration of an imported or edited model over the
// synthetic population, with progress and a stop.

import { decodeHousehold, modelConstraints, type Model } from '../engine/index.ts';
import type { Constraints } from '../engine/robust/constraints.ts';
import { FeatureCache } from '../engine/robust/encode.ts';
import { ensembleOf } from '../engine/calibration/build.ts';
import { calibrate, type CalibrationProgress } from '../engine/calibration/calibrate.ts';
import { calibrationDesign, type CalibrationDesign } from '../engine/calibration/design.ts';
import { sampleWeights } from '../engine/robust/sampler.ts';
import type { Ensemble, EnsembleKind } from '../engine/calibration/ensemble.ts';
import { ensembleComposition, recordDesign, type RecordDesign } from '../engine/calibration/composition.ts';
import type { Population } from '../engine/population/population.ts';
import type { CompositionRanges } from '../engine/population/ranges.ts';
import { ensembleWhatIf, type EnsembleWhatIf } from '../engine/calibration/what-if.ts';
import { ensembleTermEffects, type TermEffects } from '../engine/calibration/effects.ts';
import { kishEss } from '../engine/calibration/smc.ts';
import { headline, type Headline, type HeadlineView, type TargetKeep } from '../engine/calibration/headline.ts';
import { fitsModel, householdDesign, shippedEnsembles } from '../engine/calibration/shipped.ts';
import {
  parseTargets,
  resolveTargets,
  SHIPPED_TARGETS_CSV,
  DEFAULT_USED,
  type SingleParentReading,
  type Target,
} from '../engine/calibration/targets.ts';

export interface HeadlineRequest {
  modelId: string;
  household: unknown;
  /** The targets switched on (default: the shipped defaults) and the reading of the 36 %. */
  use?: readonly string[] | null;
  reading?: SingleParentReading;
  /** A targets file's text, as given to `calibrate` (default: the shipped targets). */
  targets?: string;
}

export type { HeadlineView };

export interface HeadlinesRequest {
  modelId: string;
  households: unknown[];
  use?: readonly string[] | null;
  reading?: SingleParentReading;
  targets?: string;
}

export interface WhatIfRequest {
  modelId: string;
  household: unknown;
  /** Read the prior ensemble (app.knowledge.side === 'directions'); default the calibrated one. */
  prior?: boolean;
  /**
   * Default 0.5: controlled under fewer than half the weight sets, then, when the household already
   * is but not under none, 0: controlled under none of them. Given, only that goal.
   */
  goal?: number;
  maxChanges?: number;
}

export interface CompositionRequest {
  /** Absolute URL of population/foyers.js (as for the population view). */
  url: string;
  modelId: string;
  prior?: boolean;
}

export interface EnsembleCompositionView {
  ensemble: EnsembleKind;
  source: HeadlineView['source'];
  /** Over the ensemble's sets; `draws` is their number. */
  composition: CompositionRanges;
  /** Single parents' share of the controlled group under each set (for the 36 % comparison). */
  singleParent: number[];
}

interface Pair {
  model: Model;
  c: Constraints;
  pair: { calibrated: Ensemble | null; prior: Ensemble };
  source: HeadlineView['source'];
}

export type CalibrationFailure = {
  ok: false;
  reason: 'unknown-model' | 'card' | 'household' | 'not-calibrated' | 'targets' | 'unavailable' | 'invalid-file';
  detail: string;
};
export type CalibrationAnswer<T> = { ok: true; value: T } | CalibrationFailure;

export interface CalibrateRequest {
  /** Absolute URL of population/foyers.js (as for the population view). */
  url: string;
  modelId: string;
  /** A targets file's text in the shipped columns; default the shipped targets. */
  targets?: string;
  use?: string[];
  reading?: SingleParentReading;
  particles?: number;
  seed?: number;
}

export interface CalibrateSummary {
  model: string;
  met: boolean;
  stopped: boolean;
  seed: number;
  prior: { n: number };
  simulations: number;
  accepted: { n: number; ess: number; distinct: number };
  targets: { id: string; value: number; tolerance: number; used: boolean; q05: number; q50: number; q95: number }[];
  /** Not met: the closest weight sets (at most 5), their distance (1 = the edge of value ± tolerance) and statistics. */
  closest: { distance: number; statistics: Record<string, number> }[];
}

export interface EffectsView extends TermEffects {
  ensemble: 'calibrated';
  source: 'shipped' | 'worker';
  /** Weight sets and their effective number. */
  n: number;
  ess: number;
}

/** The targets a request asks for, and the key its ensembles are kept under ('' = the shipped defaults). */
function targetsOf(
  use: readonly string[] | null | undefined,
  reading: SingleParentReading = 'controlled',
  csv?: string,
) {
  const rows = parseTargets(csv ?? SHIPPED_TARGETS_CSV);
  if (!rows.ok) return { ok: false as const, detail: rows.errors.join('\n') };
  const r = resolveTargets(rows.value, { reading, ...(use ? { use } : {}) });
  if (!r.ok) return { ok: false as const, detail: r.errors.join('\n') };
  const on = [...(use ?? DEFAULT_USED)].sort();
  const isDefault = !csv && reading === 'controlled' && on.join() === [...DEFAULT_USED].sort().join();
  return { ok: true as const, ...r.value, key: isDefault ? '' : `${csv ?? ''}|${reading}|${on.join()}` };
}

/** Share of the prior's sets (by importance) each target keeps on its own: how much it narrows. */
function keepsOf(prior: Ensemble, targets: readonly Target[]): TargetKeep[] {
  return targets
    .filter((t) => Number.isFinite(t.tolerance))
    .map((t) => {
      let kept = 0;
      prior.statistics.forEach((st, s) => {
        if (Math.abs(st[t.statistic] - t.value) <= t.tolerance) kept += prior.importance[s]!;
      });
      return { id: t.id, keeps: kept };
    });
}

const fail = (reason: CalibrationFailure['reason'], detail = ''): CalibrationFailure => ({ ok: false, reason, detail });
/** Width of a band over the ensemble. */
const width = (h: Headline) => h.rank.high - h.rank.low;

/** The calls over the worker's models; `own` keeps what was calibrated here, by model object. */
export function calibrationApi(models: Map<string, Model>) {
  // By model object, then by targets (their key): a shipped model re-calibrated on other targets keeps both.
  const own = new WeakMap<Model, Map<string, { calibrated: Ensemble | null; prior: Ensemble }>>();
  /** The population as a design matrix for calibration, once per model object (seconds for a large model). */
  const calDesigns = new WeakMap<Model, CalibrationDesign>();
  let stop = false;
  const cache = new FeatureCache();
  const compositions = new WeakMap<Ensemble, { composition: CompositionRanges; singleParent: number[] }>();
  const designs = new WeakMap<Model, RecordDesign & { pop: Population }>();
  /** The ensembles a model is answered from: calibrated here, else shipped for its exact layout. */
  const pairFor = async (modelId: string, key = ''): Promise<CalibrationAnswer<Pair>> => {
    const model = models.get(modelId);
    if (!model) return fail('unknown-model', modelId);
    if (model.kind === 'card') return fail('card', modelId);
    const c = modelConstraints(model);
    let pair: { calibrated: Ensemble | null; prior: Ensemble } | undefined = own.get(model)?.get(key);
    let source: HeadlineView['source'] = 'worker';
    if (!pair && model.origin.kind === 'shipped') {
      const s = await shippedEnsembles(model.id);
      // The prior does not depend on the targets; the shipped calibrated ensemble is the defaults' only.
      if (s && fitsModel(s.calibrated, c))
        [pair, source] = [{ calibrated: key === '' ? s.calibrated : null, prior: s.prior }, 'shipped'];
    }
    if (!pair) return fail('not-calibrated', model.id);
    return { ok: true, value: { model, c, pair, source } };
  };
  return {
    /** Each variable's range of effect on a household over the calibrated ensemble; `not-calibrated` when there is none. */
    async effects(req: HeadlineRequest): Promise<CalibrationAnswer<EffectsView>> {
      const p = await pairFor(req.modelId);
      if (!p.ok) return p;
      const { model, c, pair, source } = p.value;
      const d = decodeHousehold(req.household);
      if (d.errors.length) return fail('household', d.errors.map((e) => e.path).join(', '));
      if (!pair.calibrated) return fail('not-calibrated', model.id);
      const e = pair.calibrated;
      const x = householdDesign(model, d.household, c);
      const effects = ensembleTermEffects(e, c, model.variables, x);
      return { ok: true, value: { ensemble: 'calibrated', source, n: e.sets, ess: kishEss(e.importance), ...effects } };
    },
    /** Rank band and controlled share of a household, calibrated and prior side by side. */
    async headline(req: HeadlineRequest): Promise<CalibrationAnswer<HeadlineView>> {
      const r = await this.headlines({
        modelId: req.modelId,
        households: [req.household],
        ...(req.use !== undefined ? { use: req.use } : {}),
        ...(req.reading ? { reading: req.reading } : {}),
        ...(req.targets !== undefined ? { targets: req.targets } : {}),
      });
      return r.ok ? { ok: true, value: r.value[0]! } : r;
    },
    /**
     * The same for many households at once (pins, deck, handouts): one call, the ensembles found once;
     * a household that does not decode fails the whole call, naming its index.
     */
    async headlines(req: HeadlinesRequest): Promise<CalibrationAnswer<HeadlineView[]>> {
      const t = targetsOf(req.use, req.reading, req.targets);
      if (!t.ok) return fail('targets', t.detail);
      const p = await pairFor(req.modelId, t.key);
      if (!p.ok) return p;
      const { model, c, pair, source } = p.value;
      const out: HeadlineView[] = [];
      for (const [i, raw] of req.households.entries()) {
        const d = decodeHousehold(raw);
        if (d.errors.length)
          return fail(
            'household',
            (req.households.length > 1 ? `${i}: ` : '') + d.errors.map((e) => e.path).join(', '),
          );
        const x = householdDesign(model, d.household, c);
        const calibrated = pair.calibrated ? headline(pair.calibrated, x) : null;
        const prior = headline(pair.prior, x);
        const narrowing = calibrated && width(prior) > 0 ? 1 - width(calibrated) / width(prior) : null;
        out.push({ calibrated, prior, narrowing, source, keeps: keepsOf(pair.prior, t.targets) });
      }
      return { ok: true, value: out };
    },
    /**
     * What would bring the household under the threshold (the rank cut of each weight set): the
     * fewest plausible changes after which it is controlled under fewer than `goal` of the sets of
     * the ensemble the page reads (`prior`: the directions only).
     */
    async whatIf(req: WhatIfRequest): Promise<CalibrationAnswer<EnsembleWhatIf & { ensemble: EnsembleKind }>> {
      const p = await pairFor(req.modelId);
      if (!p.ok) return p;
      const { model, c, pair } = p.value;
      const d = decodeHousehold(req.household);
      if (d.errors.length) return fail('household', d.errors.map((e) => e.path).join(', '));
      const e = req.prior || !pair.calibrated ? pair.prior : pair.calibrated;
      const search = (goal: number) =>
        ensembleWhatIf(model, c, e, d.household, {
          goal,
          ...(req.maxChanges ? { maxChanges: req.maxChanges } : {}),
          cache,
        });
      let value = search(req.goal ?? 0.5);
      // Already under half of them but not under none: what would take it out under every one.
      if (req.goal === undefined && value.status === 'already-under' && value.before > 0) value = search(0);
      return { ok: true, value: { ...value, ensemble: e.kind } };
    },
    /**
     * The controlled group's composition under every set of the ensemble the page reads, computed
     * once per ensemble and kept: it does not depend on the household, so an edit never reruns it.
     */
    async composition(req: CompositionRequest): Promise<CalibrationAnswer<EnsembleCompositionView>> {
      const p = await pairFor(req.modelId);
      if (!p.ok) return p;
      const { model, c, pair, source } = p.value;
      const e = req.prior || !pair.calibrated ? pair.prior : pair.calibrated;
      let done = compositions.get(e);
      if (!done) {
        // The composition reads the population's records: loaded here, on the population view's request only.
        const s = await (await import('./population.ts')).load(req.url);
        if ('ok' in s) return fail(s.reason === 'unavailable' ? 'unavailable' : 'invalid-file', s.detail);
        const pop = s.session.population;
        let design = designs.get(model);
        if (design?.pop !== pop) designs.set(model, (design = { pop, ...recordDesign(pop, model, c) }));
        const draws = ensembleComposition(pop, model, c, e, design);
        const j = draws.runs[0]?.findIndex((g) => g.level === 'singleParent') ?? -1;
        done = {
          composition: (await import('../engine/population/ranges.ts')).compositionRanges(draws),
          singleParent: j < 0 ? [] : draws.runs.map((r) => r[j]!.controlled),
        };
        compositions.set(e, done);
      }
      return { ok: true, value: { ensemble: e.kind, source, ...done } };
    },
    /**
     * Calibrates a model on the population (about a minute): `onProgress` is called every few dozen
     * weight sets (pass it with Comlink's proxy); `stop()` ends it at the next chunk.
     */
    async calibrate(
      req: CalibrateRequest,
      onProgress?: (p: CalibrationProgress) => void,
    ): Promise<CalibrationAnswer<CalibrateSummary>> {
      const model = models.get(req.modelId);
      if (!model) return fail('unknown-model', req.modelId);
      if (model.kind === 'card') return fail('card', req.modelId);
      const r = targetsOf(req.use, req.reading, req.targets);
      if (!r.ok) return fail('targets', r.detail);
      // The population's records load only when a calibration is asked for: the headline needs none.
      const s = await (await import('./population.ts')).load(req.url);
      if ('ok' in s) return fail(s.reason === 'unavailable' ? 'unavailable' : 'invalid-file', s.detail);
      stop = false;
      const c = modelConstraints(model);
      let d = calDesigns.get(model);
      if (!d) calDesigns.set(model, (d = calibrationDesign(s.session.population, model, c)));
      const cal = await calibrate(c, d, {
        controls: r.controls,
        targets: r.targets,
        ...(req.particles ? { particles: req.particles } : {}),
        ...(req.seed !== undefined ? { seed: req.seed } : {}),
        onProgress,
        shouldStop: () => stop,
      });
      // A stopped run is never kept (nor tabulated: its sets do not meet the targets); an unmet one
      // keeps the prior only, so the page answers "directions only" and says the targets were not met.
      if (!cal.stopped) {
        const kept = own.get(model) ?? new Map();
        own.set(model, kept);
        const n = cal.importance.length;
        const shipped = model.origin.kind === 'shipped' ? await shippedEnsembles(model.id) : null;
        const prior =
          shipped && fitsModel(shipped.prior, c)
            ? shipped.prior
            : ensembleOf(
                'prior',
                model,
                c,
                d,
                sampleWeights(c, n, (cal.seed + 1) >>> 0),
                new Float64Array(n).fill(1 / n),
                r.controls,
              );
        const calibrated = cal.met
          ? ensembleOf('calibrated', model, c, d, cal.weights, cal.importance, r.controls)
          : null;
        kept.set(r.key, { calibrated, prior });
      }
      return {
        ok: true,
        value: {
          model: model.id,
          met: cal.met,
          stopped: cal.stopped,
          seed: cal.seed,
          prior: { n: cal.priorDraws },
          simulations: cal.simulations,
          accepted: { n: cal.met ? cal.importance.length : 0, ess: cal.ess, distinct: cal.distinct },
          targets: cal.achieved.map(({ id, value, tolerance, used, q05, q50, q95 }) => ({
            id,
            value,
            tolerance,
            used,
            q05,
            q50,
            q95,
          })),
          closest: cal.met
            ? []
            : cal.statistics.slice(0, 5).map((st, i) => ({ distance: cal.distance[i]!, statistics: { ...st } })),
        },
      };
    },
    /** Ends a calibration under way at its next chunk (it answers with `stopped`). */
    stop(): void {
      stop = true;
    },
  };
}

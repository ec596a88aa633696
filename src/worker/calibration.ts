// The calibration's calls, loaded by the worker on first use (api.ts imports this module
// dynamically): the headline of a household over the shipped ensembles (their data is a separate
// chunk, imported here only), and the calibration of an imported or edited model over the
// synthetic population, with progress and a stop.

import { decodeHousehold, modelConstraints, type Model } from '../engine/index.ts';
import { ensembleOf } from '../engine/calibration/build.ts';
import { calibrate, type CalibrationProgress } from '../engine/calibration/calibrate.ts';
import { calibrationDesign, type CalibrationDesign } from '../engine/calibration/design.ts';
import { sampleWeights } from '../engine/robust/sampler.ts';
import type { Ensemble } from '../engine/calibration/ensemble.ts';
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
import { load } from './population.ts';

export interface HeadlineRequest {
  modelId: string;
  household: unknown;
  /** The targets switched on (default: the shipped defaults) and the reading of the 36 %. */
  use?: readonly string[] | null;
  reading?: SingleParentReading;
}

export type { HeadlineView };

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
  /** The population as a design matrix, once per model object (a few seconds for a large model). */
  const designs = new WeakMap<Model, CalibrationDesign>();
  let stop = false;
  return {
    /** Rank band and controlled share of a household, calibrated and prior side by side. */
    async headline(req: HeadlineRequest): Promise<CalibrationAnswer<HeadlineView>> {
      const model = models.get(req.modelId);
      if (!model) return fail('unknown-model', req.modelId);
      if (model.kind === 'card') return fail('card', req.modelId);
      const d = decodeHousehold(req.household);
      if (d.errors.length) return fail('household', d.errors.map((e) => e.path).join(', '));
      const t = targetsOf(req.use, req.reading);
      if (!t.ok) return fail('targets', t.detail);
      const c = modelConstraints(model);
      let pair: { calibrated: Ensemble | null; prior: Ensemble } | undefined = own.get(model)?.get(t.key);
      let source: HeadlineView['source'] = 'worker';
      if (!pair && model.origin.kind === 'shipped') {
        const s = await shippedEnsembles(model.id);
        // The prior does not depend on the targets; the shipped calibrated ensemble is the defaults' only.
        if (s && fitsModel(s.calibrated, c))
          [pair, source] = [{ calibrated: t.key === '' ? s.calibrated : null, prior: s.prior }, 'shipped'];
      }
      if (!pair) return fail('not-calibrated', model.id);
      const x = householdDesign(model, d.household, c);
      const calibrated = pair.calibrated ? headline(pair.calibrated, x) : null;
      const prior = headline(pair.prior, x);
      const narrowing = calibrated && width(prior) > 0 ? 1 - width(calibrated) / width(prior) : null;
      return { ok: true, value: { calibrated, prior, narrowing, source, keeps: keepsOf(pair.prior, t.targets) } };
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
      const s = await load(req.url);
      if ('ok' in s) return fail(s.reason === 'unavailable' ? 'unavailable' : 'invalid-file', s.detail);
      stop = false;
      const c = modelConstraints(model);
      let d = designs.get(model);
      if (!d) designs.set(model, (d = calibrationDesign(s.session.population, model, c)));
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

// The calibration's calls, loaded by the worker on first use (api.ts imports this module
// dynamically): the headline of a household over the shipped ensembles (their data is a separate
// chunk, imported here only), and the calibration of an imported or edited model over the
// synthetic population, with progress and a stop.

import { decodeHousehold, modelConstraints, type Model } from '../engine/index.ts';
import { buildEnsembles } from '../engine/calibration/build.ts';
import type { CalibrationProgress } from '../engine/calibration/calibrate.ts';
import type { Ensemble } from '../engine/calibration/ensemble.ts';
import { headline, type Headline } from '../engine/calibration/headline.ts';
import { ensembleTermEffects, type TermEffects } from '../engine/calibration/effects.ts';
import { kishEss } from '../engine/calibration/smc.ts';
import { fitsModel, householdDesign, shippedEnsembles } from '../engine/calibration/shipped.ts';
import {
  parseTargets,
  resolveTargets,
  SHIPPED_TARGETS_CSV,
  type SingleParentReading,
} from '../engine/calibration/targets.ts';
import { load } from './population.ts';

export interface HeadlineRequest {
  modelId: string;
  household: unknown;
}

export interface HeadlineView {
  /** Over the calibrated ensemble (absent when the model has none yet: calibrate it). */
  calibrated: Headline | null;
  /** Over the prior ensemble of the same size (absent for a model not calibrated in this worker). */
  prior: Headline | null;
  /** 1 − (calibrated rank band width / prior rank band width): how much the published figures narrow the rank. */
  narrowing: number | null;
  /** `shipped`: the committed ensembles; `worker`: calibrated here on request. */
  source: 'shipped' | 'worker';
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
}

/** Each variable's range of effect for a household over the calibrated ensemble (engine/calibration/effects.ts). */
export interface EffectsView extends TermEffects {
  ensemble: 'calibrated';
  source: HeadlineView['source'];
  /** Weight sets and their effective number. */
  n: number;
  ess: number;
}

const fail = (reason: CalibrationFailure['reason'], detail = ''): CalibrationFailure => ({ ok: false, reason, detail });
/** Width of a band over the ensemble. */
const width = (h: Headline) => h.rank.high - h.rank.low;

/** The calls over the worker's models; `own` keeps what was calibrated here, by model object. */
export function calibrationApi(models: Map<string, Model>) {
  const own = new WeakMap<Model, { calibrated: Ensemble | null; prior: Ensemble }>();
  let stop = false;
  /** The ensembles a model is answered from: calibrated here, else the shipped ones when they fit its layout. */
  const ensemblesOf = async (model: Model, c: ReturnType<typeof modelConstraints>) => {
    const mine = own.get(model);
    if (mine) return { pair: mine, source: 'worker' as const };
    if (model.origin.kind === 'shipped') {
      const s = await shippedEnsembles(model.id);
      if (s && fitsModel(s.calibrated, c)) return { pair: s, source: 'shipped' as const };
    }
    return { pair: undefined, source: 'worker' as const };
  };
  return {
    /** Rank band and controlled share of a household, calibrated and prior side by side. */
    async headline(req: HeadlineRequest): Promise<CalibrationAnswer<HeadlineView>> {
      const model = models.get(req.modelId);
      if (!model) return fail('unknown-model', req.modelId);
      if (model.kind === 'card') return fail('card', req.modelId);
      const d = decodeHousehold(req.household);
      if (d.errors.length) return fail('household', d.errors.map((e) => e.path).join(', '));
      const c = modelConstraints(model);
      const { pair, source } = await ensemblesOf(model, c);
      if (!pair) return fail('not-calibrated', model.id);
      const x = householdDesign(model, d.household, c);
      const calibrated = pair.calibrated ? headline(pair.calibrated, x) : null;
      const prior = headline(pair.prior, x);
      const narrowing = calibrated && width(prior) > 0 ? 1 - width(calibrated) / width(prior) : null;
      return { ok: true, value: { calibrated, prior, narrowing, source } };
    },
    /** Each variable's range of effect on a household over the calibrated ensemble; `not-calibrated` when there is none. */
    async effects(req: HeadlineRequest): Promise<CalibrationAnswer<EffectsView>> {
      const model = models.get(req.modelId);
      if (!model) return fail('unknown-model', req.modelId);
      if (model.kind === 'card') return fail('card', req.modelId);
      const d = decodeHousehold(req.household);
      if (d.errors.length) return fail('household', d.errors.map((e) => e.path).join(', '));
      const c = modelConstraints(model);
      const { pair, source } = await ensemblesOf(model, c);
      if (!pair?.calibrated) return fail('not-calibrated', model.id);
      const e = pair.calibrated;
      const x = householdDesign(model, d.household, c);
      const effects = ensembleTermEffects(e, c, model.variables, x);
      return { ok: true, value: { ensemble: 'calibrated', source, n: e.sets, ess: kishEss(e.importance), ...effects } };
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
      const rows = parseTargets(req.targets ?? SHIPPED_TARGETS_CSV);
      if (!rows.ok) return fail('targets', rows.errors.join('\n'));
      const r = resolveTargets(rows.value, { reading: req.reading, ...(req.use ? { use: req.use } : {}) });
      if (!r.ok) return fail('targets', r.errors.join('\n'));
      const s = await load(req.url);
      if ('ok' in s) return fail(s.reason === 'unavailable' ? 'unavailable' : 'invalid-file', s.detail);
      stop = false;
      const built = await buildEnsembles(model, s.session.population, r.value.targets, r.value.controls, {
        ...(req.particles ? { particles: req.particles } : {}),
        ...(req.seed !== undefined ? { seed: req.seed } : {}),
        onProgress,
        shouldStop: () => stop,
      });
      const cal = built.calibration;
      own.set(model, { calibrated: cal.met ? built.calibrated : null, prior: built.prior });
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
        },
      };
    },
    /** Ends a calibration under way at its next chunk (it answers with `stopped`). */
    stop(): void {
      stop = true;
    },
  };
}

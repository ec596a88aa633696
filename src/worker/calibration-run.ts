// The calibration of a model in the worker (about a minute): over the synthetic population's records,
// with progress and a stop; what it gives is kept in the store for the model and the targets.

import { modelConstraints, type Model } from '../engine/index.ts';
import { ensembleOf } from '../engine/calibration/build.ts';
import { calibrate, type CalibrationProgress } from '../engine/calibration/calibrate.ts';
import { calibrationDesign, type CalibrationDesign } from '../engine/calibration/design.ts';
import { fitsModel, shippedEnsembles } from '../engine/calibration/shipped.ts';
import { sampleWeights } from '../engine/robust/sampler.ts';
import { targetsOf, type EnsembleStore } from './calibration-pairs.ts';
import { fail, type CalibrateRequest, type CalibrateSummary, type CalibrationAnswer } from './calibration-types.ts';

export function calibrationRun(store: EnsembleStore) {
  /** The population as a design matrix for calibration, once per model object (seconds for a large model). */
  const designs = new WeakMap<Model, CalibrationDesign>();
  let stop = false;
  return {
    /**
     * Calibrates a model on the population (about a minute): `onProgress` is called every few dozen
     * weight sets (pass it with Comlink's proxy); `stop()` ends it at the next chunk.
     */
    async calibrate(
      req: CalibrateRequest,
      onProgress?: (p: CalibrationProgress) => void,
    ): Promise<CalibrationAnswer<CalibrateSummary>> {
      const model = store.models.get(req.modelId);
      if (!model) return fail('unknown-model', req.modelId);
      if (model.kind === 'card') return fail('card', req.modelId);
      const r = targetsOf(req);
      if (!r.ok) return fail('targets', r.detail);
      // The population's records load only when a calibration is asked for: the headline needs none.
      const s = await (await import('./population.ts')).load(req.url);
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
        store.keep(model, r.key, { calibrated, prior });
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

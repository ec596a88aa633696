// The ensemble a household's rank is read over: the shipped one of a shipped model (calibrated, or
// the prior beside it), else prior draws of the model tabulated on the fly (a model file is not
// calibrated here: `calibrate` does that, and it takes a minute).

import type { Population } from '../population/population.ts';
import type { Model } from '../types.ts';
import { modelConstraints } from '../robust/constraints.ts';
import { sampleWeights } from '../robust/sampler.ts';
import { ensembleOf } from './build.ts';
import { calibrationDesign } from './design.ts';
import type { Ensemble } from './ensemble.ts';
import { fitsModel, shippedEnsembles } from './shipped.ts';

export interface EnsembleChoice {
  ensemble: Ensemble;
  /** `shipped`: the committed ensemble; `retabulated`: its weight sets, tables remade for another threshold; `drawn`: prior draws made now. */
  source: 'shipped' | 'retabulated' | 'drawn';
  /** Set when the calibrated ensemble was asked and the prior is given instead, saying why. */
  fallback?: string;
}

export interface EnsembleRequest {
  prior: boolean;
  controls: number;
  /** Prior draws when none ships (and their seed). */
  samples: number;
  seed: number;
}

/** The ensemble to read a household's rank over (see the module comment). */
export async function ensembleForRank(model: Model, pop: Population, r: EnsembleRequest): Promise<EnsembleChoice> {
  const c = modelConstraints(model);
  const shipped = model.origin.kind === 'shipped' ? await shippedEnsembles(model.id) : null;
  const chosen = shipped && (r.prior ? shipped.prior : shipped.calibrated);
  if (shipped && chosen && fitsModel(chosen, c)) {
    if (Math.round(r.controls) === shipped.card.controls) return { ensemble: chosen, source: 'shipped' };
    const d = calibrationDesign(pop, model, c);
    const e = ensembleOf(chosen.kind, model, c, d, chosen.weights, chosen.importance, r.controls);
    return { ensemble: e, source: 'retabulated' };
  }
  const d = calibrationDesign(pop, model, c);
  const n = r.samples;
  const e = ensembleOf('prior', model, c, d, sampleWeights(c, n, r.seed), new Float64Array(n).fill(1 / n), r.controls);
  return r.prior
    ? { ensemble: e, source: 'drawn' }
    : {
        ensemble: e,
        source: 'drawn',
        fallback: 'no calibrated ensemble ships for this model: prior draws (npm run calibrate calibrates it)',
      };
}

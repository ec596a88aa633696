// Who fills the controlled group under each weight set of an ensemble, group by group (family type,
// benefits, priority neighbourhood, income band): the population view's composition with the same
// threshold as every other answer, the rank cut stored with each set. One sparse product over the
// merged design per set and one pass over the records: no draws, no sort, no rescoring of records.

import type { Model } from '../types.ts';
import { logistic } from '../score.ts';
import { composition, type Population } from '../population/population.ts';
import type { CompositionDraws } from '../population/ranges.ts';
import type { Constraints } from '../robust/constraints.ts';
import { calibrationDesign, designLogits, type CalibrationDesign } from './design.ts';
import type { Ensemble } from './ensemble.ts';

/** The population's merged design for a model, with each record's merged row: build it once per model. */
export interface RecordDesign {
  design: CalibrationDesign;
  rowOf: Uint32Array;
}

export function recordDesign(pop: Population, model: Model, c: Constraints): RecordDesign {
  const rowOf = new Uint32Array(pop.size);
  return { design: calibrationDesign(pop, model, c, rowOf), rowOf };
}

/**
 * The controlled group's composition under each set of `e`: a record is controlled when its logit is
 * at or above the set's cut (the 166,000th household's, stored by the build); `cutScore` is the cut
 * as a probability. `controlled` is the weighted count at the cut of the last set (records tied at a
 * cut all count, so it can exceed 166,000 by the weight of a tie).
 */
export function ensembleComposition(
  pop: Population,
  model: Model,
  c: Constraints,
  e: Ensemble,
  design: RecordDesign = recordDesign(pop, model, c),
): CompositionDraws {
  if (e.slots !== c.size) throw new RangeError(`ensemble of ${e.slots} slots for a model of ${c.size}`);
  const { design: d, rowOf } = design;
  const logits = new Float64Array(d.n);
  const fraction = new Float64Array(pop.size);
  const out: CompositionDraws = { controlled: 0, cutScore: [], runs: [] };
  for (let s = 0; s < e.sets; s++) {
    designLogits(d, e.weights.subarray(s * e.slots, (s + 1) * e.slots), logits);
    const cut = e.cut[s]!;
    let controlled = 0;
    for (let i = 0; i < pop.size; i++) {
      const f = logits[rowOf[i]!]! >= cut ? 1 : 0;
      fraction[i] = f;
      controlled += f * pop.weights[i]!;
    }
    out.controlled = controlled;
    out.cutScore.push(logistic(cut));
    out.runs.push(composition(pop, { fraction, cutScore: logistic(cut), controlled }));
  }
  return out;
}

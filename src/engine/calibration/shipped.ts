// A household's design vector as the model scores it, and the shipped ensembles of a model, read
// from their generated module on first use (a dynamic import: the worker's chunk, never the page's).

import { SHIPPED_ENSEMBLES } from '../../calibration/ensembles/index.ts';
import type { Household } from '../../household/household.ts';
import { encodeHousehold } from '../features.ts';
import { effectiveHousehold, rights } from '../rights.ts';
import type { Model } from '../types.ts';
import { modelConstraints, type Constraints } from '../robust/constraints.ts';
import { designVector } from '../robust/design.ts';
import type { EnsembleCard } from './card.ts';
import { decodeEnsemble, fromBase64, type Ensemble } from './ensemble.ts';
import type { StoredView } from './view.ts';

export interface ShippedEnsembles {
  card: EnsembleCard;
  calibrated: Ensemble;
  prior: Ensemble;
  /** The population view's stored figures; null in a module built before they were stored. */
  view: StoredView | null;
}

/** The design vector of a household as evaluate() scores it (in `computed` mode, its benefits by the law). */
export function householdDesign(model: Model, h: Household, c: Constraints = modelConstraints(model)): Float64Array {
  const effective = effectiveHousehold(h, h.benefitsSource === 'computed' ? rights(h) : undefined);
  return designVector(model, c, encodeHousehold(effective));
}

const loaded = new Map<string, Promise<ShippedEnsembles>>();

/** The shipped ensembles of model `id`, or null when none ships (an imported model, a card). */
export function shippedEnsembles(id: string): Promise<ShippedEnsembles> | null {
  const load = SHIPPED_ENSEMBLES[id];
  if (!load) return null;
  let p = loaded.get(id);
  if (!p) {
    p = load().then((m) => ({
      card: m.card as EnsembleCard,
      calibrated: decodeEnsemble(fromBase64(m.calibrated)),
      prior: decodeEnsemble(fromBase64(m.prior)),
      view: (m.view as StoredView | undefined) ?? null,
    }));
    loaded.set(id, p);
    p.catch(() => loaded.delete(id));
  }
  return p;
}

/**
 * True when the ensemble was made for this model's weight layout: an edited copy that keeps the id
 * but changes its variables must not be looked up in the shipped tables.
 */
export function fitsModel(e: Ensemble, c: Constraints): boolean {
  return e.slots === c.size && e.keys.every((k, i) => k === c.keys[i]);
}

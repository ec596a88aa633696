// A household's design vector as the model scores it, and the shipped ensembles of a model, read
// from their generated module on first use (a dynamic import: the worker's chunk, never the page's).

import { SHIPPED_ENSEMBLES, SHIPPED_VIEWS } from '../../calibration/ensembles/index.ts';
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
      calibrated: decodeEnsemble({ bytes: fromBase64(m.calibrated.bytes), tables: m.calibrated.tables }),
      prior: decodeEnsemble({ bytes: fromBase64(m.prior.bytes), tables: m.prior.tables }),
    }));
    loaded.set(id, p);
    p.catch(() => loaded.delete(id));
  }
  return p;
}

const views = new Map<string, Promise<StoredView | null>>();

/** The population view's stored figures of model `id` (a chunk of their own: the headline needs none); null when none ship. */
export function shippedView(id: string): Promise<StoredView | null> {
  const load = SHIPPED_VIEWS[id];
  if (!load) return Promise.resolve(null);
  let p = views.get(id);
  if (!p) {
    p = load().then((m) => (m.view as StoredView | undefined) ?? null);
    views.set(id, p);
    p.catch(() => views.delete(id));
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

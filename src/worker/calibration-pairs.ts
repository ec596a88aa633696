// Which ensembles answer a model for the targets switched on: those calibrated in this worker for
// these targets, else the shipped ones for its exact weight layout (the shipped calibrated ensemble
// is the default targets' only; the prior does not depend on the targets).

import { modelConstraints, type Model } from '../engine/index.ts';
import type { Constraints } from '../engine/robust/constraints.ts';
import type { Ensemble } from '../engine/calibration/ensemble.ts';
import type { TargetKeep } from '../engine/calibration/headline.ts';
import { fitsModel, shippedEnsembles } from '../engine/calibration/shipped.ts';
import type { StoredView } from '../engine/calibration/view.ts';
import {
  parseTargets,
  resolveTargets,
  SHIPPED_TARGETS_CSV,
  DEFAULT_USED,
  type Target,
} from '../engine/calibration/targets.ts';
import { fail, type CalibrationAnswer, type HeadlineView, type TargetsAsk } from './calibration-types.ts';

export interface EnsemblePair {
  calibrated: Ensemble | null;
  prior: Ensemble;
}

export interface Pair {
  model: Model;
  c: Constraints;
  pair: EnsemblePair;
  source: HeadlineView['source'];
  /** The shipped population view's figures, when these ensembles are the shipped ones (`withView` loads them). */
  view: StoredView | null;
}

/** The targets a request asks for, and the key its ensembles are kept under ('' = the shipped defaults). */
export function targetsOf({ use, reading = 'controlled', targets: csv }: TargetsAsk) {
  const rows = parseTargets(csv ?? SHIPPED_TARGETS_CSV);
  if (!rows.ok) return { ok: false as const, detail: rows.errors.join('\n') };
  const r = resolveTargets(rows.value, { reading, ...(use ? { use } : {}) });
  if (!r.ok) return { ok: false as const, detail: r.errors.join('\n') };
  const on = [...(use ?? DEFAULT_USED)].sort();
  const isDefault = !csv && reading === 'controlled' && on.join() === [...DEFAULT_USED].sort().join();
  return { ok: true as const, ...r.value, key: isDefault ? '' : `${csv ?? ''}|${reading}|${on.join()}` };
}

/** Share of the prior's sets (by importance) each target keeps on its own: how much it narrows. */
export function keepsOf(prior: Ensemble, targets: readonly Target[]): TargetKeep[] {
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

/** The ensembles of the worker's models: calibrated here (by model object, then by targets key), else shipped. */
export class EnsembleStore {
  readonly #own = new WeakMap<Model, Map<string, EnsemblePair>>();
  constructor(readonly models: Map<string, Model>) {}

  /** Keeps what a calibration here gave, for the model object and the targets key. */
  keep(model: Model, key: string, pair: EnsemblePair): void {
    let kept = this.#own.get(model);
    if (!kept) this.#own.set(model, (kept = new Map()));
    kept.set(key, pair);
  }

  /** The ensembles a model is answered from for targets key `key` ('' = the shipped defaults). */
  async pairFor(modelId: string, key = ''): Promise<CalibrationAnswer<Pair>> {
    const model = this.models.get(modelId);
    if (!model) return fail('unknown-model', modelId);
    if (model.kind === 'card') return fail('card', modelId);
    const c = modelConstraints(model);
    const own = this.#own.get(model)?.get(key);
    if (own) return { ok: true, value: { model, c, pair: own, source: 'worker', view: null } };
    if (model.origin.kind === 'shipped') {
      const s = await shippedEnsembles(model.id);
      if (s && fitsModel(s.calibrated, c)) {
        const pair = { calibrated: key === '' ? s.calibrated : null, prior: s.prior };
        // The view's figures are a chunk of their own: the population view loads them (withView).
        return { ok: true, value: { model, c, pair, source: 'shipped', view: null } };
      }
    }
    return fail('not-calibrated', model.id);
  }

  /** The same for a request's targets, with the targets resolved. */
  async pairOf(modelId: string, ask: TargetsAsk) {
    const t = targetsOf(ask);
    if (!t.ok) return fail('targets', t.detail);
    const p = await this.pairFor(modelId, t.key);
    return p.ok ? { ok: true as const, value: { ...p.value, targets: t } } : p;
  }
}

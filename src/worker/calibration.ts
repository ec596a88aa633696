// The calibration's calls, loaded by the worker on first use (api.ts imports this module
// dynamically): the headline of a household over the shipped ensembles (their data is a separate
// chunk, imported here only), the calibrated answers built on it (effects, what-if, the population
// view: population-calibrated.ts), and the calibration of an imported or edited model over the synthetic
// population, with progress and a stop (calibration-run.ts). Every calibrated answer is over the
// ensemble of the targets switched on (calibration-pairs.ts).

import { decodeHousehold, type Model } from '../engine/index.ts';
import { FeatureCache } from '../engine/robust/encode.ts';
import { ensembleWhatIf } from '../engine/calibration/what-if.ts';
import { ensembleTermEffects } from '../engine/calibration/effects.ts';
import { kishEss } from '../engine/calibration/smc.ts';
import { headline, type Headline } from '../engine/calibration/headline.ts';
import { householdDesign } from '../engine/calibration/shipped.ts';
import { targetNarrowing } from '../engine/calibration/narrowing.ts';
import { EnsembleStore, keepsOf } from './calibration-pairs.ts';
import type { CompositionRequest, PopulationViewRequest } from './calibration-types.ts';
import { calibrationRun } from './calibration-run.ts';
import {
  fail,
  type CalibrationAnswer,
  type EffectsView,
  type HeadlineRequest,
  type HeadlinesRequest,
  type HeadlineView,
  type WhatIfRequest,
  type WhatIfView,
} from './calibration-types.ts';

export type * from './calibration-types.ts';

/** Width of a band over the ensemble. */
const width = (h: Headline) => h.rank.high - h.rank.low;

/** The calls over the worker's models. */
export function calibrationApi(models: Map<string, Model>) {
  const store = new EnsembleStore(models);
  const cache = new FeatureCache();
  // The population view's code loads when the view is first opened, not with the headline's.
  let viewCalls: Promise<ReturnType<typeof import('./population-calibrated.ts').populationViewCalls>> | undefined;
  const view = () => (viewCalls ??= import('./population-calibrated.ts').then((m) => m.populationViewCalls(store)));
  const run = calibrationRun(store);
  return {
    /** Each variable's range of effect on a household over the calibrated ensemble; `not-calibrated` when there is none. */
    async effects(req: HeadlineRequest): Promise<CalibrationAnswer<EffectsView>> {
      const p = await store.pairOf(req.modelId, req);
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
      const { household, ...rest } = req;
      const r = await this.headlines({ ...rest, households: [household] }, true);
      return r.ok ? { ok: true, value: r.value[0]! } : r;
    },
    /**
     * The same for many households at once (pins, deck, handouts): one call, the ensembles found once;
     * a household that does not decode fails the whole call, naming its index. `byTarget` (the
     * knowledge panel's per-figure line, a few milliseconds more) only for the page's own household.
     */
    async headlines(req: HeadlinesRequest, byTarget = false): Promise<CalibrationAnswer<HeadlineView[]>> {
      const p = await store.pairOf(req.modelId, req);
      if (!p.ok) return p;
      const { model, c, pair, source, targets } = p.value;
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
        const keeps = keepsOf(pair.prior, targets.targets);
        out.push({
          calibrated,
          prior,
          narrowing,
          source,
          keeps,
          ...(byTarget ? { byTarget: targetNarrowing(pair, targets.targets, x) } : {}),
        });
      }
      return { ok: true, value: out };
    },
    /**
     * What would bring the household under the threshold (the rank cut of each weight set): the
     * fewest plausible changes after which it is controlled under fewer than `goal` of the sets of
     * the ensemble the page reads (`prior`: the directions only).
     */
    async whatIf(req: WhatIfRequest): Promise<CalibrationAnswer<WhatIfView>> {
      const p = await store.pairOf(req.modelId, req);
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
    /** Loads a model's ensembles (the shipped chunk): true when it has some here. */
    async load(modelId: string): Promise<boolean> {
      return (await store.pairFor(modelId)).ok;
    },
    composition: async (req: CompositionRequest) => (await view()).composition(req),
    population: async (req: PopulationViewRequest) => (await view()).population(req),
    calibrate: run.calibrate,
    /** Ends a calibration under way at its next chunk (it answers with `stopped`). */
    stop: run.stop,
  };
}

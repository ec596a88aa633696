// The population view's answers over an ensemble: the controlled group's composition under every
// weight set and the household's place. For a shipped model on the default targets they come from
// the figures stored with its ensembles (engine/calibration/view.ts): opening the view then loads
// no record and scores none. The records load only for an ensemble calibrated here (another set of
// targets, an imported model), once per ensemble, and for an edited copy's own example weights.

import { decodeHousehold, effectiveHousehold, rights, type Model } from '../engine/index.ts';
import type { Ensemble } from '../engine/calibration/ensemble.ts';
import { ensembleComposition, recordDesign, type RecordDesign } from '../engine/calibration/composition.ts';
import { headline } from '../engine/calibration/headline.ts';
import { householdDesign, shippedView } from '../engine/calibration/shipped.ts';
import { storedComposition, storedExample, viewFits } from '../engine/calibration/view.ts';
import type { Population } from '../engine/population/population.ts';
import { DEFAULT_CONTROLS, type CompositionRanges } from '../engine/population/ranges.ts';
import type { EnsembleStore, Pair } from './calibration-pairs.ts';
import {
  fail,
  type CalibrationAnswer,
  type CalibrationFailure,
  type CompositionRequest,
  type EnsembleCompositionView,
  type PopulationViewAnswer,
  type PopulationViewRequest,
} from './calibration-types.ts';

type Done = { composition: CompositionRanges; singleParent: number[] };

export function populationViewCalls(store: EnsembleStore) {
  const compositions = new WeakMap<Ensemble, Done>();
  const designs = new WeakMap<Model, RecordDesign & { pop: Population }>();

  /** The composition of `e`: stored (the shipped ensembles), else from the records, kept per ensemble. */
  async function compositionOf(url: string, p: Pair, e: Ensemble): Promise<CalibrationAnswer<Done>> {
    let done = compositions.get(e);
    if (!done && p.view && (e === p.pair.calibrated || e === p.pair.prior) && p.source === 'shipped')
      compositions.set(e, (done = storedComposition(p.view, e.kind)));
    if (!done) {
      // The composition reads the population's records: loaded here, for this ensemble only.
      const s = await (await import('./population.ts')).load(url);
      if ('ok' in s) return fail(s.reason === 'unavailable' ? 'unavailable' : 'invalid-file', s.detail);
      const pop = s.session.population;
      let design = designs.get(p.model);
      if (design?.pop !== pop) designs.set(p.model, (design = { pop, ...recordDesign(pop, p.model, p.c) }));
      const draws = ensembleComposition(pop, p.model, p.c, e, design);
      const j = draws.runs[0]?.findIndex((g) => g.level === 'singleParent') ?? -1;
      done = {
        composition: (await import('../engine/population/ranges.ts')).compositionRanges(draws),
        singleParent: j < 0 ? [] : draws.runs.map((r) => r[j]!.controlled),
      };
      compositions.set(e, done);
    }
    return { ok: true, value: done };
  }

  /** The pair with the shipped view's figures (their own chunk, loaded here: the headline needs none). */
  async function withView(modelId: string, ask: Parameters<EnsembleStore['pairOf']>[1]) {
    const p = await store.pairOf(modelId, ask);
    if (p.ok && p.value.source === 'shipped' && !p.value.view)
      return { ...p, value: { ...p.value, view: await shippedView(p.value.model.id) } };
    return p;
  }

  const ensembleFor = (p: Pair, prior?: boolean) => (prior || !p.pair.calibrated ? p.pair.prior : p.pair.calibrated);

  return {
    /**
     * The controlled group's composition under every set of the ensemble the page reads (the targets
     * switched on), computed once per ensemble and kept: it does not depend on the household.
     */
    async composition(req: CompositionRequest): Promise<CalibrationAnswer<EnsembleCompositionView>> {
      const p = await withView(req.modelId, req);
      if (!p.ok) return p;
      const e = ensembleFor(p.value, req.prior);
      const done = await compositionOf(req.url, p.value, e);
      return done.ok ? { ok: true, value: { ensemble: e.kind, source: p.value.source, ...done.value } } : done;
    },

    /**
     * Everything the population view shows at the ensembles' threshold (166,000): the overview, the
     * composition and the household's place. A household edit asks it again: the composition is the
     * one kept, the household a lookup.
     */
    async population(req: PopulationViewRequest): Promise<CalibrationAnswer<PopulationViewAnswer>> {
      const p = await withView(req.modelId, req);
      if (!p.ok) return p;
      const { model, c, view } = p.value;
      const d = decodeHousehold(req.household);
      if (d.errors.length) return fail('household', d.errors.map((e) => e.path).join(', '));
      const e = ensembleFor(p.value, req.prior);
      const stored = view && viewFits(view, model) ? view : null;
      let records = !compositions.has(e) && !(stored && p.value.source === 'shipped');
      const done = await compositionOf(req.url, p.value, e);
      if (!done.ok) return done;
      let overview: PopulationViewAnswer['overview'];
      if (stored) {
        // In `computed` mode the model reads the benefits the law gives (as evaluate does).
        const h = d.household;
        const household = effectiveHousehold(h, h.benefitsSource === 'computed' ? rights(h) : undefined);
        overview = {
          records: stored.records,
          total: stored.total,
          month: stored.month,
          controlled: Math.min(stored.total, stored.controls),
          histogram: stored.histogram,
          example: storedExample(stored, model, household),
          freeWeights: c.freeSlots.length,
          weights: c.size,
          loadMs: 0,
          card: stored.card as PopulationViewAnswer['overview']['card'],
        };
      } else {
        // An edited copy's own weights, or a model with no stored figures: the example needs the records.
        const o = await (
          await import('./population.ts')
        )
          .populationApi(store.models)
          .overview({ url: req.url, modelId: req.modelId, household: req.household, controls: DEFAULT_CONTROLS });
        // (`controls` cannot fail here: the threshold is the ensembles' own.)
        if (!o.ok) return fail(o.reason as CalibrationFailure['reason'], o.detail);
        overview = o.value;
        records = true;
      }
      return {
        ok: true,
        value: {
          overview,
          composition: { ensemble: e.kind, source: p.value.source, ...done.value },
          headline: headline(e, householdDesign(model, d.household, c)),
          records,
        },
      };
    },
  };
}

// The explorer's coarse call: pinned households × models, each with its band, exact terms and
// term ranges, sensitivity curves with bands, and the robust verdict between pairs. Draws and
// the law's results are cached, so a refresh after one edit redoes only what the edit touched.

import type { Household } from '../../household/household.ts';
import { score, type Score } from '../score.ts';
import type { Features, Model } from '../types.ts';
import { freeEffect, scoreBand, termRanges, type ScoreBand, type TermRange } from './bands.ts';
import { modelConstraints, type Constraints } from './constraints.ts';
import { designVector } from './design.ts';
import { dominance, type Dominance } from './dominance.ts';
import { FeatureCache } from './encode.ts';
import { fieldOf } from './fields.ts';
import { compareOnDraws, type SampledComparison } from './sampled.ts';
import { DEFAULT_SEED, sampleWeights } from './sampler.ts';
import type { BandSweep } from './sweep.ts';

/** Draws per band in the explorer: quantiles 5/95 within about ±1 point of probability. */
export const EXPLORER_SAMPLES = 1000;
/** Bands kept per model: six households × four curves × a dozen points, several times over. */
const BAND_CACHE = 5000;
/** Curves drawn by default: the incomes and the facts the model families score most. */
export const DEFAULT_SWEEP_FIELDS = ['adults[0].earnings', 'housing.rent', 'alimony', 'history.monthsWorked12'];

export interface ExplorerOptions {
  samples?: number;
  seed?: number;
  sweepFields?: string[];
  /** The households whose curves are drawn; default every one. */
  sweepOf?: number[];
  /** Household index pairs to compare; default every pair. */
  pairs?: [number, number][];
}

export interface ExplorerCell {
  model: string;
  household: number;
  band: ScoreBand;
  /** Exact contributions with the file's values (the example weighting). */
  example: Score;
  terms: TermRange[];
  /** The free terms this household uses, summed: the waterfall's collapsed row. */
  free: { variables: string[]; lo: number; hi: number };
}

export interface ExplorerComparison {
  model: string;
  a: number;
  b: number;
  dominance: Dominance;
  sampled: SampledComparison;
}

export interface ExplorerView {
  n: number;
  seed: number;
  cells: ExplorerCell[];
  sweeps: (BandSweep & { model: string; household: number })[];
  comparisons: ExplorerComparison[];
}

/** Keeps what survives between refreshes: each model's constraints and draws, the law's results. */
export class RobustContext {
  readonly features = new FeatureCache();
  private readonly compiled = new WeakMap<
    Model,
    { c: Constraints; draws: Map<string, Float64Array>; bands: Map<string, ScoreBand> }
  >();

  /** The constraints of `model` (compiled once per model object: an edited model is a new object). */
  constraints(model: Model): Constraints {
    let e = this.compiled.get(model);
    if (!e) this.compiled.set(model, (e = { c: modelConstraints(model), draws: new Map(), bands: new Map() }));
    return e.c;
  }

  /**
   * The band of design vector `x`, kept by content: after one edit, the households and sweep
   * points the edit did not touch have the same design vectors and are not sampled again.
   */
  band(model: Model, x: Float64Array, n: number, seed: number, scratch?: Float64Array): ScoreBand {
    const c = this.constraints(model);
    const e = this.compiled.get(model)!;
    const key = `${n}:${seed}:${x.join(',')}`;
    let b = e.bands.get(key);
    if (!b) {
      if (e.bands.size >= BAND_CACHE) e.bands.delete(e.bands.keys().next().value!);
      e.bands.set(key, (b = scoreBand(c, this.draws(model, n, seed), x, scratch)));
    }
    return b;
  }

  /** `n` seeded draws for `model`, computed once per (n, seed). */
  draws(model: Model, n: number, seed: number): Float64Array {
    this.constraints(model);
    const e = this.compiled.get(model)!;
    const key = `${n}:${seed}`;
    let d = e.draws.get(key);
    if (!d) e.draws.set(key, (d = sampleWeights(e.c, n, seed)));
    return d;
  }

  /** The whole explorer view for decoded households. */
  explore(models: Model[], households: Household[], o: ExplorerOptions = {}): ExplorerView {
    const n = o.samples ?? EXPLORER_SAMPLES;
    const seed = o.seed ?? DEFAULT_SEED;
    const scored = models.filter((m) => m.kind === 'model');
    const valid = (i: number) => Number.isInteger(i) && i >= 0 && i < households.length;
    const pairs = (
      o.pairs ?? households.flatMap((_, a) => households.map((_, b) => [a, b] as [number, number]))
    ).filter(([a, b]) => valid(a) && valid(b) && (o.pairs ? a !== b : a < b));
    const view: ExplorerView = { n, seed, cells: [], sweeps: [], comparisons: [] };
    // The law runs once per household and sweep point, whatever the number of models.
    const fields = o.sweepFields ?? DEFAULT_SWEEP_FIELDS;
    const points = households.map((h, i) => ({
      features: this.features.features(h),
      sweeps: (o.sweepOf && !o.sweepOf.includes(i) ? [] : fields).flatMap((id) => {
        const field = fieldOf(h, id);
        if (!field?.grid) return [];
        const x = field.grid(h);
        return [{ field: id, x, features: x.map((v) => this.features.features(field.set(h, v))) }];
      }),
    }));
    for (const model of scored) {
      const c = this.constraints(model);
      const draws = this.draws(model, n, seed);
      const scratch = new Float64Array(n);
      const design = new Float64Array(c.size);
      const band = (f: Features) => this.band(model, designVector(model, c, f, design), n, seed, scratch);
      const xs = points.map((p) => designVector(model, c, p.features));
      points.forEach((p, i) => {
        const terms = termRanges(c, model.variables, xs[i]!);
        view.cells.push({
          model: model.id,
          household: i,
          band: this.band(model, xs[i]!, n, seed, scratch),
          example: score(model, p.features),
          terms,
          free: freeEffect(terms),
        });
        for (const s of p.sweeps) {
          const bands = s.features.map(band);
          view.sweeps.push({
            field: s.field,
            x: s.x,
            q05: bands.map((b) => b.q05),
            q50: bands.map((b) => b.q50),
            q95: bands.map((b) => b.q95),
            example: bands.map((b) => b.example),
            n,
            model: model.id,
            household: i,
          });
        }
      });
      for (const [a, b] of pairs)
        view.comparisons.push({
          model: model.id,
          a,
          b,
          dominance: dominance(model, c, xs[a]!, xs[b]!),
          sampled: compareOnDraws(c, draws, xs[a]!, xs[b]!, seed, scratch),
        });
    }
    return view;
  }
}

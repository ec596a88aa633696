// The calibration calls' requests and answers (calibration.ts and the modules it is split into):
// types only, so that the page imports them without the engine.

import type { CompositionRanges } from '../engine/population/ranges.ts';
import type { EnsembleKind } from '../engine/calibration/ensemble.ts';
import type { EnsembleWhatIf } from '../engine/calibration/what-if.ts';
import type { TermEffects } from '../engine/calibration/effects.ts';
import type { Headline, HeadlineView } from '../engine/calibration/headline.ts';
import type { SingleParentReading } from '../engine/calibration/targets.ts';
import type { PopulationOverview } from './population.ts';

export type { HeadlineView };

/**
 * The published figures a calibrated answer is over (app.knowledge): the targets switched on
 * (default: the shipped defaults), the reading of the 36 %, and a targets file's text as given to
 * `calibrate` (default: the shipped targets). Every calibrated call takes them, so that each
 * answers from the ensemble of the targets switched on.
 */
export interface TargetsAsk {
  use?: readonly string[] | null;
  reading?: SingleParentReading;
  targets?: string;
}

export interface HeadlineRequest extends TargetsAsk {
  modelId: string;
  household: unknown;
}

export interface HeadlinesRequest extends TargetsAsk {
  modelId: string;
  households: unknown[];
}

export interface WhatIfRequest extends TargetsAsk {
  modelId: string;
  household: unknown;
  /** Read the prior ensemble (app.knowledge.side === 'directions'); default the calibrated one. */
  prior?: boolean;
  /**
   * Default 0.5: controlled under fewer than half the weight sets, then, when the household already
   * is but not under none, 0: controlled under none of them. Given, only that goal.
   */
  goal?: number;
  maxChanges?: number;
}

export interface CompositionRequest extends TargetsAsk {
  /** Absolute URL of population/foyers.js (as for the population view). */
  url: string;
  modelId: string;
  prior?: boolean;
}

/** The population view at the ensembles' threshold: what opening it and each household edit ask. */
export interface PopulationViewRequest extends CompositionRequest {
  household: unknown;
}

export interface EnsembleCompositionView {
  ensemble: EnsembleKind;
  source: HeadlineView['source'];
  /** Over the ensemble's sets; `draws` is their number. */
  composition: CompositionRanges;
  /** Single parents' share of the controlled group under each set (for the 36 % comparison). */
  singleParent: number[];
}

export interface PopulationViewAnswer {
  overview: PopulationOverview;
  composition: EnsembleCompositionView;
  /** The household over the same ensemble (a lookup). */
  headline: Headline;
  /** False when the answer came from the stored figures and lookups alone: no record was loaded for it. */
  records: boolean;
}

export type CalibrationFailure = {
  ok: false;
  reason: 'unknown-model' | 'card' | 'household' | 'not-calibrated' | 'targets' | 'unavailable' | 'invalid-file';
  detail: string;
};
export type CalibrationAnswer<T> = { ok: true; value: T } | CalibrationFailure;

export const fail = (reason: CalibrationFailure['reason'], detail = ''): CalibrationFailure => ({
  ok: false,
  reason,
  detail,
});

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
  /** Not met: the closest weight sets (at most 5), their distance (1 = the edge of value ± tolerance) and statistics. */
  closest: { distance: number; statistics: Record<string, number> }[];
}

export interface EffectsView extends TermEffects {
  ensemble: 'calibrated';
  source: 'shipped' | 'worker';
  /** Weight sets and their effective number. */
  n: number;
  ess: number;
}

export type WhatIfView = EnsembleWhatIf & { ensemble: EnsembleKind };

// The shape of a scoring model file once validated. Every number carries its provenance,
// so the interface can always say whether a score rests on published weights.

import type { Problem as ReportedProblem } from '../problems/index.ts';

/** How sure we are of a number: read in the publisher's document, reported by others, chosen by us, or not known. */
export type Status = 'published' | 'reported' | 'placeholder' | 'unknown';

/** A text in both interface languages. */
export interface LocalizedText {
  fr: string;
  en: string;
}

/** The sign of a weight's effect as the sources report it: raises (`+`), lowers (`-`) or not known (`?`). */
export type Direction = '+' | '-' | '?';

/**
 * A number with its provenance: `source` is a key of the model's `sources`. A number that is not
 * `published` or `reported` is free: the robust views let it move within `range` (log-odds, per
 * unit for a linear variable), on the side of zero its `direction` allows (see docs/model-format.md).
 */
export interface SourcedNumber {
  value: number;
  status: Status;
  source: string;
  note?: string;
  /** Absent means `?`. */
  direction?: Direction;
  /** Which entry of `sources` reports the direction (often not the one that gave the value). */
  directionSource?: string;
  /** Plausible [min, max] for a free number; absent means the documented default (engine/robust/ranges.ts). */
  range?: [number, number];
  /**
   * Standard deviation of the value as its publisher estimated it (an EBM's spread over its bags),
   * in the value's unit: shown as an uncertainty band, never used to score.
   */
  sd?: number;
}

export interface Source {
  title: string;
  url?: string;
  /** ISO date the source was read. */
  read?: string;
}

export interface BooleanVariable extends VariableBase {
  type: 'boolean';
  /** Log-odds added when the variable is true. */
  coefficient: SourcedNumber;
}

export interface Level {
  id: string;
  label: LocalizedText;
  /** Absent on the reference level, whose contribution is 0 by construction. */
  coefficient?: SourcedNumber;
}

export interface CategoricalVariable extends VariableBase {
  type: 'categorical';
  levels: Level[];
  /** Id of the reference level (one of `levels`). */
  reference: string;
}

export interface LinearVariable extends VariableBase {
  type: 'numeric';
  encoding: 'linear';
  unit: string;
  /** Usual spread of the variable in its unit, which bounds the default range; absent means the unit's default. */
  span?: number;
  /** Log-odds per unit. */
  coefficient: SourcedNumber;
}

/** Half-open interval [min, max); null means unbounded. */
export interface Bin {
  min: number | null;
  max: number | null;
  coefficient: SourcedNumber;
}

export interface BinnedVariable extends VariableBase {
  type: 'numeric';
  encoding: 'bins';
  unit: string;
  bins: Bin[];
  /** The term when the value is missing (an EBM's bin 0); absent means 0. */
  missing?: SourcedNumber;
  /** Declared missing handling: a missing value is replaced by `value` (see Imputation). */
  impute?: Imputation;
}

/**
 * "Missing → replaced by `value`, and the variable `indicator` set to 1" (else 0): the model's own
 * pipeline, applied before scoring, so a value given for the indicator is ignored.
 */
export interface Imputation {
  value: SourcedNumber;
  /** Id of a categorical variable with levels "0" and "1", or of a boolean variable. */
  indicator?: string;
}

/** A variable the publisher lists but whose definition we do not have: it contributes nothing. */
export interface UnknownVariable extends VariableBase {
  type: 'unknown';
}

export interface VariableBase {
  id: string;
  label: LocalizedText;
  /** Provenance of the label itself (a published label with an unknown weight is common). */
  labelStatus: Status;
  source: string;
  /** How a household becomes this variable (shown to users). */
  definition?: LocalizedText;
  /** How a form asks for it, for models whose variables are not household facts (see docs/model-format.md). */
  input?: InputHint;
}

/** A field's plausible range and step, and the value the form starts from (null: missing). */
export interface InputHint {
  min?: number;
  max?: number;
  step?: number;
  typical?: FeatureValue;
}

export type Variable = BooleanVariable | CategoricalVariable | LinearVariable | BinnedVariable | UnknownVariable;

export interface Model {
  format: 'cnaf-score-model/1';
  id: string;
  /** `card`: the model exists but cannot be scored (structure unknown). */
  kind: 'model' | 'card';
  title: LocalizedText;
  publisher: string;
  dates: { published?: string; inForce?: string; retired?: string };
  target: LocalizedText;
  summary?: LocalizedText;
  placeholderMethod?: LocalizedText;
  sources: Record<string, Source>;
  link: 'logit';
  intercept: SourcedNumber;
  variables: Variable[];
  /** Set by the loader: where this model came from. */
  origin: { kind: 'shipped' } | { kind: 'imported'; file: string };
}

/** A model variable's value: boolean, number, or a level id. `null` means "not derivable". */
export type FeatureValue = boolean | number | string | null;
export type Features = Record<string, FeatureValue>;

export type { Problem } from '../problems/index.ts';

/** What a file reader returns: a value, or every problem found; problems carry message ids (see problems/). */
export type Result<T> =
  | { ok: true; value: T; warnings: ReportedProblem[] }
  | { ok: false; errors: ReportedProblem[]; warnings: ReportedProblem[] };

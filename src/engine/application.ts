// Everything the page shows of a model whose variables are not household facts (Amsterdam's Slimme
// Check scores an application), for one profile typed in its form, in one worker call: the profile
// the form shows (typed values over the typical one), the variables the model derives itself, the
// exact score and its waterfall, each term's shape with the profile's place on it, the other version
// under the same profile term by term, and the model's published facts. Pure: runs in the worker,
// Node and the tests; the page only draws the answer.

import factsFile from '../models/amsterdam-facts.json' with { type: 'json' };
import {
  derivedVariables,
  isFeatureModel,
  otherVersions,
  profileFor,
  termShape,
  type ShapeStep,
} from './feature-model.ts';
import { foldScore } from './fold.ts';
import { score, type Contribution, type Score } from './score.ts';
import type { Features, FeatureValue, Model, Source, SourcedNumber, Status, Variable } from './types.ts';

export interface ApplicationRequest {
  /** Increasing id: the page keeps only the answer to its latest request. */
  id: number;
  modelId: string;
  /** The values typed (or given by a link or storage), by variable id; the rest is the model's typical profile. */
  values: Readonly<Record<string, FeatureValue>>;
}

/** One term of the model drawn as its shape: its steps, and where the profile falls on them. */
export interface TermView {
  variable: string;
  steps: ShapeStep[];
  /** The steps are levels (points), not bins (intervals). */
  levels: boolean;
  /** Index in `steps` of the bin or level the profile selects; null for none (missing, or the reference level). */
  at: number | null;
  /** The profile's term (log-odds), with the value that selected it. */
  contribution: Contribution | undefined;
}

/** The same profile under another version of the model, term by term (`b − a`). */
export interface VersionView {
  modelId: string;
  score: Score;
  rows: { variable: string; a: number; b: number; diff: number }[];
}

/** The published facts of a model (AUC, sample sizes, the pilot), each number with its status and source. */
export interface ModelFacts {
  testAuc: SourcedNumber;
  cvAuc: SourcedNumber;
  trainAuc: SourcedNumber;
  precision: SourcedNumber;
  recall: SourcedNumber;
  /** Applications judged not worth / worth investigating. */
  test: { notWorth: SourcedNumber; worth: SourcedNumber };
  train: { notWorth: SourcedNumber; worth: SourcedNumber };
  /** The value a missing income is replaced by. */
  incomeMean: SourcedNumber;
  /** The pilot (April–August 2023, then dropped): its words are the page's, its provenance is here. */
  pilot: { status: Status; source: string };
  /** The sources the facts cite by key. */
  sources: Record<string, Source>;
}

export interface ApplicationView {
  modelId: string;
  /** Every variable's value as scored (typed, else typical; null: missing): the form shows these. */
  profile: Features;
  /** Variables the model derives itself (an imputation's indicator): shown, never typed. */
  derived: string[];
  /** Exact: every weight is published. */
  score: Score;
  terms: TermView[];
  /** The first other version of the model (same variables), when the engine has one. */
  other: VersionView | null;
  facts: ModelFacts | null;
}

export type ApplicationAnswer =
  | { id: number; ok: true; view: ApplicationView }
  | { id: number; ok: false; reason: 'unknown-model' | 'household-model' };

const FACTS = factsFile as unknown as {
  sources: Record<string, Source>;
  models: Record<string, Omit<ModelFacts, 'sources'>>;
};

/** The published facts of `modelId`, or null when none are shipped. */
export function modelFacts(modelId: string): ModelFacts | null {
  const f = Object.hasOwn(FACTS.models, modelId) ? FACTS.models[modelId] : undefined;
  return f ? { ...f, sources: FACTS.sources } : null;
}

/** Which of `steps` the profile's term comes from. */
function stepAt(v: Variable, steps: readonly ShapeStep[], c: Contribution | undefined): number | null {
  if (!c) return null;
  if (v.type === 'categorical') {
    const i = steps.findIndex((s) => s.level === c.level);
    return i < 0 ? null : i;
  }
  // An imputed value is scored as the replacement value, which `value` then holds.
  const x = c.value;
  if (typeof x !== 'number') return null;
  const i = steps.findIndex((s) => (s.from === null || x >= s.from) && (s.to === null || x < s.to));
  return i < 0 ? null : i;
}

function scoreOf(model: Model, values: ApplicationRequest['values']): { profile: Features; score: Score } {
  const profile = profileFor(model, values);
  return { profile, score: score(model, profile) };
}

/** The answer to one edit of the form (see ApplicationView); `models` are the engine's. */
export function applicationView(models: ReadonlyMap<string, Model>, req: ApplicationRequest): ApplicationAnswer {
  const model = models.get(req.modelId);
  if (!model) return { id: req.id, ok: false, reason: 'unknown-model' };
  if (!isFeatureModel(model)) return { id: req.id, ok: false, reason: 'household-model' };
  const { profile, score: s } = scoreOf(model, req.values);
  const byVariable = new Map(s.contributions.map((c) => [c.variable, c]));
  const terms = model.variables.map((v): TermView => {
    const steps = termShape(v);
    const contribution = byVariable.get(v.id);
    return {
      variable: v.id,
      steps,
      levels: steps.length > 0 && steps[0]!.level !== undefined,
      at: stepAt(v, steps, contribution),
      contribution,
    };
  });
  const otherModel = otherVersions(model, [...models.values()])[0];
  let other: VersionView | null = null;
  if (otherModel) {
    const b = scoreOf(otherModel, req.values).score;
    const term = (x: Score, id: string) => x.contributions.find((c) => c.variable === id)?.logodds ?? 0;
    other = {
      modelId: otherModel.id,
      score: foldScore(b),
      rows: model.variables.map((v) => {
        const [ta, tb] = [term(s, v.id), term(b, v.id)];
        return { variable: v.id, a: ta, b: tb, diff: tb - ta };
      }),
    };
  }
  return {
    id: req.id,
    ok: true,
    view: {
      modelId: model.id,
      profile,
      derived: [...derivedVariables(model)],
      score: foldScore(s),
      terms,
      other,
      facts: modelFacts(model.id),
    },
  };
}

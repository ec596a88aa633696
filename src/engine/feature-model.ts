// Models whose variables are not household facts (Amsterdam's Slimme Check scores an application):
// which they are, the profile their form starts from, each term's shape over its variable's values,
// and the other versions of the same model. Pure: the worker's `application` call (application.ts)
// answers the page's form and charts from these.

import { isFeatureModel } from './constants.ts';
import type { Features, FeatureValue, Model, SourcedNumber, Variable } from './types.ts';

// The predicate lives with the constants: the page asks it of the listed models without the engine.
export { isFeatureModel };

/** Variables the model derives itself (an imputation's indicator): shown, never typed. */
export function derivedVariables(model: Model): Set<string> {
  const out = new Set<string>();
  for (const v of model.variables)
    if (v.type === 'numeric' && v.encoding === 'bins' && v.impute?.indicator) out.add(v.impute.indicator);
  return out;
}

/** The profile a form starts from: each variable's `input.typical`, else missing. */
export function typicalProfile(model: Model): Features {
  const out = Object.create(null) as Features;
  for (const v of model.variables) if (v.type !== 'unknown') out[v.id] = v.input?.typical ?? null;
  return out;
}

/**
 * `values` kept to the variables of `model` and to values they accept (a number for a numeric
 * variable, a level id for a categorical one, null for missing); the rest from the typical profile.
 */
export function profileFor(model: Model, values: Readonly<Record<string, FeatureValue>>): Features {
  const out = typicalProfile(model);
  for (const v of model.variables) {
    if (!Object.hasOwn(values, v.id)) continue;
    const x = values[v.id] ?? null;
    const ok =
      x === null ||
      (v.type === 'numeric' && typeof x === 'number' && Number.isFinite(x)) ||
      (v.type === 'categorical' && v.levels.some((l) => l.id === x)) ||
      (v.type === 'boolean' && typeof x === 'boolean');
    if (ok) out[v.id] = x;
  }
  return out;
}

/** One step of a term's shape: the values [from, to) take `n` (log-odds), ± its sd. */
export interface ShapeStep {
  /** Bin bounds (null: unbounded) or a level's id. */
  from: number | null;
  to: number | null;
  level?: string;
  n: SourcedNumber;
}

/** The term's steps in order: its bins, or its levels with a weight (the reference, 0, left out). */
export function termShape(v: Variable): ShapeStep[] {
  if (v.type === 'numeric' && v.encoding === 'bins')
    return v.bins.map((b) => ({ from: b.min, to: b.max, n: b.coefficient }));
  if (v.type === 'categorical')
    return v.levels.flatMap((l) => (l.coefficient ? [{ from: null, to: null, level: l.id, n: l.coefficient }] : []));
  return [];
}

/** The other scorable feature models with the same variable ids (the versions of one model), in list order. */
export function otherVersions(model: Model, models: readonly Model[]): Model[] {
  const ids = model.variables.map((v) => v.id).join('\n');
  return models.filter(
    (m) => m.id !== model.id && isFeatureModel(m) && m.variables.map((v) => v.id).join('\n') === ids,
  );
}

// A model's declared missing handling ("missing → replaced by a value, and an indicator set to 1"),
// applied to the features before any term is looked up, as the model's own pipeline did. Models
// without one (every CNAF model) get their features back untouched, with no copy.

import type { BinnedVariable, Features, FeatureValue, Model } from './types.ts';

type Imputed = BinnedVariable & { impute: NonNullable<BinnedVariable['impute']> };

const cache = new WeakMap<Model, Imputed[]>();

/** The variables of `model` that declare an imputation (cached per model object). */
export function imputedVariables(model: Model): Imputed[] {
  let list = cache.get(model);
  if (!list) {
    list = model.variables.filter(
      (v): v is Imputed => v.type === 'numeric' && v.encoding === 'bins' && v.impute !== undefined,
    );
    cache.set(model, list);
  }
  return list;
}

const given = (f: Features, id: string): FeatureValue => (Object.hasOwn(f, id) ? (f[id] ?? null) : null);

/**
 * The features as the model scores them: each imputed variable that is missing takes its
 * replacement value and its indicator "1"; one that is present sets its indicator to "0" (a value
 * typed for the indicator is overridden: the pipeline derives it). Also returns which ids were imputed.
 */
export function applyImputation(model: Model, features: Features): { features: Features; imputed: Set<string> } {
  const list = imputedVariables(model);
  const imputed = new Set<string>();
  if (list.length === 0) return { features, imputed };
  const out = Object.assign(Object.create(null) as Features, features);
  for (const v of list) {
    const missing = typeof given(features, v.id) !== 'number';
    if (missing) {
      out[v.id] = v.impute.value.value;
      imputed.add(v.id);
    }
    const ind = v.impute.indicator && model.variables.find((x) => x.id === v.impute.indicator);
    if (ind) out[ind.id] = ind.type === 'boolean' ? missing : missing ? '1' : '0';
  }
  return { features: out, imputed };
}

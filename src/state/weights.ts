// Weights edited by an expert: a list of changes to a base model, applied to a copy of it. The
// copy is what the engine scores (under the base id + EDITED_SUFFIX, so that the shipped or imported
// model stays as it was); the list is what a share link carries.

import type { Model, SourcedNumber, Variable } from '../engine/index.ts';

export const EDITED_SUFFIX = '-modifie';

/** One weight of a model: a variable's coefficient, one of its levels, or one of its bins. */
export interface WeightRef {
  variable: string;
  /** Level id (categorical) or bin index (binned numeric); absent for a single coefficient. */
  part?: string | number;
}

export interface WeightChange extends WeightRef {
  value: number;
}

export const isEdited = (m: Pick<Model, 'id'>) => m.id.endsWith(EDITED_SUFFIX);
export const baseIdOf = (id: string) => (id.endsWith(EDITED_SUFFIX) ? id.slice(0, -EDITED_SUFFIX.length) : id);

const INDEX = new WeakMap<readonly Variable[], Map<string, Variable>>();
/** Variables by id, built once per list: the weight panel looks up one per row. */
function variableIndex(variables: readonly Variable[]): Map<string, Variable> {
  let index = INDEX.get(variables);
  if (!index) INDEX.set(variables, (index = new Map(variables.map((v) => [v.id, v]))));
  return index;
}

/** The variable `id` of `model`, or undefined. */
export const variableOf = (model: Pick<Model, 'variables'>, id: string): Variable | undefined =>
  variableIndex(model.variables).get(id);

/** The number a reference names in `model`, or undefined when the model has no such weight. */
export function weightOf(model: Omit<Model, 'origin'>, ref: WeightRef): SourcedNumber | undefined {
  if (ref.variable === 'intercept') return model.intercept;
  const v = variableIndex(model.variables).get(ref.variable);
  if (!v) return undefined;
  if (v.type === 'boolean' || (v.type === 'numeric' && v.encoding === 'linear')) return v.coefficient;
  if (v.type === 'categorical') return v.levels.find((l) => l.id === ref.part)?.coefficient;
  if (v.type === 'numeric' && v.encoding === 'bins' && typeof ref.part === 'number')
    return v.bins[ref.part]?.coefficient;
  return undefined;
}

/** Every weight of a model that can be edited, in the model's order. */
export function weightRefs(model: Model): WeightRef[] {
  const out: WeightRef[] = [{ variable: 'intercept' }];
  for (const v of model.variables) {
    if (v.type === 'boolean' || (v.type === 'numeric' && v.encoding === 'linear')) out.push({ variable: v.id });
    else if (v.type === 'categorical')
      for (const l of v.levels) if (l.coefficient) out.push({ variable: v.id, part: l.id });
    if (v.type === 'numeric' && v.encoding === 'bins') v.bins.forEach((_, i) => out.push({ variable: v.id, part: i }));
  }
  return out;
}

/**
 * A model file for `base` with `changes` applied: a new id and title, every edited number marked
 * `placeholder` from the source "edited" (an expert's choice is never the CNAF's) and fixed at the
 * value typed (its range the one point), so that the explorer's band and the headline move with it.
 */
export function editedModel(base: Model, changes: readonly WeightChange[], note: string): Record<string, unknown> {
  const { origin: _origin, ...copy } = structuredClone(base);
  copy.id = base.id + EDITED_SUFFIX;
  copy.title = { fr: `${base.title.fr} (modifié)`, en: `${base.title.en} (edited)` };
  copy.sources = { ...copy.sources, edited: { title: note } };
  for (const c of changes) {
    const n = weightOf(copy, c);
    if (!n || !Number.isFinite(c.value)) continue;
    n.value = c.value;
    n.status = 'placeholder';
    n.source = 'edited';
    if (n.direction === '+' && c.value < 0) n.direction = '?';
    if (n.direction === '-' && c.value > 0) n.direction = '?';
    // One point: not free (robust/ranges.ts, isFree), whatever its status says.
    n.range = [c.value, c.value];
  }
  return copy as unknown as Record<string, unknown>;
}

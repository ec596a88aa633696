// Checks model variables given directly (the CLI's --features), naming each bad value.

import { Problems, isRecord, rawText, type Problem } from '../problems/index.ts';
import type { Features, Model, Variable } from './types.ts';
import { levelOf } from './score.ts';

/** Validates `raw` as `{ "variable": value }` for `model`; levels are given by id. */
export function checkFeatures(
  model: Model,
  raw: unknown,
): { ok: true; value: Features } | { ok: false; errors: Problem[] } {
  const p = new Problems();
  // Keyed by the file's variable names: "constructor" or "__proto__" are names like any other.
  const out = Object.create(null) as Features;
  if (!isRecord(raw)) {
    p.error('', 'features.notAnObject');
    return { ok: false, errors: p.errors };
  }
  const byId = new Map<string, Variable>(model.variables.map((v) => [v.id, v]));
  for (const [id, value] of Object.entries(raw)) {
    const v = byId.get(id);
    if (!v) {
      p.error(id, 'features.unknownVariable', { model: model.id, variables: [...byId.keys()].join(', ') });
      continue;
    }
    // null is a missing value: the model's missing bin, reference or declared imputation applies.
    if (value === null && v.type !== 'unknown') {
      out[id] = null;
      continue;
    }
    // A number names the categorical level written as it (an EBM's category 1.0 is the level "1").
    const level =
      v.type === 'categorical' && typeof value === 'number' ? (levelOf(v.levels, value)?.id ?? value) : value;
    if (v.type === 'boolean' && typeof value !== 'boolean' && value !== 0 && value !== 1)
      p.error(id, 'features.boolean');
    else if (v.type === 'numeric' && (typeof value !== 'number' || !Number.isFinite(value)))
      p.error(id, 'features.number');
    else if (v.type === 'categorical' && !v.levels.some((l) => l.id === level))
      p.error(id, 'features.unknownLevel', { value: rawText(value), levels: v.levels.map((l) => l.id).join(', ') });
    else if (v.type === 'unknown') p.error(id, 'features.unknownForm');
    out[id] =
      value === 1 && v.type === 'boolean'
        ? true
        : value === 0 && v.type === 'boolean'
          ? false
          : (level as Features[string]);
  }
  return p.ok ? { ok: true, value: out } : { ok: false, errors: p.errors };
}

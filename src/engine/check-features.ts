// Checks model variables given directly (the CLI's --features), naming each bad value.

import { Problems, isRecord } from './problems.ts';
import type { Features, Model } from './types.ts';

/** Validates `raw` as `{ "variable": value }` for `model`; levels are given by id. */
export function checkFeatures(
  model: Model,
  raw: unknown,
): { ok: true; value: Features } | { ok: false; errors: Problems['errors'] } {
  const p = new Problems();
  const out: Features = {};
  if (!isRecord(raw)) {
    p.error('', 'objet { "variable": valeur } attendu', 'expected an object { "variable": value }');
    return { ok: false, errors: p.errors };
  }
  for (const [id, value] of Object.entries(raw)) {
    const v = model.variables.find((x) => x.id === id);
    if (!v) {
      p.error(
        id,
        `variable inconnue du modèle ${model.id} (variables : ${model.variables.map((x) => x.id).join(', ')})`,
        `unknown variable for model ${model.id} (variables: ${model.variables.map((x) => x.id).join(', ')})`,
      );
      continue;
    }
    if (v.type === 'boolean' && typeof value !== 'boolean' && value !== 0 && value !== 1)
      p.error(id, 'true/false (ou 1/0) attendu', 'true/false (or 1/0) expected');
    else if (v.type === 'numeric' && (typeof value !== 'number' || !Number.isFinite(value)))
      p.error(id, 'nombre attendu', 'number expected');
    else if (v.type === 'categorical' && !v.levels.some((l) => l.id === value))
      p.error(
        id,
        `niveau inconnu ${JSON.stringify(value)} (niveaux : ${v.levels.map((l) => l.id).join(', ')})`,
        `unknown level ${JSON.stringify(value)} (levels: ${v.levels.map((l) => l.id).join(', ')})`,
      );
    else if (v.type === 'unknown')
      p.error(
        id,
        'variable de forme inconnue : elle ne peut pas recevoir de valeur',
        'variable of unknown form: it cannot take a value',
      );
    out[id] =
      value === 1 && v.type === 'boolean'
        ? true
        : value === 0 && v.type === 'boolean'
          ? false
          : (value as Features[string]);
  }
  return p.ok ? { ok: true, value: out } : { ok: false, errors: p.errors };
}

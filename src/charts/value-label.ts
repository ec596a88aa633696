// Human wording of one contribution: the variable's published label and the household's value.

import type { Contribution } from '../engine/score.ts';
import type { Model, Variable } from '../engine/types.ts';
import type { Dict, Lang } from '../i18n/index.ts';
import { formatNumber } from '../i18n/format.ts';

const BY_ID = new WeakMap<readonly Variable[], Map<string, Variable>>();

/** The variable `id` of `model`, through an index built once per list: a row per variable looks it up. */
export function variableOf(model: Model, id: string): Variable | undefined {
  let index = BY_ID.get(model.variables);
  if (!index) BY_ID.set(model.variables, (index = new Map(model.variables.map((v) => [v.id, v]))));
  return index.get(id);
}

/** The value as a person reads it: "oui", "Couple, deux actifs", "350 €/mois", "0,82 × SMIC net". */
export function describeValue(v: Variable | undefined, c: Contribution, t: Dict, lang: Lang): string {
  if (c.missing || !v || v.type === 'unknown') return '—';
  if (v.type === 'boolean') return c.value === true ? t.yes : t.no;
  if (v.type === 'categorical') return v.levels.find((l) => l.id === c.value)?.label[lang] ?? String(c.value);
  const n = typeof c.value === 'number' ? c.value : NaN;
  // Small ratios (0,82 × SMIC) need their decimals; amounts and counts read better whole.
  const decimals = Math.abs(n) < 10 && !Number.isInteger(n) ? 2 : 0;
  return `${formatNumber(n, lang, decimals)} ${v.unit}`;
}

// Turns a plain coefficient table, as published tables look, into a model file, and back.
// Header: variable,level,coefficient[,scale][,status][,source][,label]. See docs/model-format.md.

import { readCsv, parseDecimal } from './csv.ts';
import { Problems } from './problems.ts';
import { STATUSES, type Model, type Result, type Status, type Variable } from './types.ts';
import { MODEL_FORMAT, validateModel } from './validate-model.ts';
import { binLabel } from './score.ts';

const BIN = /^([[(])\s*(-?inf|[+-]?[\d.eE+-]+)?\s*[,;]\s*(\+?inf|[+-]?[\d.eE+-]+)?\s*([\])])$/i;
const IMPORT_SOURCE = 'import';

interface Row {
  line: number;
  level: string;
  value: number;
  status: Status;
  source: string;
  label: string;
}

/**
 * Reads a coefficient table. `templates` (one model or several: the one sharing the most
 * variable names with the table is used) supplies labels, definitions, the full level lists (so
 * that the missing level of a categorical variable is known by name) and the target.
 */
export function importCoefficientTable(text: string, file: string, templates: Model | Model[] = []): Result<Model> {
  const p = new Problems();
  const table = readCsv(text);
  if (table.unclosedQuoteLine !== undefined)
    p.error('', `guillemet ouvert jamais refermé`, 'a quote is opened and never closed', table.unclosedQuoteLine);
  const [header, ...body] = table.rows;
  const cols = (header?.cells ?? []).map((c) => c.toLowerCase());
  const col = (name: string) => cols.indexOf(name);
  for (const need of ['variable', 'level', 'coefficient'])
    if (col(need) < 0)
      p.error(
        'header',
        `colonne "${need}" absente de l’en-tête (attendu : variable,level,coefficient[,scale])`,
        `column "${need}" missing from the header (expected variable,level,coefficient[,scale])`,
        header?.line ?? 1,
      );
  if (!p.ok) return { ok: false, errors: p.errors, warnings: p.warnings };
  const template = bestTemplate(
    table.rows.slice(1).map((r) => r.cells[col('variable')] ?? ''),
    templates,
  );

  const sources: Record<string, { title: string; url?: string }> = {
    [IMPORT_SOURCE]: { title: `Fichier importé : ${file}` },
  };
  const groups = new Map<string, Row[]>();
  let intercept: Row | undefined;
  for (const { line, cells } of body) {
    const get = (name: string) => (col(name) >= 0 ? (cells[col(name)] ?? '') : '');
    const variable = get('variable');
    const level = get('level');
    const scale = (get('scale') || 'logodds').toLowerCase();
    let value = parseDecimal(get('coefficient'), table.delimiter);
    if (!variable) p.error('variable', 'nom de variable vide', 'empty variable name', line);
    if (!Number.isFinite(value))
      p.error(
        'coefficient',
        `coefficient illisible : "${get('coefficient')}"`,
        `unreadable coefficient: "${get('coefficient')}"`,
        line,
      );
    if (scale === 'oddsratio') {
      if (!(value > 0))
        p.error(
          'coefficient',
          `un odds ratio est strictement positif (reçu ${get('coefficient')})`,
          `an odds ratio is strictly positive (got ${get('coefficient')})`,
          line,
        );
      value = Math.log(value);
    } else if (scale !== 'logodds')
      p.error(
        'scale',
        `"scale" vaut logodds ou oddsratio (reçu "${scale}")`,
        `"scale" is logodds or oddsratio (got "${scale}")`,
        line,
      );
    const status = (get('status') || 'unknown') as Status;
    if (!STATUSES.includes(status))
      p.error('status', `"status" vaut ${STATUSES.join(', ')}`, `"status" is one of ${STATUSES.join(', ')}`, line);
    const source = get('source') ? sourceKey(get('source'), sources) : IMPORT_SOURCE;
    const row = { line, level, value, status, source, label: get('label') };
    if (variable.toLowerCase() === 'intercept') {
      if (intercept)
        p.error(
          'intercept',
          `intercept déjà donné ligne ${intercept.line}`,
          `intercept already given on line ${intercept.line}`,
          line,
        );
      intercept = row;
      continue;
    }
    if (!groups.has(variable)) groups.set(variable, []);
    groups.get(variable)!.push(row);
  }
  if (!intercept)
    p.error('intercept', 'aucune ligne "intercept,,<valeur>"', 'no "intercept,,<value>" row', header!.line);
  if (groups.size === 0)
    p.error('variables', 'aucune variable dans le tableau', 'no variable in the table', header!.line);

  const lines = new Map<string, number>([['', header!.line]]);
  if (intercept) lines.set('intercept', intercept.line);
  const variables = [...groups].map(([id, rows], i) => {
    lines.set(`variables[${i}]`, rows[0]!.line);
    return buildVariable(
      id,
      rows,
      template?.variables.find((v) => v.id === id),
      `variables[${i}]`,
      p,
      lines,
    );
  });
  if (template) {
    for (const v of template.variables)
      if (v.type !== 'unknown' && !groups.has(v.id))
        p.warn(
          v.id,
          `la variable "${v.id}" de ${template.id} n’a pas de ligne : elle ne compte pas dans ce modèle`,
          `variable "${v.id}" of ${template.id} has no row: it does not count in this model`,
        );
  }
  if (!p.ok) return { ok: false, errors: p.errors, warnings: p.warnings };

  const raw = {
    format: MODEL_FORMAT,
    id: `import-${
      file
        .replace(/\.[^.]*$/, '')
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .slice(0, 60) || 'tableau'
    }`,
    kind: 'model',
    title: { fr: `Modèle importé (${file})`, en: `Imported model (${file})` },
    publisher: template?.publisher ?? 'non précisé',
    dates: {},
    target: template?.target ?? { fr: 'non précisée par le fichier', en: 'not stated by the file' },
    sources: { ...(template?.sources ?? {}), ...sources },
    link: 'logit',
    intercept: intercept ? { value: intercept.value, status: intercept.status, source: intercept.source } : undefined,
    variables,
  };
  const checked = validateModel(raw, lines, { kind: 'imported', file });
  const warnings = [...p.warnings, ...checked.warnings];
  return checked.ok ? { ok: true, value: checked.value, warnings } : { ok: false, errors: checked.errors, warnings };
}

/** The template that shares the most variable names with the table, if any does. */
function bestTemplate(names: string[], templates: Model | Model[]): Model | undefined {
  const list = Array.isArray(templates) ? templates : [templates];
  let best: Model | undefined;
  let bestCount = 0;
  for (const m of list) {
    const count = m.variables.filter((v) => names.includes(v.id)).length;
    if (count > bestCount) [best, bestCount] = [m, count];
  }
  return best;
}

function sourceKey(text: string, sources: Record<string, { title: string; url?: string }>): string {
  const key = `s${Object.keys(sources).length}`;
  const existing = Object.entries(sources).find(([, s]) => s.title === text || s.url === text);
  if (existing) return existing[0];
  sources[key] = /^https?:\/\//.test(text) ? { title: text, url: text } : { title: text };
  return key;
}

function buildVariable(
  id: string,
  rows: Row[],
  known: Variable | undefined,
  path: string,
  p: Problems,
  lines: Map<string, number>,
) {
  const num = (r: Row) => ({ value: r.value, status: r.status, source: r.source });
  const label = rows.find((r) => r.label)?.label;
  const base = {
    id,
    label: known?.label ?? (label ? { fr: label, en: label } : { fr: id, en: id }),
    labelStatus: known?.labelStatus ?? 'unknown',
    source: known?.source && known.source !== '' ? known.source : IMPORT_SOURCE,
    ...(known?.definition ? { definition: known.definition } : {}),
  };
  const first = rows[0]!;
  const levels = rows.map((r) => r.level);
  if (!known || known.type === 'unknown')
    p.warn(
      path,
      `"${id}" n’est pas une variable connue de l’application : elle ne peut pas être calculée depuis un foyer et comptera à son niveau de référence`,
      `"${id}" is not a variable the app knows: it cannot be derived from a household and will count at its reference level`,
      first.line,
    );
  const single = (kind: string) => {
    if (rows.length > 1)
      p.error(
        path,
        `une variable ${kind} a une seule ligne (lignes ${rows.map((r) => r.line).join(', ')})`,
        `a ${kind} variable has a single row (lines ${rows.map((r) => r.line).join(', ')})`,
        rows[1]!.line,
      );
  };
  if (levels.includes('1') && rows.length === 1) return { ...base, type: 'boolean', coefficient: num(first) };
  if (levels.includes('*')) {
    single('linéaire (*)');
    return {
      ...base,
      type: 'numeric',
      encoding: 'linear',
      unit: known?.type === 'numeric' ? known.unit : 'unité',
      coefficient: num(first),
    };
  }
  if (levels.every((l) => BIN.test(l))) return binned(base, rows, known, path, lines, num);
  return categorical(base, rows, known, path, p, lines, num);
}

function binned(
  base: object,
  rows: Row[],
  known: Variable | undefined,
  path: string,
  lines: Map<string, number>,
  num: (r: Row) => object,
) {
  const bound = (s: string | undefined) => (s === undefined || /inf$/i.test(s) ? null : Number(s));
  const bins = rows
    .map((r) => {
      const m = BIN.exec(r.level)!;
      return { min: bound(m[2]), max: bound(m[3]), coefficient: num(r), line: r.line };
    })
    .sort((a, b) => (a.min ?? -Infinity) - (b.min ?? -Infinity));
  bins.forEach((b, j) => lines.set(`${path}.bins[${j}]`, b.line));
  return {
    ...base,
    type: 'numeric',
    encoding: 'bins',
    unit: known?.type === 'numeric' ? known.unit : 'unité',
    bins: bins.map(({ line: _l, ...b }) => b),
  };
}

function categorical(
  base: object,
  rows: Row[],
  known: Variable | undefined,
  path: string,
  p: Problems,
  lines: Map<string, number>,
  num: (r: Row) => object,
) {
  const knownLevels = known?.type === 'categorical' ? known.levels : undefined;
  const listed = new Set(rows.map((r) => r.level));
  let reference: string;
  if (knownLevels) {
    for (const r of rows)
      if (!knownLevels.some((l) => l.id === r.level))
        p.error(
          path,
          `niveau "${r.level}" inconnu pour ${(base as { id: string }).id} (niveaux : ${knownLevels.map((l) => l.id).join(', ')})`,
          `unknown level "${r.level}" for ${(base as { id: string }).id} (levels: ${knownLevels.map((l) => l.id).join(', ')})`,
          r.line,
        );
    const missing = knownLevels.filter((l) => !listed.has(l.id));
    const zero = rows.filter((r) => r.value === 0);
    if (missing.length === 1) reference = missing[0]!.id;
    else if (missing.length === 0 && zero.length === 1) reference = zero[0]!.level;
    else {
      p.error(
        path,
        `il manque ${missing.length} niveaux (${missing.map((l) => l.id).join(', ')}) : un seul niveau, la référence, peut être omis`,
        `${missing.length} levels are missing (${missing.map((l) => l.id).join(', ')}): only one level, the reference, may be left out`,
        rows[0]!.line,
      );
      reference = missing[0]?.id ?? '';
    }
  } else reference = '(reference)';
  const levels = (
    knownLevels ?? [
      ...rows.map((r) => ({ id: r.level, label: { fr: r.label || r.level, en: r.label || r.level } })),
      { id: reference, label: { fr: 'autre (référence)', en: 'other (reference)' } },
    ]
  ).map((l) => {
    const r = rows.find((x) => x.level === l.id);
    return l.id === reference
      ? { id: l.id, label: l.label }
      : { id: l.id, label: l.label, coefficient: r ? num(r) : undefined };
  });
  levels.forEach((l, j) => {
    const r = rows.find((x) => x.level === l.id);
    if (r) lines.set(`${path}.levels[${j}]`, r.line);
  });
  return { ...base, type: 'categorical', levels, reference };
}

/** Writes a model's coefficients as a table that importCoefficientTable reads back. */
export function modelToCsv(model: Model): string {
  const out = ['variable,level,coefficient,scale,status,source'];
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const row = (v: string, l: string, n: { value: number; status: Status; source: string }) => {
    const src = model.sources[n.source];
    out.push([v, l, String(n.value), 'logodds', n.status, src?.url ?? src?.title ?? ''].map(q).join(','));
  };
  row('intercept', '', model.intercept);
  for (const v of model.variables) {
    if (v.type === 'boolean') row(v.id, '1', v.coefficient);
    else if (v.type === 'categorical') for (const l of v.levels) if (l.coefficient) row(v.id, l.id, l.coefficient);
    if (v.type === 'numeric' && v.encoding === 'linear') row(v.id, '*', v.coefficient);
    if (v.type === 'numeric' && v.encoding === 'bins')
      for (const b of v.bins) row(v.id, binLabel(b.min, b.max), b.coefficient);
  }
  return out.join('\n') + '\n';
}

// Checks a parsed model file against the format of docs/model-format.md and builds a typed
// Model. Every rule reports a located problem; nothing here throws on bad input.

import { Problems, isRecord } from './problems.ts';
import { STATUSES } from './types.ts';
import type { Bin, Level, Model, SourcedNumber, Source, Status, LocalizedText, Variable } from './types.ts';

export const MODEL_FORMAT = 'cnaf-score-model/1';
const ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,79}$/;

/** Validates `raw` (a parsed JSON value); `lines` maps paths to file lines for the messages. */
export function validateModel(
  raw: unknown,
  lines?: Map<string, number>,
  origin: Model['origin'] = { kind: 'shipped' },
) {
  const p = new Problems(lines);
  const model = readModel(raw, p, origin);
  return model && p.ok
    ? { ok: true as const, value: model, warnings: p.warnings }
    : { ok: false as const, errors: p.errors, warnings: p.warnings };
}

function readModel(raw: unknown, p: Problems, origin: Model['origin']): Model | undefined {
  if (!isRecord(raw)) {
    p.error('', 'le fichier doit contenir un objet JSON { … }', 'the file must hold a JSON object { … }');
    return undefined;
  }
  if (raw.format !== MODEL_FORMAT)
    p.error('format', `"format" doit valoir "${MODEL_FORMAT}"`, `"format" must be "${MODEL_FORMAT}"`);
  const id = typeof raw.id === 'string' && ID.test(raw.id) ? raw.id : '';
  if (!id)
    p.error(
      'id',
      '"id" manque ou contient des caractères non permis (lettres, chiffres, - _ .)',
      '"id" is missing or has characters other than letters, digits, - _ .',
    );
  const kind = raw.kind === undefined ? 'model' : raw.kind;
  if (kind !== 'model' && kind !== 'card')
    p.error('kind', '"kind" vaut "model" ou "card"', '"kind" is "model" or "card"');
  if (raw.link !== 'logit')
    p.error(
      'link',
      '"link" doit valoir "logit" (régression logistique)',
      '"link" must be "logit" (logistic regression)',
    );

  const sources = readSources(raw.sources, p);
  const num = (v: unknown, path: string) => readNum(v, path, p, sources);
  const dates = isRecord(raw.dates) ? raw.dates : {};
  const variables = Array.isArray(raw.variables)
    ? raw.variables
    : (p.error('variables', '"variables" doit être une liste', '"variables" must be a list'), []);
  const seen = new Set<string>();
  const vars = variables.map((v, i) => readVariable(v, `variables[${i}]`, p, sources, seen));
  if (kind === 'model' && vars.length === 0)
    p.error('variables', 'un modèle calculable a au moins une variable', 'a scorable model has at least one variable');

  const intercept =
    kind === 'card' && raw.intercept === undefined
      ? { value: 0, status: 'unknown' as Status, source: firstKey(sources) }
      : num(raw.intercept, 'intercept');
  return {
    format: MODEL_FORMAT,
    id,
    kind: kind === 'card' ? 'card' : 'model',
    title: readText(raw.title, 'title', p),
    publisher:
      typeof raw.publisher === 'string'
        ? raw.publisher
        : (p.error('publisher', '"publisher" manque', '"publisher" is missing'), ''),
    dates: {
      ...optDate(dates.published, 'dates.published', p),
      ...optDate(dates.inForce, 'dates.inForce', p),
      ...optDate(dates.retired, 'dates.retired', p),
    },
    target: readText(raw.target, 'target', p),
    ...(raw.summary !== undefined ? { summary: readText(raw.summary, 'summary', p) } : {}),
    ...(raw.placeholderMethod !== undefined
      ? { placeholderMethod: readText(raw.placeholderMethod, 'placeholderMethod', p) }
      : {}),
    sources,
    link: 'logit',
    intercept,
    variables: vars.filter((v): v is Variable => v !== undefined),
    origin,
  };
}

function optDate(v: unknown, path: string, p: Problems): Record<string, string> {
  if (v === undefined) return {};
  if (typeof v === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) return { [path.slice(6)]: v };
  p.error(
    path,
    'date attendue au format AAAA, AAAA-MM ou AAAA-MM-JJ',
    'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
  );
  return {};
}

function firstKey(o: Record<string, unknown>): string {
  return Object.keys(o)[0] ?? '';
}

function readSources(v: unknown, p: Problems): Record<string, Source> {
  const out: Record<string, Source> = {};
  if (!isRecord(v) || Object.keys(v).length === 0) {
    p.error(
      'sources',
      '"sources" doit lister au moins une source { id: { title, url } }',
      '"sources" must list at least one source { id: { title, url } }',
    );
    return out;
  }
  for (const [key, s] of Object.entries(v)) {
    const path = `sources.${key}`;
    if (!isRecord(s) || typeof s.title !== 'string' || !s.title) {
      p.error(path, 'chaque source a un "title"', 'every source has a "title"');
      continue;
    }
    if (s.url !== undefined && (typeof s.url !== 'string' || !/^https?:\/\//.test(s.url)))
      p.error(
        `${path}.url`,
        '"url" doit commencer par http:// ou https://',
        '"url" must start with http:// or https://',
      );
    out[key] = {
      title: s.title,
      ...(typeof s.url === 'string' ? { url: s.url } : {}),
      ...(typeof s.read === 'string' ? { read: s.read } : {}),
    };
  }
  return out;
}

export function readText(v: unknown, path: string, p: Problems): LocalizedText {
  if (typeof v === 'string' && v) return { fr: v, en: v };
  if (isRecord(v) && typeof v.fr === 'string' && v.fr)
    return { fr: v.fr, en: typeof v.en === 'string' && v.en ? v.en : v.fr };
  p.error(path, 'texte attendu : "…" ou { "fr": "…", "en": "…" }', 'expected a text: "…" or { "fr": "…", "en": "…" }');
  return { fr: '', en: '' };
}

function readStatus(v: unknown, path: string, p: Problems): Status {
  if (STATUSES.includes(v as Status)) return v as Status;
  p.error(path, `"status" vaut ${STATUSES.join(', ')}`, `"status" is one of ${STATUSES.join(', ')}`);
  return 'unknown';
}

function readNum(v: unknown, path: string, p: Problems, sources: Record<string, Source>): SourcedNumber {
  if (!isRecord(v)) {
    p.error(
      path,
      'nombre attendu sous la forme { "value", "status", "source" }',
      'expected a number as { "value", "status", "source" }',
    );
    return { value: 0, status: 'unknown', source: '' };
  }
  const value = v.value;
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > 1e6)
    p.error(
      `${path}.value`,
      '"value" doit être un nombre fini (|x| ≤ 1e6)',
      '"value" must be a finite number (|x| ≤ 1e6)',
    );
  const status = readStatus(v.status, `${path}.status`, p);
  const source = typeof v.source === 'string' ? v.source : '';
  if (!(source in sources))
    p.error(
      `${path}.source`,
      `"source" doit nommer une entrée de "sources" (reçu : ${JSON.stringify(v.source)})`,
      `"source" must name an entry of "sources" (got ${JSON.stringify(v.source)})`,
    );
  const num: SourcedNumber = { value: typeof value === 'number' && Number.isFinite(value) ? value : 0, status, source };
  if (status === 'unknown' && num.value !== 0)
    p.warn(
      `${path}.value`,
      'un poids de statut "unknown" devrait valoir 0 : sa provenance n’est pas établie',
      'a weight whose status is "unknown" should be 0: its provenance is not established',
    );
  if (typeof v.note === 'string') num.note = v.note;
  return num;
}

function readVariable(
  v: unknown,
  path: string,
  p: Problems,
  sources: Record<string, Source>,
  seen: Set<string>,
): Variable | undefined {
  if (!isRecord(v)) {
    p.error(path, 'chaque variable est un objet', 'every variable is an object');
    return undefined;
  }
  const id = typeof v.id === 'string' && ID.test(v.id) ? v.id : '';
  if (!id)
    p.error(
      `${path}.id`,
      '"id" manque ou contient des caractères non permis',
      '"id" is missing or has characters that are not allowed',
    );
  else if (seen.has(id))
    p.error(`${path}.id`, `la variable "${id}" est déjà définie plus haut`, `variable "${id}" is defined twice`);
  seen.add(id);
  const source =
    typeof v.source === 'string' && v.source in sources
      ? v.source
      : (p.error(
          `${path}.source`,
          '"source" doit nommer une entrée de "sources"',
          '"source" must name an entry of "sources"',
        ),
        '');
  const base = {
    id,
    label: readText(v.label, `${path}.label`, p),
    labelStatus: readStatus(v.labelStatus, `${path}.labelStatus`, p),
    source,
    ...(v.definition !== undefined ? { definition: readText(v.definition, `${path}.definition`, p) } : {}),
  };
  const num = (x: unknown, at: string) => readNum(x, at, p, sources);
  switch (v.type) {
    case 'unknown':
      return { ...base, type: 'unknown' };
    case 'boolean':
      return { ...base, type: 'boolean', coefficient: num(v.coefficient, `${path}.coefficient`) };
    case 'categorical':
      return readCategorical(v, path, p, base, num);
    case 'numeric': {
      const unit =
        typeof v.unit === 'string'
          ? v.unit
          : (p.error(`${path}.unit`, '"unit" manque (ex. "€/mois")', '"unit" is missing (e.g. "€/month")'), '');
      if (v.encoding === 'linear')
        return {
          ...base,
          type: 'numeric',
          encoding: 'linear',
          unit,
          coefficient: num(v.coefficient, `${path}.coefficient`),
        };
      if (v.encoding === 'bins')
        return { ...base, type: 'numeric', encoding: 'bins', unit, bins: readBins(v.bins, `${path}.bins`, p, num) };
      p.error(`${path}.encoding`, '"encoding" vaut "linear" ou "bins"', '"encoding" is "linear" or "bins"');
      return undefined;
    }
    default:
      p.error(
        `${path}.type`,
        '"type" vaut boolean, categorical, numeric ou unknown',
        '"type" is boolean, categorical, numeric or unknown',
      );
      return undefined;
  }
}

type NumReader = (x: unknown, at: string) => SourcedNumber;

function readCategorical(
  v: Record<string, unknown>,
  path: string,
  p: Problems,
  base: Omit<Variable, 'type'>,
  num: NumReader,
): Variable | undefined {
  if (!Array.isArray(v.levels) || v.levels.length < 2) {
    p.error(
      `${path}.levels`,
      'une variable catégorielle a au moins deux niveaux',
      'a categorical variable has at least two levels',
    );
    return undefined;
  }
  const reference = typeof v.reference === 'string' ? v.reference : '';
  const ids = new Set<string>();
  const levels: Level[] = [];
  v.levels.forEach((l, i) => {
    const at = `${path}.levels[${i}]`;
    if (!isRecord(l) || typeof l.id !== 'string' || !l.id)
      return p.error(at, 'chaque niveau a un "id"', 'every level has an "id"');
    if (ids.has(l.id)) p.error(`${at}.id`, `le niveau "${l.id}" apparaît deux fois`, `level "${l.id}" appears twice`);
    ids.add(l.id);
    const level: Level = { id: l.id, label: readText(l.label ?? l.id, `${at}.label`, p) };
    if (l.id === reference) {
      if (l.coefficient !== undefined)
        p.error(
          `${at}.coefficient`,
          'le niveau de référence n’a pas de coefficient (il vaut 0 par construction)',
          'the reference level has no coefficient (it is 0 by construction)',
        );
    } else level.coefficient = num(l.coefficient, `${at}.coefficient`);
    levels.push(level);
  });
  if (!ids.has(reference))
    p.error(`${path}.reference`, '"reference" doit nommer un des niveaux', '"reference" must name one of the levels');
  return { ...base, type: 'categorical', levels, reference };
}

function readBins(v: unknown, path: string, p: Problems, num: NumReader): Bin[] {
  if (!Array.isArray(v) || v.length === 0) {
    p.error(
      path,
      '"bins" est une liste de tranches { min, max, coefficient }',
      '"bins" is a list of intervals { min, max, coefficient }',
    );
    return [];
  }
  const bins = v.map((b, i): Bin => {
    const at = `${path}[${i}]`;
    const bound = (x: unknown, name: string) => {
      if (x === null || x === undefined) return null;
      if (typeof x === 'number' && Number.isFinite(x)) return x;
      p.error(
        `${at}.${name}`,
        `"${name}" est un nombre ou null (sans borne)`,
        `"${name}" is a number or null (unbounded)`,
      );
      return null;
    };
    const r = isRecord(b) ? b : {};
    return { min: bound(r.min, 'min'), max: bound(r.max, 'max'), coefficient: num(r.coefficient, `${at}.coefficient`) };
  });
  if (bins[0]?.min !== null)
    p.error(
      `${path}[0].min`,
      'la première tranche commence à null (−∞) pour couvrir toutes les valeurs',
      'the first interval starts at null (−∞) so that every value is covered',
    );
  if (bins[bins.length - 1]?.max !== null)
    p.error(
      `${path}[${bins.length - 1}].max`,
      'la dernière tranche finit à null (+∞)',
      'the last interval ends at null (+∞)',
    );
  for (let i = 1; i < bins.length; i++) {
    const prev = bins[i - 1]!,
      cur = bins[i]!;
    if (prev.max === null || cur.min !== prev.max || (cur.max !== null && cur.max <= cur.min))
      p.error(
        `${path}[${i}].min`,
        `les tranches doivent se suivre sans trou ni chevauchement (min = max de la précédente, ${prev.max})`,
        `intervals must follow each other with no gap or overlap (min = previous max, ${prev.max})`,
      );
  }
  return bins;
}

// Checks a parsed model file against the format of docs/model-format.md and builds a typed
// Model. Every rule reports a located problem; nothing here throws on bad input.

import { Problems, isRecord } from '../problems/index.ts';
import { readNum, readSources, readStatus, readText } from './model-numbers.ts';
import type {
  Bin,
  Imputation,
  InputHint,
  Level,
  Model,
  SourcedNumber,
  Source,
  Status,
  Variable,
} from '../engine/types.ts';

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
    p.error('', 'model.notAnObject');
    return undefined;
  }
  if (raw.format !== MODEL_FORMAT) p.error('format', 'model.format', { expected: MODEL_FORMAT });
  const id = typeof raw.id === 'string' && ID.test(raw.id) ? raw.id : '';
  if (!id) p.error('id', 'model.id');
  const kind = raw.kind === undefined ? 'model' : raw.kind;
  if (kind !== 'model' && kind !== 'card') p.error('kind', 'model.kind');
  if (raw.link !== 'logit') p.error('link', 'model.link');

  const sources = readSources(raw.sources, p);
  const num = (v: unknown, path: string) => readNum(v, path, p, sources);
  const dates = isRecord(raw.dates) ? raw.dates : {};
  const variables = Array.isArray(raw.variables) ? raw.variables : (p.error('variables', 'model.variablesNotList'), []);
  const seen = new Set<string>();
  const vars = variables.map((v, i) => readVariable(v, `variables[${i}]`, p, sources, seen));
  if (kind === 'model' && vars.length === 0) p.error('variables', 'model.noVariables');
  checkIndicators(vars, p);

  const intercept =
    kind === 'card' && raw.intercept === undefined
      ? { value: 0, status: 'unknown' as Status, source: firstKey(sources) }
      : num(raw.intercept, 'intercept');
  return {
    format: MODEL_FORMAT,
    id,
    kind: kind === 'card' ? 'card' : 'model',
    title: readText(raw.title, 'title', p),
    publisher: typeof raw.publisher === 'string' ? raw.publisher : (p.error('publisher', 'model.publisherMissing'), ''),
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

/** An imputation's indicator names a boolean variable, or a categorical one with levels "0" and "1". */
function checkIndicators(vars: Array<Variable | undefined>, p: Problems): void {
  const byId = new Map(vars.flatMap((v) => (v ? [[v.id, v] as const] : [])));
  vars.forEach((v, i) => {
    if (v?.type !== 'numeric' || v.encoding !== 'bins' || !v.impute?.indicator) return;
    const ind = byId.get(v.impute.indicator);
    const ok =
      ind?.type === 'boolean' ||
      (ind?.type === 'categorical' && ['0', '1'].every((id) => ind.levels.some((l) => l.id === id)));
    if (!ok) p.error(`variables[${i}].impute.indicator`, 'model.imputeIndicator', { id: v.impute.indicator });
  });
}

function optDate(v: unknown, path: string, p: Problems): Record<string, string> {
  if (v === undefined) return {};
  if (typeof v === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) return { [path.slice(6)]: v };
  p.error(path, 'model.date');
  return {};
}

function firstKey(o: Record<string, unknown>): string {
  return Object.keys(o)[0] ?? '';
}

/** The usual spread of a linear variable, which bounds the default range of its weight. */
function readSpan(v: unknown, path: string, p: Problems): { span?: number } {
  if (v === undefined) return {};
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) return { span: v };
  p.error(path, 'model.span');
  return {};
}

function readVariable(
  v: unknown,
  path: string,
  p: Problems,
  sources: Record<string, Source>,
  seen: Set<string>,
): Variable | undefined {
  if (!isRecord(v)) {
    p.error(path, 'model.variableNotObject');
    return undefined;
  }
  const id = typeof v.id === 'string' && ID.test(v.id) ? v.id : '';
  if (!id) p.error(`${path}.id`, 'model.variableId');
  else if (seen.has(id)) p.error(`${path}.id`, 'model.variableTwice', { id });
  seen.add(id);
  const source =
    typeof v.source === 'string' && Object.hasOwn(sources, v.source)
      ? v.source
      : (p.error(`${path}.source`, 'model.variableSource'), '');
  // Built field by field rather than spread: a model may have thousands of variables.
  const base: Omit<Variable, 'type'> = {
    id,
    label: readText(v.label, `${path}.label`, p),
    labelStatus: readStatus(v.labelStatus, `${path}.labelStatus`, p),
    source,
  };
  if (v.definition !== undefined) base.definition = readText(v.definition, `${path}.definition`, p);
  if (v.input !== undefined) base.input = readInput(v.input, `${path}.input`, p);
  const num = (x: unknown, at: string) => readNum(x, at, p, sources);
  switch (v.type) {
    case 'unknown':
      return Object.assign(base, { type: 'unknown' as const });
    case 'boolean':
      return Object.assign(base, { type: 'boolean' as const, coefficient: num(v.coefficient, `${path}.coefficient`) });
    case 'categorical':
      return readCategorical(v, path, p, base, num);
    case 'numeric': {
      const unit = typeof v.unit === 'string' ? v.unit : (p.error(`${path}.unit`, 'model.unitMissing'), '');
      if (v.encoding === 'linear')
        return {
          ...base,
          type: 'numeric',
          encoding: 'linear',
          unit,
          ...readSpan(v.span, `${path}.span`, p),
          coefficient: num(v.coefficient, `${path}.coefficient`),
        };
      if (v.encoding === 'bins')
        return {
          ...base,
          type: 'numeric',
          encoding: 'bins',
          unit,
          bins: readBins(v.bins, `${path}.bins`, p, num),
          ...(v.missing !== undefined ? { missing: num(v.missing, `${path}.missing`) } : {}),
          ...(v.impute !== undefined ? { impute: readImpute(v.impute, `${path}.impute`, p, num) } : {}),
        };
      p.error(`${path}.encoding`, 'model.encoding');
      return undefined;
    }
    default:
      p.error(`${path}.type`, 'model.type');
      return undefined;
  }
}

/** A form's hints: finite `min` ≤ `max`, a positive `step`, a `typical` value of any feature type. */
function readInput(v: unknown, path: string, p: Problems): InputHint {
  if (!isRecord(v)) return (p.error(path, 'model.input'), {});
  const out: InputHint = {};
  for (const key of ['min', 'max', 'step'] as const) {
    const x = v[key];
    if (x === undefined) continue;
    if (typeof x === 'number' && Number.isFinite(x) && (key !== 'step' || x > 0)) out[key] = x;
    else p.error(`${path}.${key}`, 'model.input');
  }
  if (out.min !== undefined && out.max !== undefined && out.min > out.max) p.error(`${path}.max`, 'model.input');
  const t = v.typical;
  if (t === null || typeof t === 'string' || typeof t === 'boolean' || (typeof t === 'number' && Number.isFinite(t)))
    out.typical = t;
  else if (t !== undefined) p.error(`${path}.typical`, 'model.input');
  return out;
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
    p.error(`${path}.levels`, 'model.levelsTooFew');
    return undefined;
  }
  const reference = typeof v.reference === 'string' ? v.reference : '';
  const ids = new Set<string>();
  const levels: Level[] = [];
  v.levels.forEach((l, i) => {
    const at = `${path}.levels[${i}]`;
    if (!isRecord(l) || typeof l.id !== 'string' || !l.id) return p.error(at, 'model.levelId');
    if (ids.has(l.id)) p.error(`${at}.id`, 'model.levelTwice', { id: l.id });
    ids.add(l.id);
    const level: Level = { id: l.id, label: readText(l.label ?? l.id, `${at}.label`, p) };
    if (l.id === reference) {
      if (l.coefficient !== undefined) p.error(`${at}.coefficient`, 'model.referenceCoefficient');
    } else level.coefficient = num(l.coefficient, `${at}.coefficient`);
    levels.push(level);
  });
  if (!ids.has(reference)) p.error(`${path}.reference`, 'model.reference');
  return { ...base, type: 'categorical', levels, reference };
}

/** A declared imputation: `{ value: <number>, indicator?: <variable id> }` (checked against the variables later). */
function readImpute(v: unknown, path: string, p: Problems, num: NumReader): Imputation {
  const r = isRecord(v) ? v : (p.error(path, 'model.impute'), {});
  const out: Imputation = { value: num(r.value, `${path}.value`) };
  if (r.indicator !== undefined) {
    if (typeof r.indicator === 'string' && ID.test(r.indicator)) out.indicator = r.indicator;
    else p.error(`${path}.indicator`, 'model.imputeIndicator', { id: String(r.indicator) });
  }
  return out;
}

function readBins(v: unknown, path: string, p: Problems, num: NumReader): Bin[] {
  if (!Array.isArray(v) || v.length === 0) {
    p.error(path, 'model.bins');
    return [];
  }
  const bins = v.map((b, i): Bin => {
    const at = `${path}[${i}]`;
    const bound = (x: unknown, name: string) => {
      if (x === null || x === undefined) return null;
      if (typeof x === 'number' && Number.isFinite(x)) return x;
      p.error(`${at}.${name}`, 'model.binBound', { name });
      return null;
    };
    const r = isRecord(b) ? b : {};
    return { min: bound(r.min, 'min'), max: bound(r.max, 'max'), coefficient: num(r.coefficient, `${at}.coefficient`) };
  });
  if (bins[0]?.min !== null) p.error(`${path}[0].min`, 'model.binsFirstMin');
  if (bins[bins.length - 1]?.max !== null) p.error(`${path}[${bins.length - 1}].max`, 'model.binsLastMax');
  bins.forEach((b, i) => {
    if (b.min !== null && b.max !== null && b.max <= b.min)
      p.error(`${path}[${i}].max`, 'model.binEmpty', { min: b.min, max: b.max });
  });
  for (let i = 1; i < bins.length; i++) {
    const prev = bins[i - 1]!,
      cur = bins[i]!;
    const [end, start] = [prev.max ?? Infinity, cur.min ?? -Infinity];
    // One located message per kind of fault: a reader fixes an unsorted list, a gap and an overlap differently.
    const params = { previousMax: prev.max ?? 'null', min: cur.min ?? 'null' };
    if (cur.max !== null && prev.min !== null && cur.max <= prev.min)
      p.error(`${path}[${i}]`, 'model.binsUnsorted', params);
    else if (start > end) p.error(`${path}[${i}].min`, 'model.binsGap', params);
    else if (start < end) p.error(`${path}[${i}].min`, 'model.binsOverlap', params);
  }
  return bins;
}

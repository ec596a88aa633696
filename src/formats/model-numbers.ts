// A model file's sourced numbers: its sources, and each number's value, provenance status, source,
// direction and plausible range (docs/model-format.md). Every rule reports a located problem.

import { Problems, isRecord, rawText } from '../problems/index.ts';
import type { Direction, LocalizedText, Source, SourcedNumber, Status } from '../engine/types.ts';

/** Every provenance status and direction a model file may write (engine/types.ts names their types). */
export const STATUSES: readonly Status[] = ['published', 'reported', 'placeholder', 'unknown'];
export const DIRECTIONS: readonly Direction[] = ['+', '-', '?'];

export function readSources(v: unknown, p: Problems): Record<string, Source> {
  // Keyed by the file's own names: a source called "constructor" or "__proto__" is an entry like any other.
  const out = Object.create(null) as Record<string, Source>;
  if (!isRecord(v) || Object.keys(v).length === 0) {
    p.error('sources', 'model.sources');
    return out;
  }
  for (const [key, s] of Object.entries(v)) {
    const path = `sources.${key}`;
    if (!isRecord(s) || typeof s.title !== 'string' || !s.title) {
      p.error(path, 'model.sourceTitle');
      continue;
    }
    if (s.url !== undefined && (typeof s.url !== 'string' || !/^https?:\/\//.test(s.url)))
      p.error(`${path}.url`, 'model.sourceUrl');
    out[key] = {
      title: s.title,
      ...(typeof s.url === 'string' ? { url: s.url } : {}),
      ...(typeof s.read === 'string' ? { read: s.read } : {}),
    };
  }
  return out;
}

/** A text of the file: a string (the same in both languages) or `{ fr, en }`, `en` falling back to `fr`. */
export function readText(v: unknown, path: string, p: Problems): LocalizedText {
  if (typeof v === 'string' && v) return { fr: v, en: v };
  if (isRecord(v) && typeof v.fr === 'string' && v.fr)
    return { fr: v.fr, en: typeof v.en === 'string' && v.en ? v.en : v.fr };
  p.error(path, 'model.text');
  return { fr: '', en: '' };
}

export function readStatus(v: unknown, path: string, p: Problems): Status {
  if (STATUSES.includes(v as Status)) return v as Status;
  p.error(path, 'model.status', { statuses: STATUSES.join(', ') });
  return 'unknown';
}

export function readNum(v: unknown, path: string, p: Problems, sources: Record<string, Source>): SourcedNumber {
  if (!isRecord(v)) {
    p.error(path, 'model.numberShape');
    return { value: 0, status: 'unknown', source: '' };
  }
  const value = v.value;
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > 1e6)
    p.error(`${path}.value`, 'model.numberValue');
  const status = readStatus(v.status, `${path}.status`, p);
  const source = typeof v.source === 'string' ? v.source : '';
  if (!Object.hasOwn(sources, source))
    p.error(`${path}.source`, 'model.numberSource', {
      got: typeof v.source === 'string' ? `"${v.source}"` : rawText(v.source),
    });
  const num: SourcedNumber = { value: typeof value === 'number' && Number.isFinite(value) ? value : 0, status, source };
  if (status === 'unknown' && num.value !== 0) p.warn(`${path}.value`, 'model.unknownWeightNotZero');
  if (typeof v.note === 'string') num.note = v.note;
  if (v.sd !== undefined) {
    if (typeof v.sd === 'number' && Number.isFinite(v.sd) && v.sd >= 0 && v.sd <= 1e6) num.sd = v.sd;
    else p.error(`${path}.sd`, 'model.sd');
  }
  readConstraint(v, num, path, p, sources);
  return num;
}

/** The optional `direction`, `directionSource` and `range` of a number (docs/model-format.md, "Weights as ranges"). */
function readConstraint(
  v: Record<string, unknown>,
  num: SourcedNumber,
  path: string,
  p: Problems,
  sources: Record<string, Source>,
): void {
  if (v.direction !== undefined) {
    if (DIRECTIONS.includes(v.direction as Direction)) num.direction = v.direction as Direction;
    else p.error(`${path}.direction`, 'model.direction', { got: rawText(v.direction) });
  }
  if (v.directionSource !== undefined) {
    if (typeof v.directionSource === 'string' && Object.hasOwn(sources, v.directionSource))
      num.directionSource = v.directionSource;
    else p.error(`${path}.directionSource`, 'model.directionSource', { got: rawText(v.directionSource) });
  }
  const fixed = num.status === 'published' || num.status === 'reported';
  if (v.range !== undefined) {
    const r = v.range;
    const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && Math.abs(x) <= 1e6;
    if (!Array.isArray(r) || r.length !== 2 || !finite(r[0]) || !finite(r[1]) || r[0] > r[1])
      return p.error(`${path}.range`, 'model.range');
    const [min, max] = r as [number, number];
    if ((num.direction === '+' && min < 0) || (num.direction === '-' && max > 0))
      return p.error(`${path}.range`, 'model.rangeAgainstDirection', { min, max, direction: num.direction });
    if (fixed) p.warn(`${path}.range`, 'model.rangeOnFixed', { status: num.status });
    else if (num.value < min || num.value > max)
      p.warn(`${path}.value`, 'model.valueOutsideRange', { value: num.value, min, max });
    num.range = [min, max];
  }
  if (!num.range && ((num.direction === '+' && num.value < 0) || (num.direction === '-' && num.value > 0)))
    p.warn(`${path}.value`, 'model.valueAgainstDirection', { value: num.value, direction: num.direction! });
}

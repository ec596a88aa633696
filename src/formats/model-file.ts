// One entry point for a model file, whatever its format: the project's JSON model file or a
// plain coefficient table (CSV). Used by the app's "Charger un modèle" and by the CLI.

import { problem, type Param } from '../problems/index.ts';
import { importCoefficientTable } from './model-table.ts';
import { decodeModelBytes, textProblem } from './text.ts';
import { JsonSyntaxError, parseJsonWithLines } from './json-lines.ts';
import type { Model, Result } from '../engine/types.ts';
import { validateModel } from './model-validate.ts';

/** Larger than any plausible coefficient table; protects the page from a wrong file. */
export const MAX_MODEL_BYTES = 2_000_000;

const failure = (id: string, params?: Record<string, Param>, line?: number): Result<Model> => ({
  ok: false,
  errors: [problem('error', '', id, params, line)],
  warnings: [],
});

const tooLarge = (size: number) =>
  failure('model.fileTooLarge', { size: Math.round(size / 1000), max: MAX_MODEL_BYTES / 1000 });

/**
 * Reads a model from the text of a file named `file`; a CSV borrows labels and levels from the
 * closest of `templates`. LocalizedText that is no model (UTF-16 read as UTF-8, binary data) is named. Never throws.
 */
export function loadModelText(text: string, file: string, templates: Model[] = []): Result<Model> {
  if (text.length > MAX_MODEL_BYTES) return tooLarge(text.length);
  const notText = textProblem(text);
  if (notText) return { ok: false, errors: [notText], warnings: [] };
  // Without a BOM, and without the end-of-file mark (Ctrl-Z) that old DOS programs write.
  const src = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\x1a+\s*$/, '');
  const trimmed = src.trimStart();
  if (trimmed === '') return failure('model.fileEmpty');
  const format = formatOf(trimmed, file);
  if (format === 'table') return importCoefficientTable(src, file, templates);
  if (format === 'unknown') return failure('model.notAModel', undefined, 1);
  try {
    const { value, lines } = parseJsonWithLines(src);
    return validateModel(value, lines, { kind: 'imported', file });
  } catch (e) {
    if (e instanceof JsonSyntaxError) return failure(e.id, e.params, e.line);
    return failure('model.unreadable');
  }
}

/**
 * Reads a model from the bytes of a file (the CLI's path, a browser `File`): the encoding is
 * found first (see decodeModelBytes), then the text is read as by loadModelText.
 */
export function loadModelBytes(bytes: Uint8Array, file: string, templates: Model[] = []): Result<Model> {
  if (bytes.length > MAX_MODEL_BYTES) return tooLarge(bytes.length);
  const decoded = decodeModelBytes(bytes);
  if (!decoded.ok) return decoded;
  const r = loadModelText(decoded.value, file, templates);
  return { ...r, warnings: [...decoded.warnings, ...r.warnings] };
}

/**
 * Which reader a file goes to. The content decides when it is clear (an object or a list is
 * JSON, a first line with separators is a table); the file name decides the rest.
 */
function formatOf(trimmed: string, file: string): 'json' | 'table' | 'unknown' {
  if (trimmed[0] === '{' || trimmed[0] === '[') return 'json';
  const first = trimmed.split(/\r\n|\r|\n/, 50).find((l) => l.trim() !== '' && !l.trimStart().startsWith('#')) ?? '';
  if (/[,;\t]/.test(first) || /^"?variable"?\s*$/i.test(first)) return 'table';
  if (/\.json$/i.test(file)) return 'json';
  if (/\.(csv|tsv|txt)$/i.test(file)) return 'table';
  // A lone JSON value (null, a number, a string): JSON's own message says what is wrong with it.
  if (/^(null|true|false|-?\d|")/.test(trimmed)) return 'json';
  return 'unknown';
}

// One entry point for a model file, whatever its format: the project's JSON model file or a
// plain coefficient table (CSV). Used by the app's "Charger un modèle" and by the CLI.

import { importCoefficientTable } from './csv-model.ts';
import { JsonSyntaxError, parseJsonWithLines } from './json-lines.ts';
import { problem } from '../problems/index.ts';
import type { Model, Result } from './types.ts';
import { validateModel } from './validate-model.ts';

/** Larger than any plausible coefficient table; protects the page from a wrong file. */
export const MAX_MODEL_BYTES = 2_000_000;

/** Reads a model from the text of a file named `file`; a CSV borrows labels and levels from the closest of `templates`. Never throws. */
export function loadModelText(text: string, file: string, templates: Model[] = []): Result<Model> {
  const fail = (fr: string, en: string, line?: number): Result<Model> => ({
    ok: false,
    errors: [problem('error', '', 'legacy', { fr, en }, line)],
    warnings: [],
  });
  if (text.length > MAX_MODEL_BYTES)
    return fail(
      `fichier trop grand (${Math.round(text.length / 1000)} ko) : un modèle fait au plus ${MAX_MODEL_BYTES / 1000} ko`,
      `file too large (${Math.round(text.length / 1000)} kB): a model is at most ${MAX_MODEL_BYTES / 1000} kB`,
    );
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed === '') return fail('le fichier est vide', 'the file is empty');
  if (/\.csv$/i.test(file) || !/^[{[]/.test(trimmed)) return importCoefficientTable(text, file, templates);
  try {
    const { value, lines } = parseJsonWithLines(text);
    return validateModel(value, lines, { kind: 'imported', file });
  } catch (e) {
    if (e instanceof JsonSyntaxError) return fail(`JSON invalide : ${e.message}`, `invalid JSON: ${e.message}`, e.line);
    return fail('fichier illisible', 'unreadable file');
  }
}

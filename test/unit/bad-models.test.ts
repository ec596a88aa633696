import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModelText, shippedModels } from '../../src/engine/index.ts';
import { formatProblem, problemText } from '../../src/i18n/messages.ts';

const dir = new URL('../cases/bad-models/', import.meta.url);
/** Each broken fixture, the line and message id it must be reported with, and words of the English text. */
const cases: Array<{ file: string; line: number; id: string; message: string }> = JSON.parse(
  readFileSync(new URL('expected.json', dir), 'utf8'),
);

describe('a broken model file', () => {
  it('the reference fixture itself is valid, so each broken one fails for its own rule only', () => {
    const r = loadModelText(readFileSync(new URL('valid-reference.json', dir), 'utf8'), 'valid-reference.json');
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  for (const c of cases) {
    it(`${c.file} is rejected at line ${c.line} with ${c.id}: ${c.message}`, () => {
      const r = loadModelText(readFileSync(new URL(c.file, dir), 'utf8'), c.file, shippedModels());
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const hit = r.errors.find((e) => e.id === c.id);
      expect(hit, JSON.stringify(r.errors.map((e) => formatProblem(e, 'en')))).toBeDefined();
      expect(hit!.line).toBe(c.line);
      expect(problemText(hit!, 'en')).toContain(c.message);
      // the French text exists and is not the English one
      expect(problemText(hit!, 'fr')).not.toBe(hit!.id);
      expect(problemText(hit!, 'fr')).not.toBe(problemText(hit!, 'en'));
    });
  }

  it('an empty file and an oversized file are named as such, in French and in English', () => {
    const empty = loadModelText('  \n', 'x.json');
    expect(!empty.ok && empty.errors.map((e) => [e.id, problemText(e, 'fr'), problemText(e, 'en')])).toEqual([
      ['model.fileEmpty', 'le fichier est vide', 'the file is empty'],
    ]);
    const huge = loadModelText('{' + ' '.repeat(2_100_000) + '}', 'x.json');
    expect(!huge.ok && huge.errors[0]!.id).toBe('model.fileTooLarge');
    expect(!huge.ok && problemText(huge.errors[0]!, 'en')).toBe(
      'file too large (2,100 kB): a model is at most 2,000 kB',
    );
    expect(!huge.ok && problemText(huge.errors[0]!, 'fr')).toBe(
      'fichier trop grand (2\u202f100 ko) : un modèle fait au plus 2\u202f000 ko',
    );
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModelText, shippedModels } from '../../src/engine/index.ts';
import { problemText } from '../../src/i18n/messages.ts';

const dir = new URL('../cases/bad-models/', import.meta.url);
const cases: Array<{ file: string; line: number; message: string }> = JSON.parse(
  readFileSync(new URL('expected.json', dir), 'utf8'),
);

describe('a broken model file', () => {
  it('the reference fixture itself is valid, so each broken one fails for its own rule only', () => {
    const r = loadModelText(readFileSync(new URL('valid-reference.json', dir), 'utf8'), 'valid-reference.json');
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  for (const c of cases) {
    it(`${c.file} is rejected at line ${c.line}: ${c.message}`, () => {
      const r = loadModelText(readFileSync(new URL(c.file, dir), 'utf8'), c.file, shippedModels());
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const hit = r.errors.find((e) => problemText(e, 'en').includes(c.message));
      expect(hit, JSON.stringify(r.errors.map((e) => [e.line, problemText(e, 'en')]))).toBeDefined();
      expect(hit!.line).toBe(c.line);
      expect(problemText(hit!, 'fr').length).toBeGreaterThan(5);
    });
  }

  it('an empty file and an oversized file are named as such', () => {
    const empty = loadModelText('  \n', 'x.json');
    expect(!empty.ok && problemText(empty.errors[0]!, 'en')).toBe('the file is empty');
    const huge = loadModelText('{' + ' '.repeat(2_100_000) + '}', 'x.json');
    expect(!huge.ok && problemText(huge.errors[0]!, 'en')).toMatch(/file too large/);
  });
});

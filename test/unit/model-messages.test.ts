// The words of the model-file problems: every id the engine reports has a French and an English
// text with the same placeholders, and every text of the catalogue is used.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en, fr } from '../../src/i18n/problems/model.ts';

const SOURCES = [
  'formats/model-validate.ts',
  'formats/model-numbers.ts',
  'formats/model-table.ts',
  'formats/model-table-variables.ts',
  'formats/csv.ts',
  'formats/json-lines.ts',
  'formats/model-file.ts',
  'engine/check-features.ts',
  'formats/text.ts',
].map((f) => readFileSync(new URL(`../../src/${f}`, import.meta.url), 'utf8'));
const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const usedIds = new Set(
  SOURCES.flatMap((s) => [...s.matchAll(/'((?:model|csv|json|features)\.[A-Za-z0-9]+)'/g)].map((m) => m[1]!)),
);

describe('the catalogue of model-file problems', () => {
  it('has every message id the engine reports', () => {
    expect([...usedIds].filter((id) => !(id in fr))).toEqual([]);
  });

  it('has no message that nothing reports', () => {
    expect(Object.keys(fr).filter((id) => !usedIds.has(id))).toEqual([]);
  });

  it('gives each message the same placeholders in French and in English', () => {
    for (const id of Object.keys(fr) as Array<keyof typeof fr>)
      expect(placeholders(en[id]), id).toEqual(placeholders(fr[id]));
  });

  it('names each message by its area and a camelCase name', () => {
    for (const id of Object.keys(fr)) expect(id).toMatch(/^(model|csv|json|features)\.[a-z][A-Za-z0-9]*$/);
  });
});

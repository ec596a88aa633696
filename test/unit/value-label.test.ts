// charts/value-label.ts: how the household's value of a variable reads next to its weight.
import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/charts/value-label.ts';
import type { Contribution } from '../../src/engine/score.ts';
import type { Variable } from '../../src/engine/types.ts';
import { DICTS } from '../../src/i18n/index.ts';

const base = { label: { fr: 'v', en: 'v' }, labelStatus: 'published', source: 's' } as const;
const numeric = (unit: string) =>
  ({ ...base, id: 'n', type: 'numeric', encoding: 'linear', unit, coefficient: {} }) as unknown as Variable;
const contribution = (value: Contribution['value'], missing = false) => ({ value, missing }) as Contribution;

describe('describeValue', () => {
  it('writes small ratios with two decimals and amounts whole, grouped in the language’s way', () => {
    expect(describeValue(numeric('× SMIC net'), contribution(0.8234), DICTS.fr, 'fr')).toBe('0,82 × SMIC net');
    expect(describeValue(numeric('€/mois'), contribution(1234.6), DICTS.fr, 'fr')).toBe('1\u202f235 €/mois');
    expect(describeValue(numeric('€/month'), contribution(1234.6), DICTS.en, 'en')).toBe('1,235 €/month');
    expect(describeValue(numeric('mois'), contribution(3), DICTS.fr, 'fr')).toBe('3 mois');
  });

  it('answers yes or no for a boolean and names the level of a category', () => {
    const bool = { ...base, id: 'b', type: 'boolean', coefficient: {} } as unknown as Variable;
    expect(describeValue(bool, contribution(true), DICTS.fr, 'fr')).toBe('oui');
    expect(describeValue(bool, contribution(false), DICTS.en, 'en')).toBe('no');
    const cat = {
      ...base,
      id: 'c',
      type: 'categorical',
      reference: 'r',
      levels: [{ id: 'couple', label: { fr: 'Couple', en: 'Couple' } }],
    } as unknown as Variable;
    expect(describeValue(cat, contribution('couple'), DICTS.fr, 'fr')).toBe('Couple');
  });

  it('shows a dash when the household gives no value or the variable is not known', () => {
    expect(describeValue(numeric('€'), contribution(0, true), DICTS.fr, 'fr')).toBe('—');
    expect(describeValue(undefined, contribution(1), DICTS.fr, 'fr')).toBe('—');
  });
});

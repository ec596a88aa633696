// The weight editor's rows: the model's label (with the level), the number's provenance, its
// plausible range, and "fixed at the value typed" once the person set it.
import { describe, expect, it } from 'vitest';
import { isFree } from '../../src/engine/index.ts';
import { editedModel, weightOf, type WeightChange } from '../../src/state/weights.ts';
import { weightRow } from '../../src/state/weight-rows.ts';
import { validateModel } from '../../src/formats/model-validate.ts';
import { bool, categorical, model, w } from './robust-fixtures.ts';

const base = model([
  { ...bool('rsa', w(0.3, 'placeholder', '+', [0, 1.5])), label: { fr: 'Perçoit le RSA', en: 'Receives RSA' } },
  categorical('logement', 'loc', { loc: null, heb: w(0.2, 'unknown', '+') }),
  bool('fixe', w(-0.5, 'published')),
]);
const edit = (changes: WeightChange[]) => {
  const r = validateModel(editedModel(base, changes, 'edited'), undefined, { kind: 'imported', file: 'x' });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

describe('weightRow', () => {
  it('names the variable by its label in the language, with its level, its provenance and range', () => {
    expect(weightRow(base, base, { variable: 'rsa' }, 'fr', 'Constante')).toMatchObject({
      name: 'rsa',
      label: 'Perçoit le RSA',
      status: 'placeholder',
      range: [0, 1.5],
      typed: false,
    });
    expect(weightRow(base, base, { variable: 'rsa' }, 'en', 'Intercept').label).toBe('Receives RSA');
    expect(weightRow(base, base, { variable: 'logement', part: 'heb' }, 'fr', '').label).toBe('logement : heb');
    expect(weightRow(base, base, { variable: 'fixe' }, 'fr', '').range).toEqual([-0.5, -0.5]);
    expect(weightRow(base, base, { variable: 'intercept' }, 'fr', 'Constante').label).toBe('Constante');
  });

  it('says a weight the person set is fixed at that value, and the edited copy holds it fixed', () => {
    const edited = edit([{ variable: 'rsa', value: 0.9 }]);
    expect(weightRow(base, edited, { variable: 'rsa' }, 'fr', '')).toMatchObject({ value: 0.9, typed: true });
    expect(isFree(weightOf(edited, { variable: 'rsa' })!, edited.variables[0])).toBe(false);
    // A value against the direction is kept, the direction then unknown, still fixed.
    const against = edit([{ variable: 'rsa', value: -0.4 }]);
    expect(weightOf(against, { variable: 'rsa' })).toMatchObject({ value: -0.4, direction: '?', range: [-0.4, -0.4] });
  });
});

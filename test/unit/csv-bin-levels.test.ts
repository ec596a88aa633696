// A numeric variable's level in a coefficient table is `*` or a bin: a malformed bin is an error
// located by line and column, never a level that silently never matches (issue 21, item 6).
import { describe, expect, it } from 'vitest';
import { importCoefficientTable, shippedModels } from '../../src/engine/index.ts';
import { formatProblem } from '../../src/i18n/messages.ts';

const table = (...rows: string[]) =>
  ['variable,level,coefficient', 'intercept,,-2', 'tutelle,1,0.7', ...rows].join('\n') + '\n';

describe('a numeric variable’s level in a coefficient table', () => {
  it.each([
    ['an unclosed bin', '"[0.5, 1"'],
    ['a bin with a decimal comma', '"[0,5, 1)"'],
    ['a bin whose bound is not a number', '"[0.5.1, 1)"'],
    ['a word', 'moyen'],
  ])('is refused when it is %s, with its line, column and text, in French and English', (_, level) => {
    const r = importCoefficientTable(
      table(
        'revenu_rapport_smic,"[-inf, 0.5)",0',
        `revenu_rapport_smic,${level},1`,
        'revenu_rapport_smic,"[1, inf)",0.2',
      ),
      'poids.csv',
      shippedModels(),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errors.find((p) => p.id === 'csv.badBin');
    expect(e, JSON.stringify(r.errors)).toBeDefined();
    expect(e!.line).toBe(5);
    const text = level.replace(/^"|"$/g, '');
    const fr = formatProblem(e!, 'fr');
    const en = formatProblem(e!, 'en');
    expect(fr).toContain('ligne 5');
    expect(fr).toContain('colonne 2');
    expect(fr).toContain(`"${text}"`);
    expect(fr).toContain('[0.5, 1)');
    expect(en).toContain('line 5');
    expect(en).toContain('column 2');
    expect(en).toContain(`"${text}"`);
    expect(en).toContain('[0.5, 1)');
  });

  it('is refused when the variable has no template but its other levels are bins', () => {
    const r = importCoefficientTable(table('ma_variable,"[-inf, 2)",0', 'ma_variable,"[2, 5",1'), 'poids.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((p) => [p.id, p.line])).toContainEqual(['csv.badBin', 5]);
  });

  it('is read when every level is a bin, with integer, decimal, exponent and infinite bounds', () => {
    const r = importCoefficientTable(
      table(
        'revenu_rapport_smic,"[-inf, 0.5)",0',
        'revenu_rapport_smic,"[0.5, 1e0)",1',
        'revenu_rapport_smic,"[1, +inf)",0.2',
      ),
      'poids.csv',
      shippedModels(),
    );
    expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
    if (!r.ok) return;
    const v = r.value.variables.find((x) => x.id === 'revenu_rapport_smic')!;
    expect(
      v.type === 'numeric' && v.encoding === 'bins' && v.bins.map((b) => [b.min, b.max, b.coefficient.value]),
    ).toEqual([
      [null, 0.5, 0],
      [0.5, 1, 1],
      [1, null, 0.2],
    ]);
  });

  it('leaves a categorical variable’s levels alone', () => {
    const r = importCoefficientTable(
      table(
        'activite_foyer,seul_sans_activite,0.3',
        'activite_foyer,couple_deux_actifs,-0.2',
        'activite_foyer,couple_conjoint_sans_activite,0.1',
        'activite_foyer,couple_sans_activite,0.4',
      ),
      'poids.csv',
      shippedModels(),
    );
    expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { importCoefficientTable, logistic, modelToCsv, score, shippedModels } from '../../src/engine/index.ts';
import type { Model } from '../../src/engine/index.ts';
import { problemText } from '../../src/i18n/messages.ts';

const ok = (r: ReturnType<typeof importCoefficientTable>): Model => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

const weights = (m: Model) =>
  JSON.stringify([
    m.intercept.value,
    m.variables.map((v) =>
      v.type === 'boolean' || (v.type === 'numeric' && v.encoding === 'linear')
        ? v.coefficient.value
        : v.type === 'categorical'
          ? v.levels.map((l) => [l.id, l.coefficient?.value])
          : v.type === 'numeric'
            ? v.bins.map((b) => [b.min, b.max, b.coefficient.value])
            : null,
    ),
  ]);

describe('importCoefficientTable', () => {
  it('reads booleans, categorical levels, per-unit and binned variables', () => {
    const m = ok(
      importCoefficientTable(
        [
          'variable,level,coefficient',
          'intercept,,-2.5',
          'tutelle,1,0.7',
          'activite_foyer,seul_sans_activite,0.3',
          'activite_foyer,couple_deux_actifs,-0.2',
          'activite_foyer,couple_conjoint_sans_activite,0.1',
          'activite_foyer,couple_sans_activite,0.4',
          'montant_moyen_rsa_12m,*,0.001',
          'revenu_rapport_smic,"[-inf, 0.5)",0.6',
          'revenu_rapport_smic,"[0.5, inf)",0',
        ].join('\n'),
        'vrais-poids.csv',
        shippedModels(),
      ),
    );
    expect(m.origin).toEqual({ kind: 'imported', file: 'vrais-poids.csv' });
    expect(m.intercept.value).toBe(-2.5);
    const act = m.variables.find((v) => v.id === 'activite_foyer')!;
    expect(act.type === 'categorical' && act.reference).toBe('seul_actif');
    expect(act.label.fr).toMatch(/^Situation d'activité du responsable/);
    const inc = m.variables.find((v) => v.id === 'revenu_rapport_smic')!;
    expect(inc.type === 'numeric' && inc.encoding === 'bins' && inc.bins.map((b) => [b.min, b.max])).toEqual([
      [null, 0.5],
      [0.5, null],
    ]);
  });

  it('scores exactly with the imported coefficients', () => {
    const m = ok(
      importCoefficientTable(
        'variable,level,coefficient\nintercept,,-1.2\ntutelle,1,0.8\nmontant_moyen_rsa_12m,*,0.0025\n',
        't.csv',
        shippedModels(),
      ),
    );
    // −1.2 + 0.8 + 0.0025 × 400 = 0.6
    const s = score(m, { tutelle: true, montant_moyen_rsa_12m: 400 });
    expect(s.logit).toBeCloseTo(0.6, 14);
    expect(s.score).toBeCloseTo(logistic(0.6), 15);
  });

  it('converts odds ratios to log-odds', () => {
    const m = ok(
      importCoefficientTable(
        'variable,level,coefficient,scale\nintercept,,0.5,oddsratio\ntutelle,1,2,oddsratio\n',
        'or.csv',
      ),
    );
    expect(m.intercept.value).toBeCloseTo(Math.log(0.5), 15);
    const v = m.variables[0]!;
    expect(v.type === 'boolean' && v.coefficient.value).toBeCloseTo(Math.log(2), 15);
  });

  it('reads semicolon-separated tables with decimal commas, as French spreadsheets export them', () => {
    const m = ok(importCoefficientTable('variable;level;coefficient\nintercept;;-1,5\ntutelle;1;0,25\n', 'fr.csv'));
    expect(m.intercept.value).toBe(-1.5);
    expect(
      m.variables[0]!.type === 'boolean' && (m.variables[0] as { coefficient: { value: number } }).coefficient.value,
    ).toBe(0.25);
  });

  it('keeps a status and source column when the table has one, and says "unknown" otherwise', () => {
    const m = ok(
      importCoefficientTable(
        'variable,level,coefficient,status,source\nintercept,,-1,published,https://caf.fr/x\ntutelle,1,0.2,,\n',
        's.csv',
      ),
    );
    expect(m.intercept.status).toBe('published');
    expect(m.sources[m.intercept.source]!.url).toBe('https://caf.fr/x');
    expect((m.variables[0] as { coefficient: { status: string } }).coefficient.status).toBe('unknown');
  });

  it('warns about variables the app cannot derive from a household, and accepts them', () => {
    const r = importCoefficientTable(
      'variable,level,coefficient\nintercept,,-1\nnb_connexions,*,0.01\n',
      'x.csv',
      shippedModels(),
    );
    expect(r.ok).toBe(true);
    const w = r.warnings.find((x) => x.id === 'csv.unknownVariable');
    expect(w && [w.line, w.params]).toEqual([3, { id: 'nb_connexions' }]);
    expect(problemText(w!, 'en')).toBe(
      '"nb_connexions" is not a variable the app knows: it cannot be derived from a household ' +
        'and will count at its reference level',
    );
    expect(problemText(w!, 'fr')).toMatch(/^"nb_connexions" n’est pas une variable connue de l’application/);
  });

  for (const m of shippedModels().filter((x) => x.kind === 'model')) {
    it(`round-trips ${m.id} through a table without changing a weight`, () => {
      const back = ok(importCoefficientTable(modelToCsv(m), `${m.id}.csv`, shippedModels()));
      const scorable = { ...m, variables: m.variables.filter((v) => v.type !== 'unknown') };
      expect(weights(back)).toBe(weights(scorable));
      expect(modelToCsv(back)).toBe(modelToCsv(m));
    });
  }
});

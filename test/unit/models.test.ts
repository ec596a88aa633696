import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHIPPED_RAW, shippedModels, validateModel } from '../../src/engine/index.ts';
import type { Model, SourcedNumber, Variable } from '../../src/engine/index.ts';
import { readCsv } from '../../src/formats/csv.ts';

const byId = (id: string) => shippedModels().find((m) => m.id === id)!;

function numbers(m: Model): Array<[string, SourcedNumber]> {
  const out: Array<[string, SourcedNumber]> = [['intercept', m.intercept]];
  const add = (v: Variable) => {
    if (v.type === 'boolean' || (v.type === 'numeric' && v.encoding === 'linear')) out.push([v.id, v.coefficient]);
    if (v.type === 'categorical')
      for (const l of v.levels) if (l.coefficient) out.push([`${v.id}=${l.id}`, l.coefficient]);
    if (v.type === 'numeric' && v.encoding === 'bins')
      v.bins.forEach((b, i) => out.push([`${v.id}#${i}`, b.coefficient]));
  };
  m.variables.forEach(add);
  return out;
}

describe('shipped models', () => {
  it('every shipped file validates without error or warning', () => {
    for (const raw of SHIPPED_RAW) {
      const r = validateModel(raw);
      expect(r.ok ? [] : r.errors).toEqual([]);
      expect(r.warnings).toEqual([]);
    }
  });

  it('every number carries a status and a source that the file lists', () => {
    for (const m of shippedModels())
      for (const [where, num] of numbers(m)) {
        expect(['published', 'reported', 'placeholder', 'unknown'], `${m.id} ${where}`).toContain(num.status);
        expect(m.sources[num.source], `${m.id} ${where}`).toBeDefined();
      }
  });

  it('no shipped weight claims to be published, since no CNAF coefficient is public', () => {
    for (const m of shippedModels())
      for (const [where, num] of numbers(m)) expect(num.status, `${m.id} ${where}`).not.toBe('published');
  });

  it('unknown weights are 0, and placeholders explain how they were chosen', () => {
    for (const m of shippedModels()) {
      for (const [where, num] of numbers(m))
        if (num.status === 'unknown') expect(num.value, `${m.id} ${where}`).toBe(0);
      if (numbers(m).some(([, x]) => x.status === 'placeholder'))
        expect(m.placeholderMethod?.fr.length ?? 0).toBeGreaterThan(100);
    }
  });
});

describe('dmde-2026-modele-1', () => {
  const m = byId('dmde-2026-modele-1');
  const facts = readCsv(
    readFileSync(new URL('../fixtures/facts/dmde-2026-modele-1.csv', import.meta.url), 'utf8'),
  ).rows.slice(1);

  it('lists the 17 variables of the CNAF publication, numbered as published', () => {
    expect(facts).toHaveLength(17);
    expect(m.variables).toHaveLength(facts.length);
    // The facts give each variable's published number; the model keeps that order.
    expect(facts.map((r) => Number(r.cells[0]))).toEqual(facts.map((_, i) => i + 1));
  });

  it('uses the published labels word for word for the 12 known variables', () => {
    const known = facts.filter((r) => r.cells[1] !== 'NOT_RETRIEVED');
    expect(known).toHaveLength(12);
    known.forEach((r, i) => {
      expect(m.variables[i]!.label.fr).toBe(r.cells[1]);
      expect(m.variables[i]!.labelStatus).toBe('published');
    });
  });

  it('lists the 5 missing variables as unknown, contributing nothing', () => {
    const missing = m.variables.slice(12);
    expect(missing.map((v) => v.type)).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
    expect(missing.every((v) => v.labelStatus === 'unknown')).toBe(true);
  });

  it('gives a positive placeholder only where a direction is reported: RSA and prime d’activité', () => {
    const placeholders = numbers(m)
      .filter(([, n]) => n.status === 'placeholder')
      .map(([w, n]) => [w, Math.sign(n.value)]);
    expect(placeholders).toEqual([
      ['intercept', -1],
      ['montant_moyen_pa_12m', 1],
      ['montant_moyen_rsa_12m', 1],
    ]);
  });
});

describe('dmde-2026-modele-2', () => {
  it('is a card that says the model exists and cannot be simulated', () => {
    const m = byId('dmde-2026-modele-2');
    expect(m.kind).toBe('card');
    expect(m.variables).toEqual([]);
    expect(m.summary?.fr).toMatch(/pas disponible/);
  });
});

describe('cnaf-2014', () => {
  const m = byId('cnaf-2014');
  const reported: Record<string, 1 | -1> = {
    revenu_uc_sous_942: 1,
    chomage: 1,
    percoit_rsa: 1,
    quartier_prioritaire: 1,
    activite_instable: 1,
    aah_et_travail: 1,
    enfant_plus_19ans: 1,
    loyer_change_4_fois_18m: 1,
    separation_recente: 1,
    adolescent_au_foyer: 1,
    apprenti: 1,
    mois_activite_12m: -1,
  };
  it('gives each reported criterion a placeholder with the reported sign', () => {
    for (const [id, sign] of Object.entries(reported)) {
      const v = m.variables.find((x) => x.id === id)!;
      const coef =
        v.type === 'boolean' || (v.type === 'numeric' && v.encoding === 'linear') ? v.coefficient : undefined;
      expect(coef?.status, id).toBe('placeholder');
      expect(Math.sign(coef!.value), id).toBe(sign);
    }
  });
  it('weighs AAH combined with work more than the others, as reported', () => {
    const w = (id: string) => {
      const v = m.variables.find((x) => x.id === id)!;
      return v.type === 'boolean' ? v.coefficient.value : NaN;
    };
    expect(w('aah_et_travail')).toBeGreaterThan(w('chomage'));
  });
  it('keeps the criteria of unknown direction at an unknown weight', () => {
    const age = m.variables.find((v) => v.id === 'age_responsable')!;
    expect(age.type === 'numeric' && age.encoding === 'linear' && age.coefficient.status).toBe('unknown');
  });
});

// The PAJE allocation de base against OpenFisca-France's 300 family households: their `paje_base` intermediate
// (test/cases/droits/family/vectors.json, openfisca-france 176.0.7), to the cent, except where the cited text
// and OpenFisca read the third birthday's month differently.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeFamilyBenefits } from '../../src/benefits/family.ts';
import { vectorSituation, type VectorHousehold } from './family-vector-situation.ts';

interface Vector {
  id: string;
  month: string;
  household: VectorHousehold;
  intermediate: Record<string, number>;
}
const vectors = JSON.parse(readFileSync('test/cases/droits/family/vectors.json', 'utf8')) as Vector[];
const cents = (x: number) => Math.round(x * 100);

describe('PAJE allocation de base', () => {
  const rows = vectors.map((v) => {
    const got = computeFamilyBenefits(vectorSituation(v.month, v.household)).paje.montant.toNumber();
    return { id: v.id, got, expected: v.intermediate.paje_base! };
  });
  /**
   * CSS D531-1: the allocation de base « est versée jusqu'au dernier jour du mois civil précédant celui au cours
   * duquel l'enfant atteint l'âge de trois ans » (the rule OpenFisca's own enfant_eligible_paje quotes). The child
   * born 2022-01-04 turns 3 in January 2025: nothing that month; OpenFisca reads the age on 1 January (2) and pays.
   */
  const disagreements = new Set(['20241-072']);
  it('agrees with OpenFisca to the cent on the 300 households, but the one cited', () => {
    const misses = rows.filter((r) => Math.abs(cents(r.got) - cents(r.expected)) > 1);
    // Measured: 76 households with an allocation in OpenFisca, 299 of 300 to the cent.
    expect(rows.filter((r) => r.expected > 0)).toHaveLength(76);
    expect(misses.map((r) => r.id)).toEqual([...disagreements]);
  });
  it('pays nothing in the month of the third birthday (D531-1), the full rate the month before', () => {
    const v = vectors.find((x) => x.id === '20241-072')!;
    expect(computeFamilyBenefits(vectorSituation('2025-01', v.household)).paje.montant.toNumber()).toBe(0);
    // December 2024: 41.65 % of the BMAF of April 2024 (466.44 €) = 194.27 € (D531-3).
    expect(computeFamilyBenefits(vectorSituation('2024-12', v.household)).paje.montant.toNumber()).toBe(194.27);
  });
});

// The nine cases where the app and OpenFisca disagreed (test/cases/droits/openfisca-cases/): each
// test states the decision and its text. Expected amounts are OpenFisca's where we agree, and
// computed by hand from the law where we do not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDroitsFile } from '../../src/formats/droits-file.ts';
import { currentRights } from '../../src/engine/rights.ts';

interface Case {
  name: string;
  input: Record<string, unknown> & { adults: Record<string, unknown>[] };
  openfisca: { ppa: number; rsa: number };
}
const { cases } = JSON.parse(
  readFileSync(new URL('../cases/droits/openfisca-cases/cases.json', import.meta.url), 'utf8'),
) as { cases: Case[] };
const byName = (prefix: string) => cases.find((c) => c.name.startsWith(prefix))!;
const report = (input: unknown) => {
  const r = decodeDroitsFile(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return currentRights(r.value);
};
const cents = (x: number) => Math.round(x * 100) / 100;
const near = (got: number, expected: number) => expect(Math.abs(got - expected)).toBeLessThanOrEqual(0.01 + 1e-9);

describe('the nine OpenFisca cases, decided', () => {
  it('P1 — a student must earn above the ceiling in every reference month (L842-2 3° CSS, R842-2): no prime', () => {
    const c = byName('P1_');
    const r = report(c.input);
    near(r.primeActivite.montant, c.openfisca.ppa);
    expect(r.primeActivite.months.every((m) => !m.eligible)).toBe(true);
  });

  it(
    'P1b — a partner without earnings does not open the prime: the right is for a person "qui perçoit des ' +
      'revenus tirés d\'une activité professionnelle" (L842-1, L842-2 CSS)',
    () => {
      const c = byName('P1b');
      const r = report(c.input);
      near(r.primeActivite.montant, c.openfisca.ppa);
      // The RSA of the same couple, now that the student exclusion is per person (R1): OpenFisca's.
      near(r.rsa.montant, c.openfisca.rsa);
    },
  );

  it(
    'P2 — eligibility and amount read the same months, M-4..M-2 since Décret 2025-185 (R842-2, R843-1 CSS): we ' +
      'keep our amount',
    () => {
      const c = byName('P2');
      const r = report(c.input);
      // By hand, January 2025 (M-4): MF 622.63 (Décret 2024-403), pente 61 %, SMIC 11.88 (Décret 2024-951).
      const bmax = cents(0.29101 * 622.63);
      const bonus = (bmax * (1000 - 59 * 11.88)) / (120 * 11.88 - 59 * 11.88);
      const january = 622.63 + 0.61 * 1000 + bonus - Math.max(1000, 622.63);
      near(r.primeActivite.montant, cents(january / 3));
      expect(Math.abs(r.primeActivite.montant - c.openfisca.ppa)).toBeGreaterThan(0.01);
    },
  );

  it(
    'R1 — the RSA student exclusion applies to the person (L262-4 4° CASF): a couple with one non-student adult ' +
      'of 25 or more is eligible',
    () => {
      const c = byName('R1');
      const r = report(c.input);
      expect(r.rsa.eligible).toBe(true);
      near(r.rsa.montant, c.openfisca.rsa);
    },
  );

  it(
    'R2 — earnings that stopped for good without a substitute are not counted (R262-13 CASF, 1st paragraph), ' +
      'once the stop is stated',
    () => {
      const c = byName('R2');
      const adults = c.input.adults.map((a) => ({
        ...a,
        stopped: [{ income: 'earnings', since: '2024-09', reason: 'endOfContract' }],
      }));
      const r = report({ ...c.input, adults });
      near(r.rsa.montant, c.openfisca.rsa);
      near(r.primeActivite.montant, c.openfisca.ppa);
      expect(r.rsa.neutralisations).toMatchObject([{ adult: 0, income: 'earnings', alinea: 1 }]);
      // Without the fact the law needs, the earnings count: 635.71 − 1000 < 0.
      expect(report(c.input).rsa.montant).toBe(0);
    },
  );

  it(
    'R3 — earnings enter the RSA as their monthly mean over the reference months (R262-7 II 1°-2° CASF); ' +
      'intermediate amounts are not floored one by one',
    () => {
      const c = byName('R3');
      const r = report(c.input);
      near(r.rsa.montant, c.openfisca.rsa);
      // By hand: 635.71 − (0 + 0 + 1500) / 3.
      near(r.rsa.montant, cents(635.71 - 1500 / 3));
    },
  );

  it(
    'R4 — the montant forfaitaire is that of the month due: "pris en compte pour calculer le montant dû" (Décret ' +
      '2025-293, art. 1)',
    () => {
      const c = byName('R4');
      const r = report(c.input);
      near(r.rsa.montant, c.openfisca.rsa);
      expect(r.rsa.months.map((m) => m.montantForfaitaire)).toEqual([646.52, 646.52, 646.52]);
    },
  );

  it(
    'R5 — the forfait logement follows the housing aid of each reference month, "intégralement affectée au mois ' +
      'de perception" (R262-7 II 3°, R262-10 CASF): we keep our reading',
    () => {
      const c = byName('R5');
      const r = report(c.input);
      // By hand: aid of 50 € in each of June–August 2024, under the forfait 635.71 × 12 % = 76.29.
      near(r.rsa.montant, cents(635.71 - 50));
      expect(Math.abs(r.rsa.montant - c.openfisca.rsa)).toBeGreaterThan(0.01);
    },
  );

  it('W — since Décret 2025-185 the reference months are M-4..M-2 everywhere (R843-1 CSS)', () => {
    const c = byName('W_');
    const r = report(c.input);
    expect(r.primeActivite.referenceMonths).toEqual(['2025-02', '2025-03', '2025-04']);
    near(r.primeActivite.montant, c.openfisca.ppa);
    near(r.rsa.montant, c.openfisca.rsa);
  });

  it('covers all nine cases', () => expect(cases).toHaveLength(9));
});

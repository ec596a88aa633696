// The `droits` command line's report, tested once as a format: the engine's typed month of rights
// renamed into the documented French snake_case fields, nothing computed on the way.
import { describe, expect, it } from 'vitest';
import { situation, situationAdult } from '../../src/benefits/situation.ts';
import { droitsReport } from '../../src/cli/report.ts';
import { currentRights } from '../../src/engine/rights.ts';

const months = ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08'];
const each = (amount: number) => Object.fromEntries(months.map((m) => [m, amount]));

describe('droitsReport', () => {
  const typed = currentRights(
    situation('2026-09', {
      adults: [
        situationAdult({
          earnings: each(1000),
          stopped: [{ income: 'earnings', since: '2026-09', reason: 'resignation' }],
        }),
      ],
    }),
  );
  const report = droitsReport(typed);

  it('names the prime d’activité and its months in the documented fields', () => {
    const pa = typed.primeActivite;
    expect(report.month).toBe('2026-09');
    expect(report.primeActivite).toMatchObject({
      montant: pa.montant,
      crds: pa.crds,
      net: pa.net,
      mois_reference: ['2026-05', '2026-06', '2026-07'],
      trimestre: pa.quarterStart,
      sous_seuil: pa.underFloor,
    });
    expect(report.primeActivite.mois[0]).toEqual({
      mois: '2026-05',
      montant_forfaitaire: pa.months[0]!.montantForfaitaire,
      revenus_activite: [1000],
      part_revenus: pa.months[0]!.partRevenus,
      bonifications: pa.months[0]!.bonifications,
      ressources: pa.months[0]!.ressources,
      forfait_logement: pa.months[0]!.forfaitLogement,
      eligible: true,
      montant: pa.months[0]!.montant,
    });
  });

  it('names the RSA, its months and its neutralisations with their article', () => {
    expect(report.rsa).toMatchObject({ montant: typed.rsa.montant, eligible: true, sous_seuil: false });
    expect(report.rsa).not.toHaveProperty('motif');
    expect(report.rsa.mois.map((m) => Object.keys(m))).toEqual(
      Array(3).fill(['mois', 'montant_forfaitaire', 'ressources', 'forfait_logement', 'montant']),
    );
    expect(report.rsa.neutralisations).toEqual([
      {
        adulte: 0,
        revenu: 'earnings',
        depuis: '2026-09',
        motif: 'resignation',
        article: 'R262-13 CASF, alinéa 1',
        montant: 3000,
        refus_possible: 'R262-13 CASF, alinéa 4 (démission)',
      },
    ]);
  });

  it('says why the RSA is refused', () => {
    const young = droitsReport(currentRights(situation('2026-09', { adults: [situationAdult({ age: 22 })] })));
    expect(young.rsa).toMatchObject({ montant: 0, eligible: false, motif: 'age' });
  });
});

// RSA neutralisation (R262-13 CASF) by hand: September 2026, one adult of 40, tenant without
// housing aid, montant forfaitaire 651.69 € (Décret 2026-220), reference months May–July 2026.
import { describe, expect, it } from 'vitest';
import { monthRights } from '../../src/benefits/index.ts';
import { decodeDroitsFile } from '../../src/formats/droits-file.ts';
import { currentRights } from '../../src/engine/rights.ts';

const MF = 651.69;
const months = ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08'];
const each = (amount: number) => Object.fromEntries(months.map((m) => [m, amount]));
const rsa = (adult: object) => {
  const r = decodeDroitsFile({ month: '2026-09', adults: [{ age: 40, ...adult }] });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return currentRights(r.value).rsa;
};
const stop = (income: string, reason: string, since = '2026-09') => ({ stopped: [{ income, since, reason }] });

describe('RSA neutralisation (R262-13 CASF)', () => {
  it('leaves out stopped earnings entirely (1st paragraph)', () => {
    const r = rsa({ earnings: each(1000), ...stop('earnings', 'dismissal') });
    expect(r.montant).toBe(MF);
    expect(r.neutralisations).toEqual([
      {
        adult: 0,
        income: 'earnings',
        since: '2026-09',
        reason: 'dismissal',
        alinea: 1,
        amount: 3000,
        departmentMayRefuse: false,
      },
    ]);
  });

  it('leaves out unemployment benefit whose rights ran out entirely (1st paragraph)', () => {
    expect(rsa({ otherIncome: each(800), ...stop('otherIncome', 'endOfUnemploymentRights') }).montant).toBe(MF);
  });

  it('leaves out another stopped income up to the single person montant each month (2nd paragraph)', () => {
    const r = rsa({ otherIncome: each(800), ...stop('otherIncome', 'other') });
    // 800 − 651.69 = 148.31 still counted each month.
    expect(r.montant).toBeCloseTo(MF - (800 - MF), 2);
    expect(r.neutralisations[0]).toMatchObject({ alinea: 2, amount: 1955.07 }); // 3 × 651.69
  });

  it('counts the earnings while a substitute income is received', () => {
    const r = rsa({ earnings: each(1000), otherIncome: { '2026-09': 900 }, ...stop('earnings', 'endOfContract') });
    expect(r.montant).toBe(0);
    expect(r.neutralisations).toEqual([]);
  });

  it('counts an income received again since it stopped, and a stop that has not happened yet', () => {
    const resumed = { earnings: { ...each(1000), '2026-09': 300 }, ...stop('earnings', 'endOfContract', '2026-08') };
    expect(rsa(resumed).montant).toBe(0);
    expect(rsa({ earnings: each(1000), ...stop('earnings', 'endOfContract', '2026-10') }).montant).toBe(0);
  });

  it('applies it after a resignation and says the département may refuse it (4th paragraph)', () => {
    const r = rsa({ earnings: each(1000), ...stop('earnings', 'resignation') });
    expect(r.montant).toBe(MF);
    expect(r.neutralisations[0]).toMatchObject({ departmentMayRefuse: true });
  });

  it('does not touch the prime d’activité, whose reference months keep the earnings', () => {
    const r = decodeDroitsFile({
      month: '2026-09',
      adults: [{ age: 40, earnings: each(1000), ...stop('earnings', 'endOfContract') }],
    });
    const without = decodeDroitsFile({ month: '2026-09', adults: [{ age: 40, earnings: each(1000) }] });
    if (!r.ok || !without.ok) throw new Error('invalid');
    expect(monthRights(r.value).primeActivite.montant.toString()).toBe(
      monthRights(without.value).primeActivite.montant.toString(),
    );
  });
});

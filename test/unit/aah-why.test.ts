// The page's AAH and prime à la naissance rows: one sentence per right saying what made it, and where to claim it.
import { describe, expect, it } from 'vitest';
import { effectiveHousehold, rights } from '../../src/engine/rights.ts';
import { householdReport } from '../../src/cli/household-report.ts';
import { decodeHousehold } from '../../src/formats/household.ts';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { AAH_CLAIM_PAGES, aahRows } from '../../src/ui/aah-why.ts';

/** Intl's narrow no-break spaces, read as plain spaces. */
const plain = (s: string | undefined) => s?.replace(/\s/g, ' ');
const rowsOf = (raw: Record<string, unknown>) => {
  const h = decodeHousehold({ month: '2025-06', ...raw }).household;
  return aahRows(h, rights(h), fr, 'fr');
};

describe('aahRows', () => {
  it('says how the AAH of a working adult was made (D821-9), with its amount and where to claim it', () => {
    const [row] = rowsOf({ adults: [{ age: 40, earnings: 600, incapacity: 80 }] });
    expect(row!.amount).toBe(889.54);
    expect(plain(row!.why)).toMatch(/^AAH : 889,54 €, soit le plafond de 12 399,84 € par an/);
    expect(row!.why).toContain('D821-9');
    expect(row!.claim).toBe(AAH_CLAIM_PAGES.aah);
  });
  it('says why a rate of 50–79 % without the RSDAE opens nothing, and offers no claim', () => {
    const [row] = rowsOf({ adults: [{ age: 40, earnings: 0, incapacity: 50 }] });
    expect(row).toMatchObject({ amount: 0, why: fr.whyAahRsdae });
    expect(row!.claim).toBeUndefined();
  });
  it('has no AAH row for an adult whose rate is not given', () => {
    expect(rowsOf({ adults: [{ age: 40, earnings: 600, aah: 300 }] })).toEqual([]);
  });
  it('says when the prime à la naissance is paid: this month, later, or that the expected month is missing', () => {
    const paid = rowsOf({ adults: [{ age: 30 }], pregnant: true, expectedBirthMonth: '2025-08' })[0]!;
    expect(paid).toMatchObject({ key: 'primeNaissance', amount: 1089.87 });
    expect(plain(paid.why)).toMatch(/^Prime à la naissance : 1 089,87 €, versée ce mois-ci/);
    const later = rowsOf({ adults: [{ age: 30 }], pregnant: true, expectedBirthMonth: '2025-11' })[0]!;
    expect(later.amount).toBe(0);
    expect(plain(later.later)).toBe('1 089,87 € (septembre 2025)');
    const unknown = rowsOf({ adults: [{ age: 30 }], pregnant: true })[0]!;
    expect(unknown.why).toBe(fr.whyPrimeNoMonth);
  });
  it('says an AAH and a prime not claimed, as the other benefits do, and gives them to no other sum', () => {
    const raw = { adults: [{ age: 40, earnings: 600, incapacity: 80 }], pregnant: true, expectedBirthMonth: '2025-08' };
    const claimed = decodeHousehold({ month: '2025-06', ...raw }).household;
    const h = decodeHousehold({ month: '2025-06', ...raw, notClaimed: { aah: true, primeNaissance: true } }).household;
    expect(h.notClaimed).toMatchObject({ aah: true, primeNaissance: true });
    // What the law gives stays said (the rows' amounts), with the sentence and where to claim it.
    const [aah, prime] = aahRows(h, rights(h), fr, 'fr');
    expect(aah).toMatchObject({ amount: 889.54, claim: AAH_CLAIM_PAGES.aah });
    expect(plain(aah!.unclaimed)).toBe(
      'Vous ne la demandez pas : vous pourriez avoir droit à environ 889,54 € par mois d’AAH.',
    );
    expect(prime).toMatchObject({ amount: 1089.87, claim: AAH_CLAIM_PAGES.primeNaissance });
    expect(plain(prime!.unclaimed)).toMatch(
      /^Vous ne la demandez pas : vous pourriez avoir droit à 1 089,87 € de prime/,
    );
    expect(aahRows(h, rights(h), en, 'en')[0]!.unclaimed).toMatch(/^You do not claim it: .*889\.54/);
    expect(aahRows(claimed, rights(claimed), fr, 'fr').map((r) => r.unclaimed)).toEqual([undefined, undefined]);
    // Not received: the model and the other benefits read no AAH and no prime.
    const r = rights(h, { meansOnly: true });
    expect(r.aahReceived).toEqual([0]);
    expect(r.familyReceived?.primeNaissanceMonthly).toBe(0);
    expect(effectiveHousehold(h, r).adults[0]!.aah).toBe(0);
    const c = rights(claimed, { meansOnly: true });
    expect(c.aahReceived).toEqual([889.54]);
    expect(c.familyReceived!.primeNaissanceMonthly).toBeGreaterThan(0);
    expect(effectiveHousehold(claimed, c).adults[0]!.aah).toBe(889.54);
    // The CLI's report says it as it says the others' (`non_demande`).
    const report = householdReport(h, rights(h)) as { aah: { adultes: object[] }; primeNaissance: object };
    expect(report.aah.adultes[0]).toMatchObject({ montant: 889.54, non_demande: true });
    expect(report.primeNaissance).toMatchObject({ montant: 1089.87, non_demande: true });
    const kept = householdReport(claimed, rights(claimed)) as typeof report;
    expect(kept.aah.adultes[0]).not.toHaveProperty('non_demande');
    expect(kept.primeNaissance).not.toHaveProperty('non_demande');
  });
  it('has every sentence in English too', () => {
    const h = decodeHousehold({ month: '2025-06', adults: [{ age: 40, earnings: 600, incapacity: 80 }] }).household;
    expect(aahRows(h, rights(h), en, 'en')[0]!.why).toMatch(/^AAH: €?889\.54/);
  });
});

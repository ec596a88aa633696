// One sentence per right, said from the household's facts and the law's amounts.
import { describe, expect, it } from 'vitest';
import { rights } from '../../src/engine/rights.ts';
import { decodeHousehold } from '../../src/formats/household.ts';
import { fr } from '../../src/i18n/fr.ts';
import { aspaConcerns, rightsWhy } from '../../src/ui/rights-why.ts';

const whyOf = (raw: Record<string, unknown>) => {
  const h = decodeHousehold({ month: '2026-08', ...raw }).household;
  return Object.fromEntries(rightsWhy(h, rights(h), fr, 'fr').map((w) => [w.key, w.text]));
};
const mother = (over: Record<string, unknown> = {}) => ({
  adults: [{ age: 34, earnings: 900 }],
  children: [{ age: 4 }, { age: 9 }],
  ...over,
});

describe('rightsWhy', () => {
  it('says that the ASF counts in the prime d’activité’s resources, with its amount', () => {
    const w = whyOf(mother({ otherParentMissing: true }));
    // ASF for two children: 2 × 42.2 % × 478.16 € = 403.57 € (D523-1).
    // The amount is written with a narrow no-break space before €, as the page formats it.
    expect(w.primeActivite!.replace(/\s/g, ' ')).toBe(
      'Prime d’activité : votre ASF (403,57 € par mois) compte dans les ressources de la prime d’activité, avec les autres prestations familiales : elle la diminue d’autant.',
    );
    expect(w.asf).toMatch(/^ASF : 2 enfant\(s\) sans l’aide/);
  });
  it('says why there is no ASF when the other parent’s absence is not said', () => {
    expect(whyOf(mother()).asf).toMatch(/l’autre parent participe/);
  });
  it('says why the RSA is 0 when resources exceed the montant forfaitaire', () => {
    expect(whyOf({ adults: [{ age: 40, earnings: 2500 }] }).rsa).toMatch(/dépassent le montant forfaitaire/);
  });
  it('says the AF start with the second child, and that the ARS has no child of 6 to 18', () => {
    const w = whyOf({ adults: [{ age: 30, earnings: 1500 }], children: [{ age: 2 }] });
    expect(w.af).toBe(fr.whyAfFromTwo);
    expect(w.ars).toBe(fr.whyArsNone);
  });
  it('the ASPA notice concerns adults of 65 and over only', () => {
    const h = (age: number) => decodeHousehold({ month: '2026-08', adults: [{ age }] }).household;
    expect(aspaConcerns(h(64))).toBe(false);
    expect(aspaConcerns(h(65))).toBe(true);
  });
});

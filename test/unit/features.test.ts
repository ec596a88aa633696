import { describe, expect, it } from 'vitest';
import { consumptionUnits, defaultHousehold, encodeHousehold, smicNet } from '../../src/engine/index.ts';
import type { Household } from '../../src/engine/index.ts';

const base = (): Household => defaultHousehold('2026-11');
const withH = (f: (h: Household) => void) => {
  const h = base();
  f(h);
  return encodeHousehold(h);
};

describe('encodeHousehold', () => {
  const cases: Array<[string, (h: Household) => void, string, unknown]> = [
    ['a single salaried adult is "seul_actif"', () => {}, 'activite_foyer', 'seul_actif'],
    [
      'a single unemployed adult is "seul_sans_activite"',
      (h) => (h.adults[0]!.activity = 'chomeur'),
      'activite_foyer',
      'seul_sans_activite',
    ],
    [
      'a student counts as without professional activity',
      (h) => (h.adults[0]!.activity = 'etudiant'),
      'activite_foyer',
      'seul_sans_activite',
    ],
    ['an apprentice counts as working', (h) => (h.adults[0]!.activity = 'apprenti'), 'activite_foyer', 'seul_actif'],
    [
      'a working adult with an inactive partner is "couple_conjoint_sans_activite"',
      (h) => h.adults.push({ age: 30, activity: 'inactif', earnings: 0, otherIncome: 0, aah: 0 }),
      'activite_foyer',
      'couple_conjoint_sans_activite',
    ],
    [
      'two self-employed adults are "couple_deux_actifs"',
      (h) => {
        h.adults[0]!.activity = 'independant';
        h.adults.push({ age: 30, activity: 'independant', earnings: 0, otherIncome: 0, aah: 0 });
      },
      'activite_foyer',
      'couple_deux_actifs',
    ],
    [
      'a child of 19 is not "over 19"',
      (h) => h.children.push({ age: 19, activity: 'etudiant' }),
      'enfant_plus_19ans',
      false,
    ],
    [
      'a child of 20 is "over 19"',
      (h) => h.children.push({ age: 20, activity: 'etudiant' }),
      'enfant_plus_19ans',
      true,
    ],
    [
      'children under 16 leave the children’s activity at "aucun"',
      (h) => h.children.push({ age: 15, activity: 'scolaire' }),
      'activite_enfants',
      'aucun',
    ],
    [
      'a child without activity outranks a student child',
      (h) => h.children.push({ age: 17, activity: 'etudiant' }, { age: 19, activity: 'sans_activite' }),
      'activite_enfants',
      'sans_activite',
    ],
    [
      'an apprentice child is "en_activite"',
      (h) => h.children.push({ age: 17, activity: 'apprenti' }, { age: 18, activity: 'etudiant' }),
      'activite_enfants',
      'en_activite',
    ],
    [
      'total benefits add every CAF benefit and the AAH',
      (h) => {
        h.benefits = { rsa: 100, primeActivite: 50, af: 10, cf: 5, housingAid: 200, other: 1 };
        h.adults[0]!.aah = 300;
      },
      'montant_moyen_prestations_12m',
      666,
    ],
    ['the mean RSA is the RSA amount', (h) => (h.benefits.rsa = 420), 'montant_moyen_rsa_12m', 420],
    ['alimony above 0 is declared alimony', (h) => (h.alimony = 150), 'pension_alimentaire_24m', true],
    ['AAH with earnings is "aah_et_travail"', (h) => (h.adults[0]!.aah = 500), 'aah_et_travail', true],
    [
      'AAH without earnings is not',
      (h) => {
        h.adults[0]!.aah = 500;
        h.adults[0]!.earnings = 0;
      },
      'aah_et_travail',
      false,
    ],
    [
      '4 rent changes in 18 months trigger the criterion',
      (h) => (h.history.rentChanges18m = 4),
      'loyer_change_4_fois_18m',
      true,
    ],
    ['3 do not', (h) => (h.history.rentChanges18m = 3), 'loyer_change_4_fois_18m', false],
    [
      'a 13-year-old is a teenager',
      (h) => h.children.push({ age: 13, activity: 'scolaire' }),
      'adolescent_au_foyer',
      true,
    ],
    [
      'worked 6 months out of 12 is unstable activity',
      (h) => (h.history.monthsWorked12 = 6),
      'activite_instable',
      true,
    ],
    [
      'an owner has no rent burden',
      (h) => (h.housing = { status: 'proprietaire', rent: 0, zone: 2 }),
      'taux_effort_loyer',
      0,
    ],
    // 550 € rent over 1 200 € earnings
    ['the rent burden is rent over resources', () => {}, 'taux_effort_loyer', 550 / 1200],
  ];
  for (const [name, edit, feature, expected] of cases) it(name, () => expect(withH(edit)[feature]).toEqual(expected));

  it('divides income by the net SMIC in force in the household’s month', () => {
    // 1 443.11 € from January 2026, 1 426.30 € from November 2024
    expect(smicNet('2026-03')).toBe(1443.11);
    expect(smicNet('2025-06')).toBe(1426.3);
    const f = withH((h) => {
      h.month = '2026-03';
      h.adults[0]!.earnings = 1443.11;
      h.adults[0]!.otherIncome = 0;
    });
    expect(f.revenu_rapport_smic).toBeCloseTo(1, 12);
  });

  it('counts 942 € per consumption unit with the OECD scale', () => {
    const h = base();
    h.adults.push({ age: 33, activity: 'salarie', earnings: 0, otherIncome: 0, aah: 0 });
    h.children.push({ age: 15, activity: 'scolaire' }, { age: 4, activity: 'scolaire' });
    expect(consumptionUnits(h)).toBeCloseTo(1 + 0.5 + 0.5 + 0.3, 12);
    h.adults[0]!.earnings = 942 * 2.3 - 1;
    expect(encodeHousehold(h).revenu_uc_sous_942).toBe(true);
    h.adults[0]!.earnings = 942 * 2.3;
    expect(encodeHousehold(h).revenu_uc_sous_942).toBe(false);
  });
});

// From the app's household to the family rules' facts, and the new household facts they need.
import { describe, expect, it } from 'vitest';
import { birthDateFor } from '../../src/benefits/situation.ts';
import { TAXABLE_PER_NET, situationOf } from '../../src/engine/situation.ts';
import { rights } from '../../src/engine/rights.ts';
import { decodeHousehold } from '../../src/formats/household.ts';
import { defaultHousehold, type Household } from '../../src/household/household.ts';

const household = (edit: (h: Household) => void = () => {}) => {
  const h = defaultHousehold('2026-09');
  edit(h);
  return h;
};

describe('situationOf, for the family rules', () => {
  it('estimates taxable pay from net pay: net plus the non-deductible CSG and CRDS (2.9 % of 98.25 % of gross)', () => {
    // gross = net / 0.78; non-deductible part = 0.029 × 0.9825 × gross
    expect(TAXABLE_PER_NET).toBeCloseTo(1 + (0.029 * 0.9825) / 0.78, 12);
    const f = situationOf(household((h) => (h.adults[0]!.earnings = 1000)));
    expect(f.adults[0]!.taxablePay['2026-09']).toBe(1036.53);
    expect(f.adults[0]!.taxablePayByYear['2024']).toBe(Math.round(12 * 1036.53));
  });
  it('takes the tax notice’s income of year N-2 when the household gives it', () => {
    const f = situationOf(household((h) => (h.adults[0]!.taxableIncomeN2 = 18_000)));
    expect(f.adults[0]!.taxablePayByYear).toEqual({ 2024: 18_000 });
  });
  it('dates a child’s birth in the middle of the year its age allows', () => {
    // 9 on 1 September 2026: born between 2 September 2016 and 1 September 2017.
    expect(birthDateFor('2026-09', 9)).toBe('2017-03-15');
    expect(birthDateFor('2026-01', 0)).toBe('2025-07-15');
  });
  it('leaves out a child in employment, and says which children are at school', () => {
    const f = situationOf(
      household((h) =>
        h.children.push(
          { age: 19, activity: 'emploi' },
          { age: 17, activity: 'sans_activite' },
          { age: 8, activity: 'scolaire' },
        ),
      ),
    );
    expect(f.children.map((c) => c.inSchool)).toEqual([false, true]);
  });
  it('maps the housing as the housing aid reads it', () => {
    const f = situationOf(household((h) => (h.housing = { status: 'heberge', rent: 0, zone: 1 })));
    expect(f.housing).toEqual({ status: 'heberge', zone: 1, rent: 0, housingAid: 0 });
  });
});

describe('family benefits in the rights', () => {
  it('are computed in computed mode and fed to the model as the household receives them', () => {
    const r = rights(
      household((h) => h.children.push({ age: 4, activity: 'scolaire' }, { age: 9, activity: 'scolaire' })),
    );
    // Two children, no modulation at 1 200 € a month: 32 % of the 2026 BMAF (478.16 €), D521-1 CSS.
    expect(r.family?.montants.af).toBe(153.01);
    expect(r.familyReceived?.af).toBe(153.01);
  });
  it('count 0 for a benefit the household does not claim, and say what it may be missing', () => {
    const r = rights(
      household((h) => {
        h.children.push({ age: 4, activity: 'scolaire' }, { age: 9, activity: 'scolaire' });
        h.notClaimed.af = true;
      }),
    );
    expect(r.familyReceived?.af).toBe(0);
    expect(r.unclaimed.af).toBe(153.01);
  });
  it('are listed for the page in one order, the ARS with its yearly amount, each with what goes unclaimed', () => {
    const r = rights(
      household((h) => {
        h.children.push({ age: 8, activity: 'scolaire' }, { age: 12, activity: 'scolaire' });
        h.notClaimed.ars = true;
      }),
    );
    const f = r.family!;
    expect(r.familyRows).toEqual([
      { key: 'af', amount: f.montants.af, unclaimed: 0, yearly: false },
      { key: 'cf', amount: f.montants.cf, unclaimed: 0, yearly: false },
      { key: 'asf', amount: f.montants.asf, unclaimed: 0, yearly: false },
      { key: 'housingAid', amount: f.montants.housingAid, unclaimed: 0, yearly: false },
      { key: 'ars', amount: f.ars.montant, unclaimed: f.ars.montant, yearly: true },
    ]);
    // September is not August: the ARS of the month is 0, the row shows the year's.
    expect(f.montants.ars).toBe(0);
    expect(f.ars.montant).toBeGreaterThan(0);
  });
  it('are left as typed in declared mode, and before their parameters start', () => {
    expect(rights(household((h) => (h.benefitsSource = 'declared'))).familyRows).toEqual([]);
    expect(rights(household((h) => (h.benefitsSource = 'declared'))).familyUnavailable).toBe('declared');
    const early = defaultHousehold('2019-05');
    expect(rights(early).familyUnavailable).toBe('month');
  });
});

describe('the household decoder and the new facts', () => {
  it('reads the zone, the taxable income of N-2, stopped earnings and the other parent’s support', () => {
    const d = decodeHousehold({
      month: '2026-09',
      adults: [{ age: 30, taxableIncomeN2: 15_000, earningsStopped: { since: '2026-08', reason: 'dismissal' } }],
      housing: { status: 'locataire', rent: 500, zone: 3 },
      otherParentMissing: false,
    });
    expect(d.errors).toEqual([]);
    expect(d.household.housing.zone).toBe(3);
    expect(d.household.adults[0]).toMatchObject({
      taxableIncomeN2: 15_000,
      earningsStopped: { since: '2026-08', reason: 'dismissal' },
    });
    expect(d.household.otherParentMissing).toBe(false);
  });
  it('names a zone, a reason or a month it cannot read', () => {
    const d = decodeHousehold({
      adults: [{ age: 30, earningsStopped: { since: 'soon', reason: 'boredom' } }],
      housing: { zone: 4 },
    });
    expect(d.errors.map((e) => e.path).sort()).toEqual(
      ['adults[0].earningsStopped.reason', 'adults[0].earningsStopped.since', 'housing.zone'].sort(),
    );
  });
  it('fills the new facts of an old saved household with their defaults', () => {
    const d = decodeHousehold({ month: '2026-09', adults: [{ age: 40 }], notClaimed: { rsa: true } });
    expect(d.household.housing.zone).toBe(2);
    expect(d.household.notClaimed).toEqual({
      rsa: true,
      primeActivite: false,
      af: false,
      cf: false,
      asf: false,
      ars: false,
      housingAid: false,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { isolatedParent } from '../../src/benefits/index.ts';
import { decodeDroitsFile } from '../../src/formats/droits-file.ts';
import { currentRights } from '../../src/engine/rights.ts';
import {
  defaultHousehold,
  situationOf,
  withReceived,
  earningsTimeline,
  rights,
  evaluate,
  shippedModels,
  timelineMonths,
} from '../../src/engine/index.ts';
import type { Household } from '../../src/engine/index.ts';

const dmde = shippedModels().find((m) => m.id === 'dmde-2026-modele-1')!;
const household = (edit: (h: Household) => void = () => {}) => {
  const h = defaultHousehold('2026-11');
  edit(h);
  return h;
};

describe('the household timeline', () => {
  it('covers the 18 months up to the household’s month', () => {
    const m = timelineMonths('2026-11');
    expect(m).toHaveLength(18);
    expect([m[0], m[17]]).toEqual(['2025-06', '2026-11']);
  });
  it('puts the months worked at the end of the last year', () => {
    const t = earningsTimeline({ age: 30, activity: 'salarie', earnings: 1000, otherIncome: 0, aah: 0 }, '2026-11', 3);
    expect(t.slice(-4)).toEqual([0, 1000, 1000, 1000]);
    expect(t.filter((x) => x > 0)).toHaveLength(3);
  });
  it('uses the month-by-month history when there is one', () => {
    const history = Array.from({ length: 18 }, (_, i) => i * 10);
    expect(
      earningsTimeline(
        { age: 30, activity: 'salarie', earnings: 1000, otherIncome: 0, aah: 0, earningsHistory: history },
        '2026-11',
        12,
      ),
    ).toBe(history);
  });
});

describe('situationOf', () => {
  it('counts a single parent of a toddler as isolated, and a student as a student', () => {
    const input = situationOf(
      household((h) => {
        h.children.push({ age: 2, activity: 'scolaire' });
        h.adults[0]!.activity = 'etudiant';
      }),
    );
    expect(isolatedParent(input)).toBe(true);
    expect(input.adults[0]!.student).toBe(true);
  });
  it('counts a single parent separated in the last 12 months as isolated, whatever the children’s ages', () => {
    const separated = (yes: boolean) =>
      situationOf(
        household((h) => {
          h.children.push({ age: 7, activity: 'scolaire' });
          h.history.separation12m = yes;
        }),
      );
    expect(isolatedParent(separated(true))).toBe(true);
    expect(isolatedParent(separated(false))).toBe(false);
    // The `droits` input reads the same fact with the same rule (L262-9 CASF), not a copy of it.
    const cli = decodeDroitsFile({
      month: '2026-09',
      adults: [{ age: 30 }],
      children: [{ age: 7 }],
      recentSeparation: true,
    });
    expect(cli.ok && isolatedParent(cli.value)).toBe(true);
  });
  it('leaves out a child in employment from the dependants', () => {
    expect(
      situationOf(
        household((h) => h.children.push({ age: 21, activity: 'emploi' }, { age: 17, activity: 'etudiant' })),
      ).children.map((c) => c.age),
    ).toEqual([17]);
  });
  it('counts the housing aid, alimony and family benefits as the rules do', () => {
    const input = situationOf(
      household((h) => {
        h.benefits.housingAid = 210;
        h.alimony = 150;
        h.benefits.af = 100;
        h.children.push({ age: 5, activity: 'scolaire' }, { age: 7, activity: 'scolaire' });
      }),
    );
    expect(input.housing).toEqual({ status: 'locataire', zone: 2, rent: 550, housingAid: 210 });
    expect(input.otherResources['2026-07']).toBe(150);
    expect(input.familyBenefits['2026-07']).toBe(100);
    // In computed mode the law's amounts replace the typed ones, the ASF counted with the AF and CF.
    const law = withReceived(input, { af: 150, cf: 0, asf: 20, housingAid: 300 });
    expect(law.housing.housingAid).toBe(300);
    expect(law.familyBenefits['2026-07']).toBe(170);
  });
});

describe('entitlements', () => {
  it('pays each quarter’s right for three months and means them over 12', () => {
    const e = rights(household());
    expect(e.months[0]).toBe('2025-12');
    expect(e.primeActivite[1]).toBe(e.primeActivite[0]);
    expect(e.primeActivite[11]).toBe(e.current.primeActivite.montant);
    const mean = e.primeActivite.reduce((a, b) => a + b, 0) / 12;
    expect(e.mean.primeActivite).toBeCloseTo(mean, 2);
  });
  it('matches the calculator for the household’s own month', () => {
    const h = household((x) => (x.adults[0]!.earnings = 900));
    const family = rights(h).familyReceived!;
    const direct = currentRights({ ...withReceived(situationOf(h), family), applicationMonth: '2026-11' });
    expect(rights(h).current.primeActivite.montant).toBe(direct.primeActivite.montant);
    expect(rights(h).current).toEqual(direct);
  });
});

describe('evaluate in computed mode', () => {
  it('moves the prime d’activité, its model variable and the score together with earnings', () => {
    const at = (earnings: number) => {
      const e = evaluate(
        dmde,
        household((h) => (h.adults[0]!.earnings = earnings)),
      );
      if (!e.ok) throw new Error('invalid');
      return e;
    };
    const low = at(700);
    const high = at(1700);
    expect(high.rights.mean.primeActivite).toBeLessThan(low.rights.mean.primeActivite);
    expect(low.features.montant_moyen_pa_12m).toBe(low.rights.mean.primeActivite);
    expect(high.score.score).toBeLessThan(low.score.score);
    expect(low.derived).toContain('montant_moyen_pa_12m');
  });
  it('scores 0 € for a benefit the household does not claim, but still computes it', () => {
    const e = evaluate(
      dmde,
      household((h) => (h.notClaimed.primeActivite = true)),
    );
    expect(e.ok && e.rights.mean.primeActivite).toBeGreaterThan(0);
    expect(e.ok && e.features.montant_moyen_pa_12m).toBe(0);
  });
  it('uses the typed amounts in declared mode', () => {
    const e = evaluate(
      dmde,
      household((h) => {
        h.benefitsSource = 'declared';
        h.benefits.primeActivite = 42;
      }),
    );
    expect(e.ok && e.features.montant_moyen_pa_12m).toBe(42);
    expect(e.ok && e.derived).toEqual([]);
  });
  it('sweeps earnings with the benefits following the law', () => {
    const e = evaluate(dmde, household());
    if (!e.ok) throw new Error('invalid');
    expect(e.sweep.primeActivite[0]).toBe(0);
    expect(Math.max(...e.sweep.primeActivite)).toBeGreaterThan(200);
    expect(e.sweep.primeActivite.at(-1)).toBe(0);
    expect(e.sweep.rsa[0]).toBeGreaterThan(500);
  });
});

describe('rights, means only', () => {
  it.each([
    ['a single earner', (h: Household) => void (h.adults[0]!.earnings = 900)],
    [
      'a single parent of two',
      (h: Household) => void h.children.push({ age: 4, activity: 'scolaire' }, { age: 15, activity: 'scolaire' }),
    ],
    [
      'a couple with three children, one working',
      (h: Household) => {
        h.adults.push({ ...h.adults[0]!, earnings: 0, activity: 'inactif' });
        h.children.push(
          { age: 3, activity: 'scolaire' },
          { age: 8, activity: 'scolaire' },
          { age: 12, activity: 'scolaire' },
        );
      },
    ],
  ])('gives the same means and family amounts as the full rights, for %s', (_, edit) => {
    const h = household(edit);
    const full = rights(h);
    const light = rights(h, { meansOnly: true });
    expect(light).not.toHaveProperty('current');
    expect(light.primeActivite).toEqual(full.primeActivite);
    expect(light.rsa).toEqual(full.rsa);
    expect(light.mean).toEqual(full.mean);
    expect(light.familyReceived).toEqual(full.familyReceived);
  });
});

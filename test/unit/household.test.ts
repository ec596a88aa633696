import { describe, expect, it } from 'vitest';
import { decodeHousehold, defaultHousehold } from '../../src/engine/index.ts';

const errorsOf = (raw: unknown) => decodeHousehold(raw).errors.map((e) => e.path);

describe('decodeHousehold', () => {
  it('accepts the default household with no problem', () => {
    const d = decodeHousehold(defaultHousehold('2026-11'));
    expect(d.errors).toEqual([]);
    expect(d.warnings).toEqual([]);
    expect(d.household).toEqual(defaultHousehold('2026-11'));
  });

  const impossible: Array<[string, unknown, string]> = [
    ['a household with no adult', { adults: [] }, 'adults'],
    ['three adults on one file', { adults: [{ age: 30 }, { age: 30 }, { age: 30 }] }, 'adults'],
    ['an adult under 18', { adults: [{ age: 16 }] }, 'adults[0].age'],
    ['a negative age', { adults: [{ age: -4 }] }, 'adults[0].age'],
    ['a negative income', { adults: [{ age: 30, earnings: -10 }] }, 'adults[0].earnings'],
    ['NaN as an income', { adults: [{ age: 30, earnings: NaN }] }, 'adults[0].earnings'],
    ['a huge income', { adults: [{ age: 30, earnings: 1e12 }] }, 'adults[0].earnings'],
    ['40 children', { adults: [{ age: 40 }], children: Array.from({ length: 40 }, () => ({ age: 5 })) }, 'children'],
    ['a 30-year-old dependent child', { adults: [{ age: 60 }], children: [{ age: 30 }] }, 'children[0].age'],
    [
      'a 10-year-old in employment',
      { adults: [{ age: 40 }], children: [{ age: 10, activity: 'emploi' }] },
      'children[0].activity',
    ],
    ['an unknown activity', { adults: [{ age: 40, activity: 'astronaute' }] }, 'adults[0].activity'],
    [
      '13 months worked out of 12',
      { adults: [{ age: 40 }], history: { monthsWorked12: 13 } },
      'history.monthsWorked12',
    ],
    ['a month that does not exist', { month: '2026-13', adults: [{ age: 40 }] }, 'month'],
    ['a text where yes/no is expected', { adults: [{ age: 40 }], guardianship: 'oui' }, 'guardianship'],
  ];
  for (const [name, raw, path] of impossible)
    it(`names the field for ${name}`, () => expect(errorsOf(raw)).toContain(path));

  it('warns, without blocking, about family allowances with a single child', () => {
    const d = decodeHousehold({ adults: [{ age: 40 }], children: [{ age: 5 }], benefits: { af: 100 } });
    expect(d.errors).toEqual([]);
    expect(d.warnings.map((w) => w.path)).toContain('benefits.af');
  });

  it('warns, without blocking, about a child less than 12 years younger than the oldest adult (a stepchild, an adopted child)', () => {
    const d = decodeHousehold({ adults: [{ age: 25 }], children: [{ age: 20 }] });
    expect(d.errors).toEqual([]);
    expect(d.warnings.map((w) => w.path)).toContain('children[0].age');
  });

  it('reads the incapacity rate, the RSDAE and the expected birth month, and names them when impossible', () => {
    const ok = decodeHousehold({
      month: '2025-06',
      adults: [{ age: 40, incapacity: 60, rsdae: true }],
      pregnant: true,
      expectedBirthMonth: '2025-09',
    });
    expect(ok.errors).toEqual([]);
    expect(ok.household.adults[0]).toMatchObject({ incapacity: 60, rsdae: true });
    expect(ok.household.expectedBirthMonth).toBe('2025-09');
    const bad = decodeHousehold({
      month: '2025-06',
      adults: [{ age: 40, incapacity: 140 }],
      pregnant: true,
      expectedBirthMonth: '2025-05',
    });
    expect(bad.errors.map((e) => e.path)).toEqual(['adults[0].incapacity', 'expectedBirthMonth']);
    expect(bad.household.expectedBirthMonth).toBeUndefined();
    const notPregnant = decodeHousehold({ month: '2025-06', adults: [{ age: 40 }], expectedBirthMonth: '2025-08' });
    expect(notPregnant.warnings.map((w) => w.path)).toContain('expectedBirthMonth');
  });

  it('never throws, whatever it is given', () => {
    for (const junk of [
      null,
      undefined,
      42,
      'foyer',
      [],
      { adults: 'x' },
      { adults: [null] },
      { children: [1, 'a', null] },
      { benefits: [] },
      { housing: 3 },
    ])
      expect(() => decodeHousehold(junk)).not.toThrow();
  });
});

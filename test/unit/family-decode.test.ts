// decodeFamilyInput: a FamilyInput from JSON, every problem named by its field, never a throw.
import { describe, expect, it } from 'vitest';
import { decodeFamilyInput } from '../../src/benefits/family-decode.ts';

const valid = {
  month: '2026-09',
  adults: [{ taxableIncomeByYear: { 2024: 21000 }, taxableEarningsByMonth: { '2025-08': 1750 } }],
  children: [{ birthDate: '2014-05-02' }],
  alimonyMonthly: 120,
  housing: { status: 'tenant', zone: 1, rentMonthly: 640, reviewMonth: '2026-07' },
};

describe('decodeFamilyInput', () => {
  it('returns the input unchanged when every fact is readable', () => {
    const r = decodeFamilyInput(valid);
    expect(r).toEqual({ ok: true, value: valid });
  });

  it('fills the optional facts: no children, no alimony, a tenant in zone 2 paying no rent', () => {
    const r = decodeFamilyInput({ month: '2026-09', adults: [{}], housing: {} });
    expect(r.ok && r.value).toEqual({
      month: '2026-09',
      adults: [{ taxableIncomeByYear: {}, taxableEarningsByMonth: {} }],
      children: [],
      alimonyMonthly: 0,
      housing: { status: 'tenant', zone: 2, rentMonthly: 0 },
    });
  });

  const bad: Array<[string, unknown, string]> = [
    ['a month before the parameters', { ...valid, month: '2023-12' }, 'month'],
    ['three adults', { ...valid, adults: [{}, {}, {}] }, 'adults'],
    ['an impossible birth date', { ...valid, children: [{ birthDate: '2014-02-30' }] }, 'children[0].birthDate'],
    ['a negative rent', { ...valid, housing: { ...valid.housing, rentMonthly: -1 } }, 'housing.rentMonthly'],
    ['zone 4', { ...valid, housing: { ...valid.housing, zone: 4 } }, 'housing.zone'],
    [
      'a review after the month',
      { ...valid, housing: { ...valid.housing, reviewMonth: '2026-10' } },
      'housing.reviewMonth',
    ],
    [
      'a pay keyed by a date',
      { ...valid, adults: [{ taxableEarningsByMonth: { '2025-08-01': 1 } }] },
      'adults[0].taxableEarningsByMonth.2025-08-01',
    ],
    [
      'a schooling in words',
      { ...valid, children: [{ birthDate: '2014-05-02', inSchool: 'yes' }] },
      'children[0].inSchool',
    ],
    ['an alimony in words', { ...valid, alimonyMonthly: 'cent' }, 'alimonyMonthly'],
  ];
  it.each(bad)('names the field of %s', (_what, raw, path) => {
    const r = decodeFamilyInput(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain(path);
  });

  it('reports rather than throws on anything that is not an object', () => {
    for (const raw of [null, 3, 'x', []]) expect(decodeFamilyInput(raw).ok).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { monthRights, quarterStart, referenceMonths } from '../../src/benefits/index.ts';
import { decodeDroitsFile } from '../../src/formats/droits-file.ts';
import { main as droits } from '../../src/cli/droits.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { currentRights } from '../../src/engine/rights.ts';
import { problemText } from '../../src/i18n/messages.ts';
import { inForce } from '../../src/benefits/dated.ts';
import { FIRST_MONTH } from '../../src/benefits/situation.ts';
import { PRIME_ACTIVITE_PARAMETERS, RSA_PARAMETERS, SMIC_PARAMETERS } from '../../src/benefits/params.ts';

const input = (raw: object) => {
  const r = decodeDroitsFile({ month: '2026-09', adults: [{ age: 40 }], ...raw });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};
const every = (from: string, to: string, amount: number) => {
  const out: Record<string, number> = {};
  for (
    let [y, m] = from.split('-').map(Number) as [number, number];
    `${y}-${String(m).padStart(2, '0')}` <= to;
    m === 12 ? ((m = 1), y++) : m++
  )
    out[`${y}-${String(m).padStart(2, '0')}`] = amount;
  return out;
};

describe('reference months', () => {
  const cases: Array<[string, boolean, string[]]> = [
    ['2025-02', false, ['2024-11', '2024-12', '2025-01']],
    ['2025-03', false, ['2024-11', '2024-12', '2025-01']],
    ['2024-10', true, ['2024-06', '2024-07', '2024-08']],
    ['2024-10', false, ['2024-07', '2024-08', '2024-09']],
  ];
  for (const [m, exp, refs] of cases)
    it(`a quarter starting ${m}${exp ? ' in an experimental département' : ''} uses ${refs.join(', ')}`, () =>
      expect(referenceMonths(m, exp)).toEqual(refs));
  it('keeps the amount of the quarter that started at the application month', () => {
    expect(quarterStart('2026-09', '2026-07')).toBe('2026-07');
    expect(quarterStart('2026-10', '2026-07')).toBe('2026-10');
    expect(quarterStart('2026-09')).toBe('2026-09');
  });
});

describe('monthRights', () => {
  it('freezes the right for the three months of a quarter', () => {
    const earnings = { ...every('2026-01', '2026-06', 900), ...every('2026-07', '2026-12', 1400) };
    const inQuarter = ['2026-07', '2026-08', '2026-09'].map((month) =>
      monthRights(
        input({ month, applicationMonth: '2026-07', adults: [{ age: 40, earnings }] }),
      ).primeActivite.montant.toString(),
    );
    expect(new Set(inQuarter).size).toBe(1);
    const next = monthRights(input({ month: '2026-10', applicationMonth: '2026-07', adults: [{ age: 40, earnings }] }))
      .primeActivite.montant;
    expect(next.toString()).not.toBe(inQuarter[0]);
  });

  it('withholds 0.5 % of CRDS from a prime above the floor', () => {
    const r = currentRights(input({ adults: [{ age: 40, earnings: every('2026-01', '2026-12', 1000) }] }));
    expect(r.primeActivite.montant).toBeGreaterThan(15);
    expect(r.primeActivite.crds).toBe(Math.round(r.primeActivite.montant * 0.5) / 100);
  });

  it('pays nothing when the quarterly mean of the monthly primes is under 15 €', () => {
    // Walk up the earnings until the monthly primes average between 0 and 15 € (D843-2 CSS floor).
    const under = Array.from({ length: 200 }, (_, i) => 1500 + 5 * i)
      .map((e) => currentRights(input({ adults: [{ age: 40, earnings: every('2026-01', '2026-12', e) }] })))
      .find((r) => {
        const mean = r.primeActivite.months.reduce((a, m) => a + m.montant, 0) / r.primeActivite.months.length;
        return mean > 0 && mean < 15;
      });
    expect(under, 'some earnings give a mean monthly prime between 0 and 15 €').toBeDefined();
    expect(under!.primeActivite.montant).toBe(0);
    expect(under!.primeActivite.underFloor).toBe(true);
  });

  it('gives the RSA without earnings, minus the forfait logement of a household with housing aid', () => {
    const r = currentRights(input({ housing: { status: 'tenant', housingAid: 250 } }));
    // April 2026 RSA base 651.69, forfait logement 12 % = 78.20
    expect(r.rsa.montant).toBeCloseTo(651.69 - 78.2, 2);
    expect(r.primeActivite.montant).toBe(0);
  });

  it('refuses the RSA to a person under 25 with no child, and to a student', () => {
    expect(currentRights(input({ adults: [{ age: 22 }] })).rsa).toMatchObject({
      montant: 0,
      eligible: false,
      reason: 'age',
    });
    expect(currentRights(input({ adults: [{ age: 22 }], children: [{ age: 1 }] })).rsa.eligible).toBe(true);
    expect(currentRights(input({ adults: [{ age: 30, student: true }] })).rsa).toMatchObject({
      eligible: false,
      reason: 'student',
    });
  });

  it('reduces the RSA euro for euro with earnings, while the PPA rises', () => {
    const at = (e: number) => currentRights(input({ adults: [{ age: 40, earnings: every('2026-01', '2026-12', e) }] }));
    expect(at(0).rsa.montant - at(200).rsa.montant).toBeCloseTo(200, 2);
    expect(at(200).primeActivite.montant).toBeGreaterThan(at(0).primeActivite.montant);
  });
});

describe('decodeDroitsFile', () => {
  const bad: Array<[string, object, string]> = [
    ['a month that is not a month', { month: '2026-13' }, 'month'],
    ['a negative earning', { adults: [{ age: 40, earnings: { '2026-01': -5 } }] }, 'adults[0].earnings.2026-01'],
    ['a key that is not a month', { adults: [{ age: 40, earnings: { janvier: 5 } }] }, 'adults[0].earnings.janvier'],
    ['an adult of 12', { adults: [{ age: 12 }] }, 'adults[0].age'],
    ['an unknown housing status', { housing: { status: 'castle' } }, 'housing.status'],
    ['three adults', { adults: [{ age: 40 }, { age: 40 }, { age: 40 }] }, 'adults'],
    ['an application after the month', { applicationMonth: '2027-01' }, 'applicationMonth'],
    ['an application before 2016', { month: '2016-02', applicationMonth: '2015-11' }, 'applicationMonth'],
  ];
  for (const [name, raw, path] of bad)
    it(`names ${path} for ${name}`, () => {
      const r = decodeDroitsFile({ month: '2026-09', adults: [{ age: 40 }], ...raw });
      expect(!r.ok && r.errors.map((e) => e.path)).toContain(path);
    });

  it('refuses a month before the rules and their parameters start, naming the field', () => {
    const r = decodeDroitsFile({ month: '2015-12', adults: [{ age: 40 }] });
    expect(!r.ok && r.errors.map((e) => [e.path, problemText(e, 'en')])).toEqual([
      ['month', expect.stringMatching(/from 2016-01, .*got "2015-12"/)],
    ]);
    expect(decodeDroitsFile({ month: FIRST_MONTH, adults: [{ age: 40 }] }).ok).toBe(true);
  });

  it('names the fields of a stopped income', () => {
    const r = decodeDroitsFile({
      month: '2026-09',
      adults: [{ age: 40, stopped: [{ income: 'salary', since: '2026-9', reason: 'boredom' }] }],
    });
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual([
      'adults[0].stopped[0].income',
      'adults[0].stopped[0].since',
      'adults[0].stopped[0].reason',
    ]);
  });

  it('sums family benefits given by kind', () => {
    const r = decodeDroitsFile({
      month: '2026-09',
      adults: [{ age: 40 }],
      familyBenefits: { af: { '2026-05': 150 }, cf: { '2026-05': 100.5 } },
    });
    expect(r.ok && r.value.familyBenefits).toEqual({ '2026-05': 250.5 });
  });
});

describe('dated parameters', () => {
  const tables = { prime: PRIME_ACTIVITE_PARAMETERS, rsa: RSA_PARAMETERS, smic: SMIC_PARAMETERS };
  for (const [table, series] of Object.entries(tables))
    for (const [name, s] of Object.entries(series))
      it(`${table}.${name} has a value from ${FIRST_MONTH} on, each with its legal reference`, () => {
        expect(s.values[0]!.from <= `${FIRST_MONTH}-01`).toBe(true);
        for (const v of s.values) {
          expect(v.ref, `${name} ${v.from}`).toMatch(/Décret|Arrêté|Loi|Ordonnance|\b[LRD]\d{3}-\d/);
          expect(v.ref, `${name} ${v.from}`).not.toMatch(/verify|vérifier|facts file|fiche/i);
        }
        const dates = s.values.map((v) => v.from);
        expect([...dates].sort()).toEqual(dates);
      });

  it('refuses a month before the first value instead of taking another period', () => {
    expect(() => inForce(SMIC_PARAMETERS.smic_mensuel_net!, '2015-12')).toThrow(/no value before 2016-01-01/);
    // The 2016 net SMIC, published for the Décret 2015-1688 gross of 9.67 €/h.
    expect(inForce(SMIC_PARAMETERS.smic_mensuel_net!, '2016-06').value).toBe('1143.72');
  });

  it('computes a January 2016 right, the first of the prime, on the amounts it was created with', () => {
    // Décret 2015-1710: 524.16 €; 500 € earned each of October–December 2015, pente 62 %: 524.16 + 310 − 524.16.
    const r = currentRights(
      input({ month: '2016-01', adults: [{ age: 40, earnings: every('2015-10', '2015-12', 500) }] }),
    );
    expect(r.primeActivite.montant).toBe(310);
    expect(r.rsa.months[0]!.montantForfaitaire).toBe(524.16);
  });
});

// In this process; test/unit/cli.test.ts starts the command as a program once.
describe('droits CLI', () => {
  const run = async (...args: string[]) => {
    const io = memoryIo();
    const status = await droits(args, io);
    return { status, stdout: io.out, stderr: io.err };
  };
  it('prints the monthly amounts for the requested month', async () => {
    const r = await run('test/cases/cli/droits-household.json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out.primeActivite)).toEqual(expect.arrayContaining(['montant', 'crds', 'mois_reference']));
    expect(out.primeActivite.mois_reference).toEqual(['2026-05', '2026-06', '2026-07']);
    expect(typeof out.rsa.montant).toBe('number');
  });
  it('exits 2 and names the field for an invalid file', async () => {
    const r = await run('test/cases/cli/droits-invalid.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/adults\[0\]\.age — nombre entier entre 18 et 120 attendu \(reçu 7\)/);
  });
  it('speaks English with --lang en', async () => {
    const r = await run('--lang', 'en', 'test/cases/cli/droits-invalid.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/adults\[0\]\.age — whole number between 18 and 120 expected \(got 7\)/);
  });
  it('exits 2 without a file', async () => expect((await run()).status).toBe(2));
});

describe('the droits input refuses what the rules cannot price', () => {
  it.each([
    ['1990-01', 'droits.monthTooEarly'],
    ['0001-01', 'droits.monthTooEarly'],
    ['9999-12', 'droits.monthTooLate'],
  ])('names the month %s', (month, id) => {
    const r = decodeDroitsFile({ month, adults: [{ age: 40 }] });
    expect(!r.ok && r.errors.map((e) => [e.path, e.id])).toEqual([['month', id]]);
  });
  it('names a housing aid of 1e308 €', () => {
    const r = decodeDroitsFile({ month: '2026-09', adults: [{ age: 40 }], housing: { housingAid: 1e308 } });
    expect(!r.ok && r.errors.map((e) => [e.path, e.id])).toEqual([['housing.housingAid', 'field.amountTooLarge']]);
  });
});

// `droits` on the app's household file: every right of the month, each with its amount, reference months or
// year, and articles; `--jsonl` on OpenFisca's 300 family households, one line each, in order, a bad line
// located and the rest going on. In process, through `main(argv, io)`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isHouseholdFile } from '../../src/cli/droits-input.ts';
import { main as droits } from '../../src/cli/droits.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { decodeHousehold } from '../../src/formats/household.ts';
import { vectorHouseholdFile, type FullVectorHousehold } from './family-vector-household.ts';

const cases = 'test/cases/cli/';
async function call(args: string[], files: Record<string, string> = {}) {
  const io = memoryIo(files);
  const status = await droits(args, io);
  return { status, stdout: io.out, stderr: io.err };
}
const BENEFITS = ['primeActivite', 'rsa', 'af', 'cf', 'asf', 'ars', 'housingAid'] as const;

describe('droits on a household file', () => {
  it('reports every right, each with its amount and articles', async () => {
    const r = await call([`${cases}droits-app-household.json`]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.month).toBe('2026-08');
    for (const b of BENEFITS) {
      expect(typeof out[b].montant, b).toBe('number');
      expect(out[b].articles.length, b).toBeGreaterThan(0);
    }
    expect(out.primeActivite.mois_reference).toEqual(['2026-04', '2026-05', '2026-06']);
    // Single parent, two children: 32 % of the BMAF (478.16 €, April 2026) = 153.01 € of AF (D521-1), and the
    // ASF for two children, 42.2 % × 478.16 € = 201.78 € each… in full, 403.57 € (D523-1; no alimony).
    expect(out.af.montant).toBe(153.01);
    expect(out.asf.montant).toBe(Math.round(2 * 0.422 * 478.16 * 100) / 100);
    // The 5-year-old born in November 2020 turns 6 before 1 February 2027: counted for the ARS (R543-2).
    expect(out.ars.enfants.map((e: { naissance: string }) => e.naissance)).toEqual(['2018-03-01', '2020-11-01']);
    expect(out.ars.montant).toBe(858.02);
    expect(out.ars.montant_du_mois).toBe(858.02);
    expect(out.housingAid.mois_ressources).toEqual(['2025-07', '2026-06']);
    // No child under three: no PAJE allocation de base.
    expect(out.paje).toMatchObject({ montant: 0, nb_enfants_moins_de_3_ans: 0 });
  });

  it('reports the AAH of an adult whose rate is given, and the prime à la naissance of an expected birth', async () => {
    const file = {
      month: '2025-06',
      adults: [
        { age: 40, activity: 'salarie', earnings: 600, aah: 100, incapacity: 80 },
        { age: 42, activity: 'salarie', earnings: 3000 },
      ],
      pregnant: true,
      expectedBirthMonth: '2025-08',
    };
    const r = await call(['h.json'], { 'h.json': JSON.stringify(file) });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    // The partner's 3 000 € do not count (L821-3 since October 2023): the AAH is the single adult's, 889,54 €.
    expect(out.aah.adultes[0]).toMatchObject({ montant: 889.54, source: 'calcule', evaluation: 'trimestrielle' });
    expect(out.aah.adultes[1]).toEqual({ montant: 0, source: 'montant_saisi' });
    expect(out.aah.montant).toBe(889.54);
    expect(out.aah.articles.join(' ')).toMatch(/D821-9/);
    expect(out.primeNaissance).toMatchObject({ montant: 1089.87, mois_versement: '2025-06', nb_enfants: 1 });
  });

  it('tells the two files apart by their shape; the PPA/RSA file keeps its report', async () => {
    expect(isHouseholdFile(JSON.parse(readFileSync(`${cases}droits-app-household.json`, 'utf8')))).toBe(true);
    expect(isHouseholdFile(JSON.parse(readFileSync(`${cases}droits-household.json`, 'utf8')))).toBe(false);
    expect(isHouseholdFile({ month: '2026-09', adults: [{ age: 40, earnings: 1200 }] })).toBe(true);
    expect(isHouseholdFile({ month: '2026-09', adults: [{ age: 40, earnings: { '2026-07': 800 } }] })).toBe(false);
    const r = await call([`${cases}droits-household.json`]);
    expect(r.status).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['month', 'primeActivite', 'rsa']);
  });

  it('names each bad field of a household file, in English too, and exits 2', async () => {
    const bad = JSON.stringify({
      month: '2026-08',
      adults: [{ age: 40, activity: 'salarie' }],
      children: [{ birthMonth: '2027-01' }],
    });
    const r = await call(['--lang', 'en', 'bad.json'], { 'bad.json': bad });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/children\[0\]\.birthMonth — expected a birth month as YYYY-MM/);
  });
});

describe('droits --jsonl on 300 household files', () => {
  const vectors = JSON.parse(readFileSync('test/cases/droits/family/vectors.json', 'utf8')) as {
    id: string;
    month: string;
    household: FullVectorHousehold;
    expected: Record<'af' | 'cf' | 'asf' | 'ars', number>;
  }[];
  const { disagreements } = JSON.parse(readFileSync('test/cases/droits/family/disagreements.json', 'utf8')) as {
    disagreements: { id: string; benefit: string }[];
  };
  const known = new Set(disagreements.map((d) => `${d.id}/${d.benefit}`));

  it('prints 300 lines in order; every valid one carries every right, the others a located error', async () => {
    const lines = vectors.map((v) =>
      JSON.stringify({ id: v.id, input: vectorHouseholdFile(v.month, v.household, true) }),
    );
    // One line broken in the middle: it is located, the rest go on.
    lines[150] = '{"id": "broken", "input": ';
    const r = await call(['--jsonl', 'all.jsonl'], { 'all.jsonl': lines.join('\n') + '\n' });
    const out = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(300);
    expect(out[150]).toMatchObject({ line: 151, errors: [{ path: '' }] });
    const reports = out.filter((o) => !o.errors);
    // A child less than 12 years younger than the oldest adult is a warning (a stepchild, an adopted child): the
    // households OpenFisca's generator makes so (32 of 300) are reported like the others. Only the broken line fails.
    expect(out.filter((o) => o.errors).map((o) => o.line)).toEqual([151]);
    const doubted = vectors.filter((v) =>
      decodeHousehold(vectorHouseholdFile(v.month, v.household, true)).warnings.some(
        (w) => w.id === 'household.childOlderThanParent',
      ),
    );
    expect(doubted).toHaveLength(32);
    expect(r.stderr).toMatch(/1 of 300 lines/);
    expect(r.status).toBe(2);
    const byId = new Map(vectors.map((v) => [v.id, v]));
    const misses = reports.flatMap((o) => {
      const v = byId.get(o.id)!;
      for (const b of BENEFITS) expect(typeof o[b].montant).toBe('number');
      return (['af', 'cf', 'asf', 'ars'] as const)
        .filter(
          (b) =>
            Math.abs(
              Math.round(o[b][b === 'ars' ? 'montant_du_mois' : 'montant'] * 100) - Math.round(v.expected[b] * 100),
            ) > 1,
        )
        .map((b) => `${o.id}/${b}`);
    });
    expect(misses.filter((k) => !known.has(k))).toEqual([]);
    expect(reports).toHaveLength(299);
  });
});

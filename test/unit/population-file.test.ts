// The committed population file (public/population/foyers.bin): it loads, its records decode as
// valid households of the app's format, its weights reproduce every margin of margins.csv, its
// scores are those of score() household by household, and it fits the size budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeHousehold, defaultHousehold, encodeHousehold, score, shippedModels } from '../../src/engine/index.ts';
import { decodePopulation, encodePopulation, householdAt } from '../../src/engine/population/file.ts';
import { loadPopulation, populationScores } from '../../src/engine/population/population.ts';
import { parseMargins } from '../../src/population/margins.ts';
import { marginChecks, withinTolerance } from './population-margins.ts';

const root = new URL('../../', import.meta.url).pathname;
const bytes = new Uint8Array(readFileSync(`${root}public/population/foyers.bin`));
const card = JSON.parse(readFileSync(`${root}public/population/provenance.json`, 'utf8'));
const margins = parseMargins(readFileSync(`${root}src/population/margins.csv`, 'utf8'));
const file = decodePopulation(bytes);
const n = file.header.records;
const households = Array.from({ length: n }, (_, i) => householdAt(file, i));

describe('the committed population file', () => {
  it('holds at least 100,000 records for 13.8 million households, within 2 MB gzip', () => {
    expect(n).toBeGreaterThanOrEqual(100_000);
    const total = Array.from(file.columns.weight!).reduce((a, b) => a + b, 0);
    expect(Math.abs(total / 13_800_000 - 1)).toBeLessThan(0.001);
    // At gzip's default level, what a server compresses on the fly (level 9 is smaller still, and 8× slower).
    expect(gzipSync(bytes).length).toBeLessThan(2 * 1024 * 1024);
  });

  it('reproduces every margin used: within 0.5 point for shares and 2 % for counts', () => {
    for (const c of marginChecks(margins, households, file.columns.weight!))
      expect(withinTolerance(c), `${c.margin}/${c.class}: ${c.got} for ${c.target}`).toBe(true);
  });

  it('decodes every record as a valid household of the app’s format', () => {
    for (let i = 0; i < n; i += 37) {
      const d = decodeHousehold(JSON.parse(JSON.stringify(households[i])));
      expect(d.errors, `record ${i}`).toEqual([]);
      expect(d.household).toEqual(households[i]);
    }
  });

  it('scores each record as score() scores the household', () => {
    const pop = loadPopulation(bytes);
    expect(pop.size).toBe(n);
    for (const model of shippedModels().filter((m) => m.kind === 'model')) {
      const s = populationScores(pop, model);
      for (let i = 0; i < n; i += 997)
        expect(Math.abs(s[i]! - score(model, encodeHousehold(households[i]!)).score)).toBeLessThan(1e-12);
    }
  });

  it('is described by its provenance card, margins and sources included', () => {
    expect(card.file).toMatchObject({
      records: n,
      bytes: bytes.length,
      month: file.header.month,
      seed: file.header.seed,
    });
    expect(card.margins).toHaveLength(margins.length);
    for (const m of card.margins) expect(m.source_url).toMatch(/^https?:\/\//);
    expect(card.warning.fr).toMatch(/synthétique/);
  });
});

describe('the file format', () => {
  it('gives back the households it was given, and rejects what is not a population file', () => {
    const a = defaultHousehold('2026-06');
    a.benefitsSource = 'declared';
    const b = { ...defaultHousehold('2026-06'), benefitsSource: 'declared' as const, priorityNeighbourhood: true };
    b.adults = [
      { age: 30, activity: 'chomeur', earnings: 0, otherIncome: 850, aah: 512.5 },
      { age: 33, activity: 'salarie', earnings: 1530, otherIncome: 0, aah: 0 },
    ];
    b.children = [
      { age: 17, activity: 'apprenti' },
      { age: 2, activity: 'scolaire' },
    ];
    b.benefits = { rsa: 0, primeActivite: 187.21, af: 151.05, cf: 0, housingAid: 212, other: 35.4 };
    b.notClaimed = { ...b.notClaimed, rsa: true, housingAid: true };
    b.otherParentMissing = false;
    b.housing = { status: 'locataire', rent: 480, zone: 1 };
    const f = decodePopulation(
      encodePopulation(
        [
          { household: a, weight: 2 },
          { household: b, weight: 3.5 },
        ],
        '2026-06',
        1,
      ),
    );
    expect([householdAt(f, 0), householdAt(f, 1)]).toEqual([a, b]);
    expect([...f.columns.weight!]).toEqual([2, 3.5]);
    expect(() => decodePopulation(new TextEncoder().encode('not a population'))).toThrow(/not a population file/);
    expect(() => decodePopulation(bytes.slice(0, 4000))).toThrow(/truncated/);
  });
});

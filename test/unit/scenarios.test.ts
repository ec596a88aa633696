// Files of several households (CSV, JSON): what is written reads back the same, and every problem
// of a hand-made or hostile file is located by line (and column) and leaves out only its household.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHousehold } from '../../src/formats/household.ts';
import {
  ADULT_ACTIVITIES,
  CHILD_ACTIVITIES,
  HISTORY_MONTHS,
  HOUSING_STATUSES,
  STOP_REASONS,
} from '../../src/household/household.ts';
import {
  MAX_NAME,
  fitInPins,
  readScenarioBytes,
  readScenarioText,
  scenariosToCsv,
  scenariosToJson,
  type Scenario,
} from '../../src/formats/scenarios.ts';
import { PROBLEM_TEXTS } from '../../src/i18n/problems/index.ts';
import { hostile } from '../fixtures/hostile.ts';

const MONTH = '2026-03';
const amount = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 5000 }),
  fc.double({ min: 0, max: 9000, noNaN: true }),
);
const adult = fc.record(
  {
    age: fc.integer({ min: 30, max: 90 }),
    activity: fc.constantFrom(...ADULT_ACTIVITIES),
    earnings: amount,
    otherIncome: amount,
    aah: amount,
    taxableIncomeN2: amount,
    earningsStopped: fc.record({
      since: fc.constantFrom('2025-11', '2026-02'),
      reason: fc.constantFrom(...STOP_REASONS),
    }),
    earningsHistory: fc.array(amount, { minLength: HISTORY_MONTHS, maxLength: HISTORY_MONTHS }),
    incapacity: fc.integer({ min: 0, max: 100 }),
    rsdae: fc.boolean(),
  },
  { requiredKeys: ['age', 'activity', 'earnings', 'otherIncome', 'aah'] },
);
const child = fc.integer({ min: 0, max: 17 }).chain((age) =>
  fc.record({
    age: fc.constant(age),
    activity: age < 16 ? fc.constant('scolaire') : fc.constantFrom(...CHILD_ACTIVITIES),
  }),
);
/** Households as the decoder returns them, without error: those a person can pin. */
const household = fc
  .record({
    month: fc.constantFrom('2024-06', '2026-01', '2026-09'),
    adults: fc.array(adult, { minLength: 1, maxLength: 2 }),
    children: fc.array(child, { maxLength: 4 }),
    benefits: fc.record({
      rsa: amount,
      primeActivite: amount,
      af: amount,
      cf: amount,
      housingAid: amount,
      other: amount,
    }),
    housing: fc.record({ status: fc.constantFrom(...HOUSING_STATUSES), rent: amount, zone: fc.constantFrom(1, 2, 3) }),
    guardianship: fc.boolean(),
    alimony: amount,
    priorityNeighbourhood: fc.boolean(),
    pregnant: fc.boolean(),
    expectedBirthMonth: fc.option(fc.constantFrom('2026-04', '2026-12'), { nil: undefined }),
    benefitsSource: fc.constantFrom('computed', 'declared'),
    otherParentMissing: fc.boolean(),
    notClaimed: fc.record({
      rsa: fc.boolean(),
      af: fc.boolean(),
      housingAid: fc.boolean(),
      aah: fc.boolean(),
      primeNaissance: fc.boolean(),
    }),
    history: fc.record({
      separation12m: fc.boolean(),
      rentChanges18m: fc.integer({ min: 0, max: 18 }),
      monthsWorked12: fc.integer({ min: 0, max: 12 }),
      adjustments24m: fc.boolean(),
    }),
  })
  .map((raw) => decodeHousehold(raw, MONTH))
  .filter((d) => d.errors.length === 0)
  .map((d) => d.household);
// Names as people type them: accents, quotes, separators, formulas, a leading '#' or apostrophe.
const name = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 30 }),
    fc.constantFrom('Juliette, 50 ans', 'Foyer "A"; bis', '=SOMME(A1)', "'=x", '#3', '-2 enfants', 'Zoé\nligne'),
  )
  .map((s) => s.trim())
  .filter((s) => s !== '' && s.length <= MAX_NAME);
const scenarios = fc.array(fc.record({ name, household }), { minLength: 1, maxLength: 6 });

const strip = (r: ReturnType<typeof readScenarioText>): Scenario[] =>
  r.scenarios.map(({ name, household }) => ({ name, household }));
const csv = (text: string) => readScenarioText(text, MONTH);

describe('scenario files', () => {
  it('read back the households written as CSV', () => {
    fc.assert(
      fc.property(scenarios, (list) => {
        const read = csv(scenariosToCsv(list));
        expect(read.errors).toEqual([]);
        expect(strip(read)).toEqual(list);
      }),
      { numRuns: 150 },
    );
  });
  it('read back the households written as JSON, and as bytes', () => {
    fc.assert(
      fc.property(scenarios, (list) => {
        const text = scenariosToJson(list);
        expect(strip(readScenarioText(text, MONTH))).toEqual(list);
        expect(strip(readScenarioBytes(new TextEncoder().encode(text), MONTH))).toEqual(list);
      }),
      { numRuns: 100 },
    );
  });
  it('carry an AAH household’s incapacity rates and RSDAE, an expected birth, and both not claimed, through a class CSV', () => {
    const raw = {
      adults: [
        { age: 45, activity: 'inactif', earnings: 0, incapacity: 80 },
        { age: 40, activity: 'salarie', earnings: 900, incapacity: 60, rsdae: true },
      ],
      pregnant: true,
      expectedBirthMonth: '2026-06',
      notClaimed: { aah: true, primeNaissance: true },
    };
    const list = [{ name: 'AAH', household: decodeHousehold(raw, MONTH).household }];
    expect(list[0]!.household.adults.map((a) => [a.incapacity, a.rsdae])).toEqual([
      [80, undefined],
      [60, true],
    ]);
    const text = scenariosToCsv(list);
    const head = text.split('\r\n')[0]!.split(';');
    for (const c of [
      'adults[0].incapacity',
      'adults[1].incapacity',
      'adults[1].rsdae',
      'expectedBirthMonth',
      'notClaimed.aah',
      'notClaimed.primeNaissance',
    ])
      expect(head).toContain(c);
    const read = csv(text);
    expect(read.errors).toEqual([]);
    expect(strip(read)).toEqual(list);
  });
  it('write a header of field paths, name first, one line per household', () => {
    const list = [{ name: 'Un', household: decodeHousehold({ adults: [{ age: 40 }] }, MONTH).household }];
    const [head, row, end] = scenariosToCsv(list).split('\r\n');
    expect(head!.startsWith('\ufeffname;month;adults[0].age;adults[0].activity;adults[0].earnings;')).toBe(true);
    expect(row!.startsWith('Un;2026-03;40;salarie;0;0;0;0;')).toBe(true);
    expect(end).toBe('');
  });
  it('read a hand-made CSV with commas, CR line ends, oui/non and decimal commas under ;', () => {
    const comma = 'name,adults[0].age,guardianship\rAnna,40,oui\rBen,55,false\r';
    expect(csv(comma).scenarios.map((s) => [s.name, s.household.adults[0]!.age, s.household.guardianship])).toEqual([
      ['Anna', 40, true],
      ['Ben', 55, false],
    ]);
    const semi = 'name;adults[0].age;adults[0].earnings\r\nAnna;40;"1200,5"\r\n';
    expect(csv(semi).scenarios[0]!.household.adults[0]!.earnings).toBe(1200.5);
  });
  it('read UTF-8 with BOM and UTF-16 with BOM; name UTF-16 read as UTF-8', () => {
    const text = 'name;adults[0].age\nZoé;41\n';
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) le[2 + 2 * i] = text.charCodeAt(i);
    for (const bytes of [utf8, le]) expect(readScenarioBytes(bytes, MONTH).scenarios[0]!.name).toBe('Zoé');
    const asUtf8 = new TextDecoder().decode(le);
    expect(csv(asUtf8).errors.map((e) => e.id)).toEqual(['model.utf16']);
    expect(readScenarioBytes(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1, 0]), MONTH).errors[0]!.id).toBe('model.binary');
  });
  it('locate a bad cell by line and column and leave out only its household', () => {
    const r = csv('name;adults[0].age;adults[0].earnings\nA;40;100\nB;abc;100\n\nC;30;-5\nD;30;7\n');
    expect(r.scenarios.map((s) => [s.name, s.line])).toEqual([
      ['A', 2],
      ['D', 6],
    ]);
    expect(r.rejected).toEqual([3, 5]);
    expect(r.errors.map((e) => [e.line, e.column, e.path, e.id, e.name])).toEqual([
      [3, 2, 'adults[0].age', 'field.wholeNumber', 'B'],
      [5, 3, 'adults[0].earnings', 'field.amountNegative', 'C'],
    ]);
  });
  it('read nothing from a file with an unknown, hostile or repeated column', () => {
    for (const [text, id, column] of [
      ['name;adults[0].earnigs\nA;1\n', 'scenarios.unknownColumn', 2],
      ['name;toString\nA;1\n', 'scenarios.unknownColumn', 2],
      ['name;__proto__.x\nA;1\n', 'scenarios.unknownColumn', 2],
      ['name;adults[99999999].age\nA;1\n', 'scenarios.unknownColumn', 2],
      ['name;month;month\nA;2026-01;2026-01\n', 'scenarios.duplicateColumn', 3],
      ['nom;month\nA;2026-01\n', 'scenarios.unknownColumn', 1],
    ] as const) {
      const r = csv(text);
      expect(r.scenarios, text).toEqual([]);
      expect(
        r.errors.find((e) => e.id === id),
        text,
      ).toMatchObject({ line: 1, column });
    }
  });
  it('name a row with too many cells, an empty first adult, a missing name, a quote left open', () => {
    const r = csv('name;adults[0].age;adults[1].age\nA;40;;9\nB;;40\n;40\n"C;40\n');
    expect(r.errors.map((e) => [e.id, e.line])).toEqual([['csv.unclosedQuote', 5]]);
    const s = csv('name;adults[0].age;adults[1].age\nA;40;;9\nB;;40\n;40\n');
    expect(s.errors.map((e) => [e.id, e.line, e.column])).toEqual([
      ['scenarios.extraCell', 2, 4],
      ['scenarios.hole', 3, 2],
      ['scenarios.noName', 4, 1],
    ]);
    expect(s.scenarios).toEqual([]);
  });
  it('locate JSON problems by line, hostile keys included, and refuse other JSON files', () => {
    const text = [
      '{"format": "score-caf/foyers", "households": [',
      '  {"name": "A", "household": {"adults": [{"age": 40}]}},',
      '  {"name": "B", "household": {"adults": [',
      '    {"age": {"toString": 1}}]}},',
      '  {"toString": "x"},',
      '  {"name": {"valueOf": 2}, "household": {}}',
      ']}',
    ].join('\n');
    const r = readScenarioText(text, MONTH);
    expect(r.scenarios.map((s) => s.name)).toEqual(['A']);
    expect(r.errors.map((e) => [e.line, e.path, e.id])).toEqual([
      [4, 'households[1].household.adults[0].age', 'field.wholeNumber'],
      [5, 'households[2]', 'scenarios.entryShape'],
      [6, 'households[3].name', 'scenarios.noName'],
      [6, 'households[3].household.adults', 'household.noAdult'],
    ]);
    expect(readScenarioText('{"format": "caf-model", "variables": []}', MONTH).errors[0]!.id).toBe(
      'scenarios.otherJson',
    );
    expect(readScenarioText('[{"name": "A",\n "household": {}', MONTH).errors[0]).toMatchObject({ line: 2 });
  });
  it('never throw on hostile JSON values', () => {
    fc.assert(
      fc.property(hostile, (v) => {
        const r = readScenarioText(JSON.stringify({ households: [v, { name: 'x', household: v }] }), MONTH);
        expect(r.scenarios.length + r.rejected.length).toBeLessThanOrEqual(2);
      }),
    );
  });
  it('cut a long name with a warning, and name what does not fit in the pins', () => {
    const long = 'n'.repeat(MAX_NAME + 5);
    const r = csv(`name;adults[0].age\n${long};40\n`);
    expect(r.scenarios[0]!.name).toHaveLength(MAX_NAME);
    expect(r.warnings.map((w) => w.id)).toContain('scenarios.nameCut');
    expect(fitInPins([1, 2, 3, 4], 3)).toEqual({ pin: [1, 2, 3], left: [4] });
    expect(fitInPins([1, 2], -1)).toEqual({ pin: [], left: [1, 2] });
  });
  it('has every message in French and English', () => {
    for (const id of Object.keys(PROBLEM_TEXTS.fr).filter((k) => k.startsWith('scenarios.')))
      expect(PROBLEM_TEXTS.en[id], id).toBeTruthy();
  });
});

describe('readCsv comments', () => {
  it('skips a line that starts with # in the file, keeps a quoted first cell that starts with #', async () => {
    const { readCsv } = await import('../../src/formats/csv.ts');
    expect(readCsv('a;b\n  # note\n"#1";x\n').rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [1, 'a'],
      [3, '#1'],
    ]);
  });
});

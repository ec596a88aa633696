// Binned (GAM/EBM) terms in the model format: a missing bin, categorical levels as bins, each number's
// sd, a declared imputation; located errors for unsorted, gapped, overlapping or empty bins; and the
// coefficient-table layout (one row per bin) that carries a whole EBM with no code change.
import { describe, expect, it } from 'vitest';
import {
  designVector,
  dot,
  modelConstraints,
  findBin,
  importCoefficientTable,
  loadModelText,
  modelToCsv,
  score,
  type Bin,
  type Features,
  type Model,
} from '../../src/engine/index.ts';
import { binnedModels } from '../../src/engine/registry-binned.ts';
import { formatProblem } from '../../src/i18n/messages.ts';

const n = (value: number, sd?: number) => ({
  value,
  status: 'published',
  source: 's',
  ...(sd === undefined ? {} : { sd }),
});
const model = (bins: unknown, extra: Record<string, unknown> = {}, more: unknown[] = []) => ({
  format: 'cnaf-score-model/1',
  id: 'ebm',
  title: 'EBM',
  publisher: 'P',
  target: 'T',
  sources: { s: { title: 'S' } },
  link: 'logit',
  intercept: n(0.5),
  variables: [
    {
      id: 'x',
      label: 'x',
      labelStatus: 'published',
      source: 's',
      type: 'numeric',
      encoding: 'bins',
      unit: 'u',
      bins,
      ...extra,
    },
    ...more,
  ],
});
const load = (raw: unknown) => loadModelText(JSON.stringify(raw, null, 1), 'm.json');
const bins3 = [
  { min: null, max: 1, coefficient: n(-1, 0.1) },
  { min: 1, max: 2, coefficient: n(0.25, 0.2) },
  { min: 2, max: null, coefficient: n(2, 0.3) },
];
const flag = {
  id: 'x_was_imputed',
  label: 'flag',
  labelStatus: 'published',
  source: 's',
  type: 'categorical',
  levels: [
    { id: '0', label: 'no', coefficient: n(0.01) },
    { id: '1', label: 'yes', coefficient: n(0.7) },
    { id: 'missing', label: 'missing' },
  ],
  reference: 'missing',
};

describe('a binned term', () => {
  it('puts a value on a cut point in the upper bin, and a missing value in the missing bin', () => {
    const r = load(model(bins3, { missing: n(0.125) }));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const logit = (x: number | null) => score(r.value, { x }).logit - 0.5;
    expect([logit(0.999), logit(1), logit(1.5), logit(2), logit(1e9), logit(-1e9)]).toEqual([-1, 0.25, 0.25, 2, 2, -1]);
    expect(logit(null)).toBe(0.125);
    expect(score(r.value, { x: null }).contributions[0]).toMatchObject({ level: 'missing', missing: true });
  });

  it('keeps each bin’s sd', () => {
    const r = load(model(bins3));
    if (!r.ok || r.value.variables[0]!.type !== 'numeric' || r.value.variables[0]!.encoding !== 'bins')
      throw new Error();
    expect(r.value.variables[0]!.bins.map((b) => b.coefficient.sd)).toEqual([0.1, 0.2, 0.3]);
  });

  it('finds by bisection the same bin as a scan, on an EBM’s hundreds of bins', () => {
    const v = binnedModels()[0]!.variables.find((x) => x.id === 'total_vermogen')!;
    if (v.type !== 'numeric' || v.encoding !== 'bins') throw new Error();
    const scan = (x: number): Bin | undefined =>
      v.bins.find((b) => (b.min === null || x >= b.min) && (b.max === null || x < b.max));
    const probes = v.bins.flatMap((b) => (b.min === null ? [-1e7] : [b.min, b.min - 1e-9, b.min + 0.5]));
    for (const x of probes) expect(findBin(v.bins, x)).toBe(scan(x));
  });

  it.each([
    [
      'a gap',
      [
        { min: null, max: 1, coefficient: n(0) },
        { min: 2, max: null, coefficient: n(1) },
      ],
      'model.binsGap',
      'trou',
    ],
    [
      'an overlap',
      [
        { min: null, max: 2, coefficient: n(0) },
        { min: 1, max: null, coefficient: n(1) },
      ],
      'model.binsOverlap',
      'chevauchent',
    ],
    [
      'unsorted bins',
      [
        { min: null, max: 1, coefficient: n(0) },
        { min: 3, max: null, coefficient: n(0) },
        { min: 1, max: 3, coefficient: n(1) },
      ],
      'model.binsUnsorted',
      'désordre',
    ],
    [
      'an empty bin',
      [
        { min: null, max: 1, coefficient: n(0) },
        { min: 1, max: 1, coefficient: n(0) },
        { min: 1, max: null, coefficient: n(1) },
      ],
      'model.binEmpty',
      'vide',
    ],
  ])('refuses %s with the line of the faulty bin', (_, bins, id, word) => {
    const r = load(model(bins));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errors.find((p) => p.id === id);
    expect(e, JSON.stringify(r.errors)).toBeDefined();
    const text = JSON.stringify(model(bins), null, 1).split('\n');
    // The faulty bin is the second or third object of "bins": its line holds its "min" or its opening brace.
    expect(e!.line).toBeGreaterThan(text.findIndex((l) => l.includes('"bins"')) + 1);
    expect(formatProblem(e!, 'fr')).toContain(word);
    expect(formatProblem(e!, 'fr')).toMatch(/ligne \d+/);
  });

  it('refuses a negative sd and an indicator that is not a 0/1 variable', () => {
    const r = load(
      model([{ min: null, max: null, coefficient: n(0, -1) }], { impute: { value: n(3), indicator: 'nope' } }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.id).sort()).toEqual(['model.imputeIndicator', 'model.sd']);
  });

  it('applies a declared imputation: the missing value is replaced and its indicator set to 1', () => {
    const r = load(model(bins3, { impute: { value: n(1.5), indicator: 'x_was_imputed' } }, [flag]));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const s = score(r.value, { x: null });
    expect(s.logit).toBeCloseTo(0.5 + 0.25 + 0.7, 15);
    expect(score(r.value, { x: 0 }).logit).toBeCloseTo(0.5 - 1 + 0.01, 15);
    // categorical levels given as numbers name the level written as them
    expect(score(r.value, { x: 0, x_was_imputed: 1 }).logit).toBeCloseTo(0.5 - 1 + 0.01, 15);
  });
});

describe('the robust views’ design vector of a binned model', () => {
  it('gives the logit score() gives: missing bin, imputation and numbers naming levels included', () => {
    const r = load(model(bins3, { missing: n(0.125), impute: { value: n(1.5), indicator: 'x_was_imputed' } }, [flag]));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const m = binnedModels()[1]!;
    for (const [mm, f] of [
      [r.value, { x: null }],
      [r.value, { x: 2, x_was_imputed: 1 }],
      [m, { has_partner: 1, total_vermogen: -10000, sum_inkomen_bruto: null }],
      [m, { has_partner: '0', afspraken_no_show_count_last_year: 3, days_since_last_relocation: 90 }],
    ] as const) {
      const c = modelConstraints(mm);
      expect(dot(designVector(mm, c, f), c.value)).toBeCloseTo(score(mm, f).logit, 12);
    }
  });
});

describe('the coefficient-table layout of a binned term', () => {
  const csv = [
    'variable,level,coefficient,status,source,sd',
    'intercept,,0.5,published,https://example.org/ebm,',
    'x,missing,0.125,published,https://example.org/ebm,0',
    'x,impute:x_was_imputed,1.5,published,https://example.org/ebm,',
    'x,"[-inf, 1)",-1,published,https://example.org/ebm,0.1',
    'x,"[1, 2)",0.25,published,https://example.org/ebm,0.2',
    'x,"[2, inf)",2,published,https://example.org/ebm,0.3',
    'x_was_imputed,missing,0,published,https://example.org/ebm,',
    'x_was_imputed,0,0.01,published,https://example.org/ebm,0.01',
    'x_was_imputed,1,0.7,published,https://example.org/ebm,0.02',
  ];

  it('reads the missing bin, the imputation, the sd column and categorical levels as bins', () => {
    const r = importCoefficientTable(csv.join('\n') + '\n', 'ebm.csv');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const [x, f] = r.value.variables;
    expect(x).toMatchObject({
      encoding: 'bins',
      missing: { value: 0.125 },
      impute: { value: { value: 1.5 }, indicator: 'x_was_imputed' },
    });
    expect(f).toMatchObject({ type: 'categorical', reference: 'missing' });
    expect(score(r.value, { x: null }).logit).toBeCloseTo(0.5 + 0.25 + 0.7, 15);
    if (x?.type === 'numeric' && x.encoding === 'bins')
      expect(x.bins.map((b) => b.coefficient.sd)).toEqual([0.1, 0.2, 0.3]);
  });

  it('locates a gap between two rows by the line of the second', () => {
    const gapped = [...csv.slice(0, 5), 'x,"[1.5, 2)",0.25,published,s,0.2', ...csv.slice(6)];
    const r = importCoefficientTable(gapped.join('\n') + '\n', 'ebm.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => [e.id, e.line])).toContainEqual(['model.binsGap', 6]);
  });

  it('refuses a categorical missing level that is not 0, and a negative sd', () => {
    const bad = [...csv.slice(0, 7), 'x_was_imputed,missing,0.3,published,s,', csv[8], csv[9]!.replace(',0.02', ',-1')];
    const r = importCoefficientTable(bad.join('\n') + '\n', 'ebm.csv');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => [e.id, e.line])).toEqual(
        expect.arrayContaining([
          ['csv.missingLevelNotZero', 8],
          ['csv.sd', 10],
        ]),
      );
  });

  it.each([0, 1])('carries a whole shipped EBM: written as a table and read back, it scores the same', (i) => {
    const m: Model = binnedModels()[i]!;
    const back = importCoefficientTable(modelToCsv(m), 'ebm.csv');
    if (!back.ok) throw new Error(JSON.stringify(back.errors.slice(0, 3)));
    const probes: Features[] = [
      {},
      { afspraken_no_show_count_last_year: 3, total_vermogen: -10000, has_partner: '1', sum_inkomen_bruto: null },
    ];
    for (const f of probes) expect(score(back.value, f).score).toBe(score(m, f).score);
    expect(back.value.variables.map((v) => v.type)).toEqual(m.variables.map((v) => v.type));
  });
});

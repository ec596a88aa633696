// Names taken from a file are data: a variable, a level or a source called like a member of
// Object.prototype loads and scores like any other, and large files give the right model.

import { describe, expect, it } from 'vitest';
import {
  checkFeatures,
  compileModel,
  defaultHousehold,
  evaluate,
  loadModelText,
  logistic,
  score,
} from '../../src/engine/index.ts';
import type { Model } from '../../src/engine/index.ts';
import { KEPT_PER_KIND } from '../../src/problems/index.ts';
import { formatProblem } from '../../src/i18n/messages.ts';

const NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];

const model = (r: ReturnType<typeof loadModelText>): Model => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

/** A JSON model with one boolean variable `name` of weight 0.75, cited from a source also called `name`. */
function jsonModel(name: string): string {
  const num = (value: number) => ({ value, status: 'placeholder', source: name });
  const variable = {
    id: name,
    label: name,
    labelStatus: 'placeholder',
    source: name,
    type: 'boolean',
    coefficient: num(0.75),
  };
  // The source is written as text: an object literal with a "__proto__" key would set a prototype instead.
  const sources = `{ "${name}": { "title": "source ${name}" } }`;
  return `{ "format": "cnaf-score-model/1", "id": "m", "title": "t", "publisher": "p", "target": "t",
    "sources": ${sources}, "link": "logit", "intercept": ${JSON.stringify(num(-2))},
    "variables": [${JSON.stringify(variable)}] }`;
}

describe('a variable named like a member of Object.prototype', () => {
  for (const name of NAMES) {
    it(`loads from a JSON model and scores right when it is called "${name}"`, () => {
      const m = model(loadModelText(jsonModel(name), 'm.json'));
      expect(m.variables.map((v) => v.id)).toEqual([name]);
      expect(Object.keys(m.sources)).toEqual([name]);
      const f = checkFeatures(m, JSON.parse(`{ "${name}": true }`));
      expect(f.ok && Object.keys(f.value)).toEqual([name]);
      if (f.ok) expect(score(m, f.value).logit).toBe(-2 + 0.75);
      // absent from the features: counted at its reference, not as Object.prototype's member
      const none = score(m, {});
      expect([none.logit, none.contributions[0]!.value, none.contributions[0]!.missing]).toEqual([-2, null, true]);
    });

    it(`loads from a coefficient table and scores right when it is called "${name}"`, () => {
      const m = model(loadModelText(`variable,level,coefficient\nintercept,,-2\n${name},1,0.75\n`, 't.csv'));
      expect(m.variables.map((v) => v.id)).toEqual([name]);
      expect(score(m, JSON.parse(`{ "${name}": true }`)).logit).toBe(-2 + 0.75);
      // the batch path agrees: one row, the variable set
      expect(compileModel(m).scoreRows(new Float64Array([1]))[0]).toBeCloseTo(logistic(-1.25), 15);
    });

    it(`is a level like any other of a categorical variable when it is called "${name}"`, () => {
      const m = model(
        loadModelText(`variable,level,coefficient\nintercept,,-2\nc,${name},0.5\nc,autre,0.25\n`, 't.csv'),
      );
      const c = m.variables[0]!;
      expect(c.type === 'categorical' && c.levels.map((l) => l.id)).toEqual([name, 'autre', '(reference)']);
      expect(score(m, { c: name }).logit).toBe(-1.5);
    });

    it(`gives a household evaluation that the worker can send back when a variable is called "${name}"`, () => {
      const m = model(loadModelText(jsonModel(name), 'm.json'));
      const e = evaluate(m, defaultHousehold('2026-11'));
      expect(e.ok && e.score.contributions.map((c) => [c.variable, c.value])).toEqual([[name, null]]);
      // structuredClone is what postMessage does: a function in the reply (Object's constructor) cannot be sent
      expect(() => structuredClone(e)).not.toThrow();
    });
  }

  it('is refused as a source when the model does not list it, even if Object.prototype has it', () => {
    const text = jsonModel('s').replace('"source":"s","type"', '"source":"toString","type"');
    const r = loadModelText(text, 'm.json');
    expect(!r.ok && r.errors.map((e) => [e.id, e.path])).toEqual([['model.variableSource', 'variables[0].source']]);
  });
});

describe('a large coefficient table', () => {
  const n = 10_000;
  // weight of v_i: i / 100 000, so that every weight is distinct and their sum is known: n(n−1)/2 / 100 000
  const rows = Array.from({ length: n }, (_, i) => `v${i},1,${i / 100_000}`);
  const text = ['variable,level,coefficient,status', 'intercept,,-1,placeholder', ...rows].join('\n');

  it('of 10,000 rows gives 10,000 variables, each with its own weight and line', () => {
    const r = loadModelText(text, 'grand.csv');
    const m = model(r);
    expect(m.variables).toHaveLength(n);
    expect(m.variables[1234]!.id).toBe('v1234');
    const v = m.variables[9999]!;
    expect(v.type === 'boolean' && v.coefficient.value).toBe(0.09999);
    // every variable is unknown to the app: the first twenty said each on its own line (header 1,
    // intercept 2), the other 9,980 counted in one line rather than listed
    const warnings = r.warnings.filter((w) => w.id === 'csv.unknownVariable');
    expect(warnings).toHaveLength(KEPT_PER_KIND);
    expect(warnings.map((w) => w.line)).toEqual(Array.from({ length: KEPT_PER_KIND }, (_, i) => i + 3));
    const more = r.warnings.filter((w) => w.id === 'problems.more' && w.params?.of === 'csv.unknownVariable');
    expect(more).toEqual([
      {
        id: 'problems.more',
        path: '',
        severity: 'warning',
        params: { count: n - KEPT_PER_KIND, of: 'csv.unknownVariable' },
        // the first one counted: v20, on line 20 + 3
        line: KEPT_PER_KIND + 3,
      },
    ]);
    expect(formatProblem(more[0]!, 'fr')).toBe(
      'ligne 23 — … et 9\u202f980 autres du même type, à partir de cette ligne',
    );
  });

  it('locates a problem of one weight deep in the table on its own row', () => {
    // row of v7777: line 7777 + 3; its weight alone says "unknown" but is not zero
    const odd = text
      .replaceAll(/^(v\d+,1,[\d.e-]+)$/gm, '$1,placeholder')
      .replace('v7777,1,0.07777,placeholder', 'v7777,1,0.07777,unknown');
    const r = loadModelText(odd, 'grand.csv');
    model(r);
    expect(r.warnings.filter((w) => w.id === 'model.unknownWeightNotZero')).toEqual([
      expect.objectContaining({ path: 'variables[7777].coefficient.value', line: 7777 + 3 }),
    ]);
  });

  it('of 10,000 rows scores every variable set as the intercept plus the sum of the weights', () => {
    const m = model(loadModelText(text, 'grand.csv'));
    const all = Object.fromEntries(m.variables.map((v) => [v.id, true]));
    expect(score(m, all).logit).toBeCloseTo(-1 + (n * (n - 1)) / 2 / 100_000, 9);
  });

  it('of one variable with 10,000 levels keeps each level with its weight', () => {
    const levels = Array.from({ length: n }, (_, i) => `region,r${i},${i / 100_000}`);
    const m = model(loadModelText(['variable,level,coefficient', 'intercept,,0', ...levels].join('\n'), 'r.csv'));
    const region = m.variables[0]!;
    expect(region.type === 'categorical' && region.levels).toHaveLength(n + 1);
    expect(score(m, { region: 'r777' }).logit).toBe(0.00777);
  });
});

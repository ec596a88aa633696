// Property-based tests over every decoder: whatever arrives (a share link, a model file, a
// coefficient table, a household), the decoder returns a value or located errors, and never throws.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeHousehold,
  defaultHousehold,
  evaluate,
  loadModelBytes,
  loadModelText,
  modelToCsv,
  shippedModels,
} from '../../src/engine/index.ts';
import { problemText } from '../../src/i18n/messages.ts';
import { decodeDroitsFile } from '../../src/formats/droits-file.ts';
import { buildFragment, parseFragment } from '../../src/state/url.ts';
import { SHIPPED_RAW } from '../../src/engine/registry.ts';

const RUNS = { numRuns: 300 };
const located = (p: { line?: number; path: string }) => p.line !== undefined || p.path !== '';

/** Random edits of a text: deletions, insertions and replacements at random places. */
const mutated = (text: string) =>
  fc
    .array(fc.tuple(fc.nat(text.length), fc.constantFrom('delete', 'insert', 'replace'), fc.string({ maxLength: 3 })), {
      minLength: 1,
      maxLength: 6,
    })
    .map((edits) => {
      let s = text;
      for (const [at, op, chunk] of edits) {
        const i = at % (s.length + 1);
        s =
          op === 'delete'
            ? s.slice(0, i) + s.slice(i + 3)
            : op === 'insert'
              ? s.slice(0, i) + chunk + s.slice(i)
              : s.slice(0, i) + chunk + s.slice(i + chunk.length);
      }
      return s;
    });

describe('model file decoder', () => {
  const json = JSON.stringify(SHIPPED_RAW[2], null, 1);
  const csv = modelToCsv(shippedModels()[0]!);

  it('never throws on arbitrary text, and every error it gives has words in French and English', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom('m.json', 'm.csv'), (text, name) => {
        const r = loadModelText(text, name, shippedModels());
        if (r.ok) return;
        expect(r.errors.length).toBeGreaterThan(0);
        for (const e of r.errors) for (const lang of ['fr', 'en'] as const) expect(problemText(e, lang)).not.toBe(e.id);
      }),
      RUNS,
    );
  });

  it('never throws on arbitrary bytes, UTF-16 and BOMs included, and every error names its line', () => {
    const boms = fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]);
    fc.assert(
      fc.property(boms, fc.uint8Array({ maxLength: 400 }), fc.constantFrom('m.json', 'm.csv'), (bom, body, name) => {
        const r = loadModelBytes(new Uint8Array([...bom, ...body]), name, shippedModels());
        if (!r.ok) expect(r.errors.every((e) => located(e) || e.id === 'model.fileEmpty')).toBe(true);
      }),
      RUNS,
    );
  });

  it('answers mutated JSON model files with a model or located errors', () => {
    fc.assert(
      fc.property(mutated(json), (text) => {
        const r = loadModelText(text, 'm.json');
        if (!r.ok && text.trim() !== '') expect(r.errors.every(located), JSON.stringify(r.errors)).toBe(true);
      }),
      RUNS,
    );
  });

  it('answers mutated coefficient tables with a model or located errors', () => {
    fc.assert(
      fc.property(mutated(csv), (text) => {
        const r = loadModelText(text, 't.csv', shippedModels());
        if (!r.ok) expect(r.errors.every(located), JSON.stringify(r.errors)).toBe(true);
      }),
      RUNS,
    );
  });

  it('refuses a 10 MB file at once, and a deeply nested one with its line', () => {
    const big = loadModelText('a'.repeat(10_000_000), 'big.csv');
    expect(!big.ok && big.errors.map((e) => [e.id, e.params])).toEqual([
      ['model.fileTooLarge', { size: 10_000, max: 2000 }],
    ]);
    expect(!big.ok && problemText(big.errors[0]!, 'en')).toBe(
      'file too large (10,000 kB): a model is at most 2,000 kB',
    );
    const deep = loadModelText('['.repeat(100_000), 'deep.json');
    expect(!deep.ok && deep.errors.map((e) => [e.id, e.line])).toEqual([['json.nestingTooDeep', 1]]);
    expect(!deep.ok && problemText(deep.errors[0]!, 'fr')).toBe('JSON invalide : imbrication trop profonde');
  });
});

describe('household decoder', () => {
  it('never throws on any JSON value, and a household it accepts decodes again to itself', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (raw) => {
        const d = decodeHousehold(raw);
        // an error about the whole input (path '') is only for an input that is not an object
        const isObject = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
        expect(d.errors.every((p) => located(p) || !isObject)).toBe(true);
        if (d.errors.length === 0) expect(decodeHousehold(d.household).household).toEqual(d.household);
      }),
      RUNS,
    );
  });

  it('never throws on households with random fields of the right names', () => {
    const num = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constant(NaN),
      fc.constant(1e308),
      fc.constant(-1),
      fc.string({ maxLength: 4 }),
      fc.constant(null),
    );
    const adult = fc.record(
      {
        age: num,
        activity: fc.oneof(fc.constantFrom('salarie', 'chomeur', 'x'), num),
        earnings: num,
        aah: num,
        earningsHistory: fc.oneof(fc.array(num, { maxLength: 20 }), num),
      },
      { requiredKeys: [] },
    );
    const household = fc.record(
      {
        month: fc.oneof(fc.constantFrom('2026-11', '2016-01', '2030-12', '1999-01'), fc.string({ maxLength: 8 })),
        adults: fc.array(adult, { maxLength: 3 }),
        children: fc.array(fc.record({ age: num, activity: fc.constantFrom('scolaire', 'emploi', 'z') }), {
          maxLength: 45,
        }),
        benefits: fc.record({ rsa: num, primeActivite: num, af: num, housingAid: num }, { requiredKeys: [] }),
        housing: fc.record(
          { status: fc.constantFrom('locataire', 'proprietaire', 'heberge', 'tent'), rent: num },
          { requiredKeys: [] },
        ),
        benefitsSource: fc.constantFrom('computed', 'declared', 'other'),
        history: fc.record({ monthsWorked12: num, rentChanges18m: num }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    );
    const model = shippedModels()[0]!;
    fc.assert(
      fc.property(household, (raw) => {
        const e = evaluate(model, raw);
        if (e.ok) expect(Number.isFinite(e.score.score)).toBe(true);
        else expect(e.errors.every(located)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('entitlement input decoder', () => {
  it('never throws on any JSON value, and names the field of each error', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (raw) => {
        const r = decodeDroitsFile(raw);
        if (!r.ok)
          expect(r.errors.every((e) => typeof e.path === 'string' && problemText(e, 'fr').length > 0)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('share fragment decoder', () => {
  const valid = buildFragment({ lang: 'fr', model: 'cnaf-2014', household: defaultHousehold('2026-11') });
  it('never throws on arbitrary or mutated fragments, and names the place and the words of each problem', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), mutated(valid)), (hash) => {
        const r = parseFragment(hash, '2026-11');
        for (const p of r.problems) {
          expect(p.path).not.toBe('');
          expect(problemText(p, 'fr')).not.toBe(p.id);
        }
      }),
      RUNS,
    );
  });
  it('ignores a 10 MB fragment at once', () => {
    expect(parseFragment('#' + 'x'.repeat(10_000_000), '2026-11').problems[0]!.id).toBe('link.tooLong');
  });
});

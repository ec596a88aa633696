// Hostile values through every decoder: objects whose members are named like the methods a
// decoder might call (toString, valueOf, toJSON…), prototype keys, huge and odd numbers. None may
// throw, and the household decoder must never call a method of what it decodes.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkFeatures, decodeHousehold, evaluate, loadModelText, shippedModels } from '../../src/engine/index.ts';
import { decodeDroitsFile } from '../../src/formats/droits-file.ts';
import { buildFragment, parseFragment } from '../../src/state/url.ts';
import { readSaved } from '../../src/state/remember.ts';
import { rawText } from '../../src/problems/index.ts';
import { hostile, hostileHousehold } from '../fixtures/hostile.ts';

const RUNS = { numRuns: 10_000 };
describe('hostile values', () => {
  it('rawText shows any value without calling its methods', () => {
    const trap = {
      toString: () => {
        throw new Error('called');
      },
      valueOf: () => {
        throw new Error('called');
      },
    };
    expect(rawText(trap)).toBe('{…}');
    expect(rawText([trap])).toBe('[…]');
    expect(rawText(Object.create(null))).toBe('{…}');
  });

  it('the household decoder never calls a method of what it decodes, even one that throws', () => {
    const trap = () => {
      throw new Error('a method of the input was called');
    };
    const evil = { toString: trap, valueOf: trap, [Symbol.toPrimitive]: trap };
    for (const raw of [
      { adults: [{ age: evil }] },
      { adults: [{ age: 40, earnings: evil, activity: evil }] },
      { month: evil, adults: [{ age: 40 }], children: [{ age: evil, activity: evil }] },
      { adults: [{ age: 40 }], housing: { status: evil, rent: evil }, benefitsSource: evil },
    ])
      expect(decodeHousehold(raw).errors.length).toBeGreaterThan(0);
  });

  it('the household decoder answers 10,000 hostile households without throwing, each problem located', () => {
    fc.assert(
      fc.property(hostileHousehold, (raw) => {
        const d = decodeHousehold(raw);
        for (const p of d.errors) expect(p.path).not.toBe('');
      }),
      RUNS,
    );
  });

  it('the droits input decoder answers 10,000 hostile inputs without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, hostileHousehold), (raw) => {
        const r = decodeDroitsFile(raw);
        expect(r.ok || r.errors.length > 0).toBe(true);
      }),
      RUNS,
    );
  });

  it('a share link carrying any of 10,000 hostile households opens without throwing', () => {
    fc.assert(
      fc.property(hostileHousehold, (raw) => {
        const hash = buildFragment({ lang: 'fr', model: 'cnaf-2014', household: raw as never });
        const r = parseFragment(hash, '2026-11');
        expect(r.household).toBeDefined();
      }),
      RUNS,
    );
  });

  it('a saved value holding any of 10,000 hostile values is read without throwing or erasing', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        const text = JSON.stringify(raw) ?? 'undefined';
        let erased = false;
        const store = {
          getItem: () => text,
          setItem: () => undefined,
          removeItem: () => void (erased = true),
        };
        expect(['ok', 'partial', 'unreadable']).toContain(readSaved('2026-11', store).kind);
        expect(erased).toBe(false);
      }),
      RUNS,
    );
  });

  it('model files and feature files made of hostile values are answered, never thrown at', () => {
    const model = shippedModels()[0]!;
    fc.assert(
      fc.property(hostile, (raw) => {
        const text = JSON.stringify(raw) ?? 'null';
        const r = loadModelText(text, 'm.json', shippedModels());
        expect(r.ok || r.errors.length > 0).toBe(true);
        const f = checkFeatures(model, raw);
        expect(f.ok || f.errors.length > 0).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('scores hostile households end to end (decode, rights, score) without throwing', () => {
    const model = shippedModels()[0]!;
    fc.assert(
      fc.property(hostileHousehold, (raw) => {
        const e = evaluate(model, raw);
        if (e.ok) expect(Number.isFinite(e.score.score)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildFragment, parseFragment } from '../../src/state/url.ts';
import { KEYS, buildShortFragment, diff, isVersioned, patch, readFragment } from '../../src/state/short-link.ts';
import { decodeHousehold } from '../../src/formats/household.ts';
import { defaultHousehold } from '../../src/engine/index.ts';
import presets from '../../src/presets/presets.json';

const MONTH = '2026-05';
const presetHouseholds = presets.map((p) => decodeHousehold({ ...p.household, month: MONTH }, MONTH).household);
const b64url = (b: Uint8Array) => Buffer.from(b).toString('base64url');

describe('share links, version 2', () => {
  it('carries the default household as its month alone', async () => {
    const frag = await buildShortFragment({ lang: 'fr', model: 'cnaf-2014', household: defaultHousehold(MONTH) });
    expect(frag).toMatch(/^#v=2&lang=fr&model=cnaf-2014&f=[\w-]+$/);
    expect(frag.length).toBeLessThan(70);
    expect((await readFragment(frag, '2026-11')).household).toEqual(defaultHousehold(MONTH));
  });

  it('round-trips every preset household, a partner, children and a left-out optional field', async () => {
    const own = defaultHousehold(MONTH);
    own.adults.push({ age: 41, activity: 'chomeur', earnings: 0, otherIncome: 900, aah: 0, birthMonth: '1985-01' });
    own.children.push({ age: 3, activity: 'scolaire' }, { age: 19, activity: 'etudiant' });
    own.housing = { status: 'proprietaire' } as never;
    for (const h of [...presetHouseholds, decodeHousehold(own, MONTH).household]) {
      const frag = await buildShortFragment({ lang: 'en', model: 'dmde-2026-modele-1', household: h });
      const back = await readFragment(frag, '2026-11');
      expect(back).toEqual({ lang: 'en', model: 'dmde-2026-modele-1', embed: false, household: h, problems: [] });
    }
  });

  it('is several times shorter than a version 1 link for every preset', async () => {
    for (const household of presetHouseholds) {
      const v1 = buildFragment({ lang: 'fr', model: 'dmde-2026-modele-1', household });
      const v2 = await buildShortFragment({ lang: 'fr', model: 'dmde-2026-modele-1', household });
      expect(v2.length * 4).toBeLessThan(v1.length);
      expect(v2.length).toBeLessThan(250);
    }
  });

  it('opens a version 2 link written before: its base is frozen, whatever the default household becomes', async () => {
    // A printed QR code's fragment, kept literally: {"m":"2026-05","d":{"a":{"#":1,"0":{"e":900}},"L":{"r":610}}}
    // deflated — one adult earning 900 €, a rent of 610 €, the rest as version 2's base (short-link.ts V2_BASE).
    const r = await readFragment(
      '#v=2&lang=fr&model=cnaf-2014&f=q1bKVbJSMjIwMtM1MFXSUUpRsqpWSgQRBiAiVcnK0sCgVkdJWcnKsFZHyQckWKRkZWZoUFtbCwA',
      '2026-11',
    );
    expect(r.problems).toEqual([]);
    expect(r.household).toEqual({
      month: '2026-05',
      adults: [{ age: 35, activity: 'salarie', earnings: 900, otherIncome: 0, aah: 0 }],
      children: [],
      benefits: { rsa: 0, primeActivite: 0, af: 0, cf: 0, housingAid: 0, other: 0 },
      housing: { status: 'locataire', rent: 610, zone: 2 },
      guardianship: false,
      alimony: 0,
      priorityNeighbourhood: false,
      pregnant: false,
      benefitsSource: 'computed',
      notClaimed: { rsa: false, primeActivite: false, af: false, cf: false, asf: false, ars: false, housingAid: false },
      otherParentMissing: false,
      history: { separation12m: false, rentChanges18m: 0, monthsWorked12: 12, adjustments24m: false },
    });
  });

  it('says a browser with no DecompressionStream cannot read it, rather than calling the link broken', async () => {
    const frag = await buildShortFragment({ lang: 'fr', model: 'cnaf-2014', household: defaultHousehold(MONTH) });
    const kept = globalThis.DecompressionStream;
    try {
      // @ts-expect-error: a browser of before 2023 (Safari 15) has none
      delete globalThis.DecompressionStream;
      const r = await readFragment(frag, '2026-11');
      expect(r.household).toBeUndefined();
      expect(r.problems.map((p) => p.id)).toEqual(['link.oldBrowser']);
    } finally {
      globalThis.DecompressionStream = kept;
    }
  });

  it('still opens version 1 links, the same way parseFragment does', async () => {
    const h = presetHouseholds[0]!;
    const v1 = buildFragment({ lang: 'fr', model: 'cnaf-2014', household: h });
    expect(isVersioned(v1)).toBe(false);
    expect(await readFragment(v1, '2026-11')).toEqual(parseFragment(v1, '2026-11'));
    expect((await readFragment(v1, '2026-11')).household).toEqual(h);
  });

  it('gives each household field its own short code', () => {
    const codes = Object.values(KEYS);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => c.length <= 2)).toBe(true);
  });

  it('patches arrays item by item and undoes what diff says', () => {
    const a = { x: [1, { y: 2, z: 3 }], w: 'k', gone: true };
    const b = { x: [1, { y: 5, z: 3 }, 7], w: 'k' };
    expect(diff(a, b)).toEqual({ x: { '#': 3, 1: { y: 5 }, 2: 7 }, gone: { '-': 1 } });
    expect(patch(a, diff(a, b))).toEqual(b);
    expect(diff(a, a)).toBeUndefined();
  });

  it('reports a truncated, foreign or unknown-version link and never throws', async () => {
    const frag = await buildShortFragment({ lang: 'fr', model: 'cnaf-2014', household: presetHouseholds[2]! });
    const cut = await readFragment(frag.slice(0, -6), '2026-11');
    expect(cut.household).toBeUndefined();
    expect(cut.model).toBe('cnaf-2014');
    expect(cut.problems.map((p) => p.path)).toEqual(['f']);
    const later = await readFragment('#v=3&lang=fr&f=abc', '2026-11');
    expect([later.lang, later.household, later.problems[0]?.path]).toEqual(['fr', undefined, 'v']);
    for (const junk of ['#v=2&f=%%%', '#v=2&f=====', '#v=2&f=', '#v=&', '#v=2&f=' + 'A'.repeat(30_000)])
      expect((await readFragment(junk, '2026-11')).household).toBeUndefined();
  });

  it('stops inflating a bomb and reports it, and checks what a link patches in', async () => {
    const bomb = b64url(deflateRawSync(Buffer.from(JSON.stringify({ m: MONTH, d: { x: 'a'.repeat(1_000_000) } }))));
    expect(bomb.length).toBeLessThan(3000);
    const r = await readFragment(`#v=2&f=${bomb}`, '2026-11');
    expect([r.household, r.problems[0]?.path]).toEqual([undefined, 'f']);
    const bad = b64url(
      deflateRawSync(Buffer.from(JSON.stringify({ m: MONTH, d: { adults: { '#': 1, 0: { age: 12 } } } }))),
    );
    const back = await readFragment(`#v=2&f=${bad}`, '2026-11');
    expect(back.problems.map((p) => p.path)).toContain('adults[0].age');
    const proto = b64url(deflateRawSync(Buffer.from('{"m":"2026-05","d":{"__proto__":{"polluted":1}}}')));
    await readFragment(`#v=2&f=${proto}`, '2026-11');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

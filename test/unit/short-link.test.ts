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

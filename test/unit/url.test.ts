import { describe, expect, it } from 'vitest';
import { buildFragment, parseFragment } from '../../src/state/url.ts';
import { defaultHousehold } from '../../src/engine/index.ts';

describe('share fragment', () => {
  it('round-trips language, model, embed flag and household, accents included', () => {
    const h = defaultHousehold('2026-05');
    h.adults[0]!.earnings = 987;
    h.children.push({ age: 3, activity: 'scolaire' });
    const frag = buildFragment({ lang: 'en', model: 'cnaf-2014', embed: true, household: h });
    const back = parseFragment(frag, '2026-11');
    expect(back).toEqual({ lang: 'en', model: 'cnaf-2014', embed: true, household: h, problems: [] });
  });

  it('reports a truncated household and keeps the rest of the link', () => {
    const frag = buildFragment({ lang: 'fr', model: 'cnaf-2014', household: defaultHousehold('2026-05') }).slice(0, -7);
    const back = parseFragment(frag, '2026-11');
    expect(back.model).toBe('cnaf-2014');
    expect(back.household).toBeUndefined();
    expect(back.problems[0]!.path).toBe('foyer');
  });

  it('reports impossible values carried by a link', () => {
    const bad = btoa(JSON.stringify({ adults: [{ age: 12 }] }));
    const back = parseFragment(`#foyer=${bad}`, '2026-11');
    expect(back.problems.map((p) => p.path)).toContain('adults[0].age');
  });

  it('ignores an unknown language and an overlong fragment, never throwing', () => {
    expect(parseFragment('#lang=de', '2026-11').problems[0]!.path).toBe('lang');
    expect(parseFragment('#' + 'a'.repeat(30_000), '2026-11').problems[0]!.path).toBe('#');
    for (const junk of ['#%', '#foyer=%%%', '#foyer=====', '#model=../../etc', '#&&&=='])
      expect(() => parseFragment(junk, '2026-11')).not.toThrow();
  });
});

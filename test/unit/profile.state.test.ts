// The form's profile for a model whose variables are not household facts: kept to what the model
// accepts, carried by share links (`profil=`), kept under its own key only when "Se souvenir…" is
// ticked, erased when unticked, left alone while the user is asked which household to keep.
import { describe, expect, it } from 'vitest';
import { ProfileStore, PROFILE_KEY, readProfile } from '../../src/state/profile.svelte.ts';
import { buildFragment, parseFragment } from '../../src/state/url.ts';
import { isFeatureModel, otherVersions, profileFor, typicalProfile } from '../../src/engine/feature-model.ts';
import { allShippedModels, binnedModels } from '../../src/engine/registry-binned.ts';
import { shippedModels } from '../../src/engine/registry.ts';
import { memoryStore } from './memory-store.ts';

/** A store holding `initial` under PROFILE_KEY; `value()` reads what is there now. */
function memory(initial?: string) {
  const { store, data } = memoryStore(initial === undefined ? [] : [[PROFILE_KEY, initial]]);
  return { store, value: () => data.get(PROFILE_KEY) };
}

describe('a model whose variables are not household facts', () => {
  it('is told apart from the CNAF models, and finds its other version', () => {
    const [early, late] = binnedModels();
    expect(shippedModels().some(isFeatureModel)).toBe(false);
    expect(isFeatureModel(early) && isFeatureModel(late)).toBe(true);
    expect(otherVersions(early!, allShippedModels()).map((m) => m.id)).toEqual([late!.id]);
  });

  it('starts from the typical profile and keeps only values its variables accept', () => {
    const m = binnedModels()[0]!;
    expect(typicalProfile(m).afspraken_no_show_count_last_year).toBe(0);
    const p = profileFor(m, { afspraken_no_show_count_last_year: 3, has_partner: '7', total_vermogen: null, nope: 1 });
    expect(p.afspraken_no_show_count_last_year).toBe(3);
    expect(p.has_partner).toBe('1'); // the typical value: "7" is no level
    expect(p.total_vermogen).toBeNull();
    expect(Object.hasOwn(p, 'nope')).toBe(false);
  });
});

describe('the profile in a share link', () => {
  it('goes out and comes back', () => {
    const profile = { afspraken_no_show_count_last_year: 3, has_partner: '0', sum_inkomen_bruto: null };
    const hash = buildFragment({ lang: 'fr', model: 'amsterdam-slimme-check-2022-05-23', profile });
    expect(parseFragment(hash, '2026-11').profile).toEqual(profile);
  });

  it('is a located warning when unreadable, never a throw', () => {
    for (const bad of ['%%%', 'eyJhIjpbMV19' /* {"a":[1]} */]) {
      const u = parseFragment(`#model=x&profil=${bad}`, '2026-11');
      expect(u.profile).toBeUndefined();
      expect(u.problems.map((p) => p.id)).toEqual(['link.profile']);
    }
    expect(readProfile({ 'bad id': 1 })).toBeUndefined();
    expect(readProfile({ x: Infinity })).toBeUndefined();
  });
});

describe('the profile kept on the device', () => {
  it('is written only when writes are allowed, erased when unticked, untouched while the user is asked', () => {
    const { store, value } = memory();
    const p = new ProfileStore(store);
    p.set('afspraken_no_show_count_last_year', 2);
    p.sync(false, false, store);
    expect(value()).toBeUndefined();
    p.sync(true, true, store);
    expect(JSON.parse(value()!)).toEqual({ afspraken_no_show_count_last_year: 2 });
    p.sync(false, true, store); // remembered, but a choice is pending: neither written nor erased
    expect(value()).toBeDefined();
    p.sync(false, false, store);
    expect(value()).toBeUndefined();
  });

  it('keeps values of variables named like an object’s own keys, saved twice and read back', () => {
    const { store, value } = memory();
    const p = new ProfileStore(store);
    p.set('__proto__', 4);
    p.set('constructor', '1');
    p.set('toString', null);
    p.sync(true, true, store);
    p.sync(true, true, store);
    const back = new ProfileStore(store);
    for (const values of [back.values, readProfile(JSON.parse(value()!))!]) {
      expect(Object.keys(values).sort()).toEqual(['__proto__', 'constructor', 'toString']);
      expect(Object.hasOwn(values, '__proto__') && values['__proto__']).toBe(4);
      expect(values.constructor).toBe('1');
      expect(values.toString).toBeNull();
    }
    back.sync(true, true, store);
    expect(JSON.parse(value()!)).toEqual(JSON.parse('{"__proto__":4,"constructor":"1","toString":null}'));
  });

  it('is read back at start when it was kept', () => {
    const { store } = memory('{"has_partner":"0"}');
    expect(new ProfileStore(store).values).toEqual({ has_partner: '0' });
    expect(new ProfileStore(memory('not json').store).values).toEqual({});
  });
});

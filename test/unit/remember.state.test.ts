// The saved household: read without ever erasing, written only when the user asked, and kept
// when a link is opened. Runs AppState's effects in Node (vite.config.ts: the `state` project).
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/state/app.svelte.ts';
import { STORAGE_KEY, readSaved, type KeyValueStore } from '../../src/state/remember.ts';
import { startup } from '../../src/state/startup.ts';
import { parseFragment, buildFragment } from '../../src/state/url.ts';
import { defaultHousehold } from '../../src/household/household.ts';
import { inThreadEngine } from './engine-double.ts';
import { memoryStore } from './memory-store.ts';

/** A store holding `initial` under STORAGE_KEY; `value()` reads what is there now. */
function memory(initial?: string) {
  const { store, data } = memoryStore(initial === undefined ? [] : [[STORAGE_KEY, initial]]);
  return { store, value: () => data.get(STORAGE_KEY) };
}
const engine = () => inThreadEngine();
const noLink = parseFragment('', '2026-09');
const valid = JSON.stringify(defaultHousehold('2026-09'));

/** Corrupt, old and foreign values someone may find under the key. */
const STRANGE = [
  '',
  'not json',
  '{"adults":',
  'null',
  '42',
  '"a string"',
  '[]',
  '[1,2,3]',
  'true',
  '{}',
  '{"adults":[]}',
  '{"adults":[{"age":1}]}',
  '{"adults":[{"age":"forty"}]}',
  '{"adults":[{"age":{"toString":1}}]}',
  '{"month":"1999-01","adults":[{"age":40}]}',
  '{"entitlements":"declared","adults":[{"age":40}],"benefits":{"rsa":500}}',
  '{"adults":[{"age":40}],"children":[{"age":30}]}',
  '{"foo":"bar","theme":"dark"}',
  '{"__proto__":{"polluted":true},"adults":[{"age":40}]}',
  '{"adults":[{"age":40,"earnings":1e308}]}',
  '\u0000\u0001binary',
];

describe('readSaved', () => {
  it.each(STRANGE)('reads %j without throwing and without erasing it', (text) => {
    const { store, value } = memory(text);
    const saved = readSaved('2026-09', store);
    expect(['ok', 'partial', 'unreadable']).toContain(saved.kind);
    expect(value()).toBe(text);
  });
  it('reads an old saved household (before benefitsSource) as it was', () => {
    const saved = readSaved('2026-09', memory(STRANGE[15]).store);
    expect(saved.kind === 'ok' && saved.household.benefitsSource).toBe('declared');
  });
  it('says so when storage is refused', () => {
    const refusing: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(readSaved('2026-09', refusing).kind).toBe('unavailable');
  });
});

describe('the saved household in the app', () => {
  it('survives an invalid edit and a reload: the household comes back as typed, with its error', async () => {
    const { store, value } = memory(valid);
    const first = new AppState(startup(noLink, readSaved('2026-09', store), '2026-09'), store);
    expect(first.remembered).toBe(true);
    const stop = first.connect(engine());
    first.addPartner();
    first.household.adults[1]!.age = 1;
    await tick();
    stop();
    // reload
    const again = startup(noLink, readSaved('2026-09', store), '2026-09');
    expect(again.household.adults.map((a) => a.age)).toEqual([35, 1]);
    expect(again.savedChoice?.reason).toBe('partial');
    expect(again.savedChoice?.problems.map((p) => p.path)).toContain('adults[1].age');
    const second = new AppState(again, store);
    const stop2 = second.connect(engine());
    await tick();
    // Nothing is written until the user chooses.
    expect(JSON.parse(value()!).adults[1].age).toBe(1);
    second.keepSaved();
    second.household.adults[1]!.age = 30;
    await tick();
    expect(JSON.parse(value()!).adults[1].age).toBe(30);
    stop2();
  });

  it('opens a link without touching the saved household, and can open the saved one instead', async () => {
    const { store, value } = memory(valid);
    const other = defaultHousehold('2026-09');
    other.adults[0]!.earnings = 777;
    const link = parseFragment(buildFragment({ lang: 'fr', model: 'cnaf-2014', household: other }), '2026-09');
    const app = new AppState(startup(link, readSaved('2026-09', store), '2026-09'), store);
    const stop = app.connect(engine());
    app.household.adults[0]!.earnings = 900;
    await tick();
    expect(value()).toBe(valid);
    expect(app.savedChoice?.reason).toBe('link');
    app.keepSaved();
    expect(app.household.adults[0]!.earnings).toBe(1200);
    stop();
  });

  it('keeps the saved household when a link is pasted into the same tab', async () => {
    const { store, value } = memory(valid);
    const app = new AppState(startup(noLink, readSaved('2026-09', store), '2026-09'), store);
    const stop = app.connect(engine());
    const other = defaultHousehold('2026-09');
    other.adults[0]!.earnings = 555;
    app.openLink(parseFragment(buildFragment({ lang: 'fr', model: 'cnaf-2014', household: other }), '2026-09'));
    await tick();
    expect(app.household.adults[0]!.earnings).toBe(555);
    expect(value()).toBe(valid);
    stop();
  });

  it('leaves an unreadable saved value alone until the user erases it', async () => {
    const { store, value } = memory('not json');
    const app = new AppState(startup(noLink, readSaved('2026-09', store), '2026-09'), store);
    const stop = app.connect(engine());
    app.household.adults[0]!.earnings = 10;
    await tick();
    expect(value()).toBe('not json');
    app.discardSaved();
    expect(value()).toBeUndefined();
    stop();
  });

  it('erases on unticking, and writes again on ticking', async () => {
    const { store, value } = memory(valid);
    const app = new AppState(startup(noLink, readSaved('2026-09', store), '2026-09'), store);
    const stop = app.connect(engine());
    app.setRemembered(false);
    expect(value()).toBeUndefined();
    app.setRemembered(true);
    await tick();
    expect(JSON.parse(value()!).adults[0].earnings).toBe(1200);
    stop();
  });

  it('says when a link names a model this device does not have, and opens the default', () => {
    const app = new AppState(defaultHousehold('2026-09'));
    app.openLink(parseFragment('#model=import-mes-poids', '2026-09'));
    app.connect(engine());
    expect(app.modelId).toBe('dmde-2026-modele-1');
    expect(app.linkProblems.map((p) => [p.id, p.params?.id])).toEqual([['link.unknownModel', 'import-mes-poids']]);
  });
});

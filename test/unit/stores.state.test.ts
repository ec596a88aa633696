// Each store of the app state alone: the household and its edits, the models and their start
// sequence, the engine's latest view, what is kept on the device.
import { describe, expect, it } from 'vitest';
import { defaultHousehold } from '../../src/household/household.ts';
import { HouseholdStore } from '../../src/state/household.svelte.ts';
import { PinBoard } from '../../src/state/pin-board.svelte.ts';
import { Pins } from '../../src/state/pins.svelte.ts';
import { ModelsStore } from '../../src/state/models.svelte.ts';
import { Latest, Results } from '../../src/state/results.svelte.ts';
import { Persistence } from '../../src/state/persistence.svelte.ts';
import { STORAGE_KEY } from '../../src/state/remember.ts';
import { MODELS_KEY } from '../../src/state/remember-models.ts';
import { createApi } from '../../src/worker/api.ts';
import type { Engine } from '../../src/worker/client.ts';
import type { ExplorerCell, OnScore, Problem, ViewRequest } from '../../src/engine/index.ts';
import { inThreadEngine } from './engine-double.ts';
import { memoryStore } from './memory-store.ts';

function engineWith(api: Record<string, unknown>): Engine {
  const real = createApi();
  return inThreadEngine({ ...real, ...api }, real);
}

describe('HouseholdStore', () => {
  it('edits the household through named actions and applies presets in its month', () => {
    const s = new HouseholdStore(defaultHousehold('2025-04'));
    s.addPartner();
    s.addPartner();
    s.addChild();
    expect([s.value.adults.length, s.value.children.length]).toEqual([2, 1]);
    s.setEarningsStopped(0, true);
    expect(s.value.adults[0]!.earningsStopped).toEqual({ since: '2025-04', reason: 'endOfContract' });
    s.startEarningsHistory(0);
    expect(s.value.adults[0]!.earningsHistory).toBeDefined();
    s.stopEarningsHistory(0);
    expect(s.value.adults[0]!.earningsHistory).toBeUndefined();
    s.removeChild(0);
    s.removePartner();
    expect([s.value.adults.length, s.value.children.length]).toEqual([1, 0]);
    const id = s.presets[1]!.id;
    s.applyPreset(id);
    expect(s.value.month).toBe('2025-04');
    expect(s.value.adults[0]!.age).toBe(s.presets[1]!.household.adults[0]!.age);
    s.applyPreset('nope');
    expect(s.value.adults[0]!.age).toBe(s.presets[1]!.household.adults[0]!.age);
    expect(s.presetHouseholds()).toHaveLength(s.presets.length);
    // a snapshot is a plain copy: editing it leaves the household alone
    const copy = s.snapshot();
    copy.adults[0]!.age = 99;
    expect(s.value.adults[0]!.age).not.toBe(99);
  });

  it('sets each field the form shows through its named edit, and ignores a person who is not there', () => {
    const s = new HouseholdStore(defaultHousehold('2026-03'));
    s.setMonth('2026-05');
    s.setAdult(0, { earnings: 1234, activity: 'chomeur', taxableIncomeN2: 15000 });
    s.setAdult(3, { earnings: 1 });
    s.addChild();
    s.setChild(0, { age: 17, activity: 'apprenti' });
    s.setChild(5, { age: 1 });
    s.setBenefitsSource('declared');
    s.setBenefit('housingAid', 210);
    s.setNotClaimed('rsa', true);
    s.setHousing({ status: 'locataire', rent: 640, zone: 1 });
    s.setSituation({ alimony: 150, pregnant: true });
    s.setHistory({ monthsWorked12: 4, separation12m: true });
    const h = s.value;
    expect([h.month, h.adults.length, h.children.length]).toEqual(['2026-05', 1, 1]);
    expect(h.adults[0]).toMatchObject({ earnings: 1234, activity: 'chomeur', taxableIncomeN2: 15000 });
    expect(h.children[0]).toEqual({ age: 17, activity: 'apprenti' });
    expect([h.benefitsSource, h.benefits.housingAid, h.notClaimed.rsa]).toEqual(['declared', 210, true]);
    expect(h.housing).toEqual({ status: 'locataire', rent: 640, zone: 1 });
    expect([h.alimony, h.pregnant, h.guardianship]).toEqual([150, true, false]);
    expect(h.history).toMatchObject({ monthsWorked12: 4, separation12m: true });
  });

  it('makes the age follow a birth month typed, not one after the household’s month, and clears it', () => {
    const s = new HouseholdStore(defaultHousehold('2026-03'));
    s.addChild();
    // born in April 2016: 9 years old in March 2026, 10 from April
    s.setBirthMonth('child', 0, '2016-04');
    expect(s.value.children[0]).toMatchObject({ birthMonth: '2016-04', age: 9 });
    s.setBirthMonth('adult', 0, '1990-03');
    expect(s.value.adults[0]).toMatchObject({ birthMonth: '1990-03', age: 36 });
    s.setBirthMonth('child', 0, '2027-01');
    expect(s.value.children[0]).toMatchObject({ birthMonth: '2027-01', age: 9 });
    s.setBirthMonth('child', 0, '');
    expect(s.value.children[0]!.birthMonth).toBeUndefined();
  });

  it('sets an incapacity rate and keeps the RSDAE only at 50–79 %, and an expected birth month only when given', () => {
    const s = new HouseholdStore(defaultHousehold('2026-03'));
    s.setDisability(0, 50, true);
    expect(s.value.adults[0]).toMatchObject({ incapacity: 50, rsdae: true });
    s.setDisability(0, 80, true); // at 80 % the RSDAE is not asked: it goes
    expect(s.value.adults[0]!.rsdae).toBeUndefined();
    s.setDisability(0, undefined);
    expect('incapacity' in s.value.adults[0]!).toBe(false);
    s.setDisability(4, 80); // nobody there: nothing happens
    s.setExpectedBirth('2026-07');
    expect(s.value.expectedBirthMonth).toBe('2026-07');
    s.setExpectedBirth(undefined);
    expect('expectedBirthMonth' in s.value).toBe(false);
  });

  it('sets one month of the earnings timeline, and the stop of earnings only while they are stopped', () => {
    const s = new HouseholdStore(defaultHousehold('2026-03'));
    s.setEarningsStop(0, { since: '2026-01' });
    expect(s.value.adults[0]!.earningsStopped).toBeUndefined();
    s.setEarningsStopped(0, true);
    s.setEarningsStop(0, { since: '2026-01', reason: 'dismissal' });
    expect(s.value.adults[0]!.earningsStopped).toEqual({ since: '2026-01', reason: 'dismissal' });
    s.setEarnings(0, 0, 500);
    expect(s.value.adults[0]!.earningsHistory).toBeUndefined();
    s.startEarningsHistory(0);
    const n = s.value.adults[0]!.earningsHistory!.length;
    s.setEarnings(0, n - 1, 777);
    s.setEarnings(0, n, 888);
    expect(s.value.adults[0]!.earningsHistory!.at(-1)).toBe(777);
    expect(s.value.adults[0]!.earningsHistory).toHaveLength(n);
  });
});

describe('PinBoard', () => {
  it('pins by name or from a preset in the page’s language, and gives each pin its cell of the current model', () => {
    const hh = new HouseholdStore(defaultHousehold('2026-03'));
    const list = new Pins();
    const cell = (household: number, model: string) => ({ household, model }) as unknown as ExplorerCell;
    // the latest view: the current household (0) and two pins, under two models
    const results = {
      explorer: { cells: [cell(0, 'a'), cell(1, 'a'), cell(1, 'b'), cell(2, 'b')], comparisons: [] },
    } as unknown as Results;
    const m = { id: 'a' } as unknown as ModelsStore;
    let lang: 'fr' | 'en' = 'en';
    const board = new PinBoard({ list, hh, m, results, lang: () => lang });
    board.pin('moi');
    board.pinPreset(hh.presets[0]!.id);
    board.pinPreset('nope');
    expect(list.list.map((p) => p.name)).toEqual(['moi', hh.presets[0]!.label.en]);
    expect(list.list[0]!.household).toEqual(hh.snapshot());
    expect(board.pinned.map((p) => p.cell)).toEqual([cell(1, 'a'), undefined]);
    board.unpin(0);
    lang = 'fr';
    board.pinPreset(hh.presets[1]!.id);
    expect(list.list.map((p) => p.name)).toEqual([hh.presets[0]!.label.en, hh.presets[1]!.label.fr]);
  });
});

describe('ModelsStore', () => {
  const host = (warned: Problem[]) => ({ editedNote: 'modifié', warn: (p: Problem) => void warned.push(p) });

  it('opens at once with nothing to put back, and falls back to the default for a model a link named', async () => {
    const warned: Problem[] = [];
    const m = new ModelsStore(host(warned));
    m.openLink({ model: 'import-absent' });
    expect(m.phase).toBe('no-engine');
    const opening = m.open(engineWith({}), undefined);
    expect(m.phase).toBe('open');
    expect(await opening).toBe(true);
    expect(m.id).not.toBe('import-absent');
    expect(m.current?.id).toBe(m.id);
    expect(warned.map((p) => p.id)).toEqual(['link.unknownModel']);
  });

  it('puts a link’s edited weights back once the engine is there, then opens', async () => {
    const m = new ModelsStore(host([]));
    const base = 'cnaf-2014';
    m.openLink({ model: `${base}-modifie`, weights: { base, changes: [{ variable: 'intercept', value: -2 }] } });
    const opening = m.open(engineWith({}), undefined);
    expect(m.phase).toBe('putting-back');
    await opening;
    expect(m.phase).toBe('open');
    expect(m.id).toBe(`${base}-modifie`);
    expect(m.weights.changes).toHaveLength(1);
  });

  it('imports a model file and chooses it; says why a bad one was refused', async () => {
    const m = new ModelsStore(host([]));
    await m.open(engineWith({}), undefined);
    const before = m.revision;
    await m.importModel(new File(['variable,level,coefficient\nintercept,,-1\ntutelle,1,0.5\n'], 'mes-poids.csv'));
    expect(m.importResult?.ok).toBe(true);
    expect(m.current?.origin.kind).toBe('imported');
    expect(m.revision).toBe(before + 1);
    await m.importModel(new File(['pas un modèle'], 'faux.csv'));
    expect(m.importResult?.ok).toBe(false);
    expect(m.importResult?.problems.length).toBeGreaterThan(0);
  });
});

describe('Results', () => {
  it('keeps only the latest token', () => {
    const l = new Latest();
    const a = l.next();
    const b = l.next();
    expect([l.is(a), l.is(b)]).toEqual([false, true]);
  });

  it('shows the score as soon as it comes, the ranges after, and drops an older request’s phases', async () => {
    const real = createApi();
    const gates: Array<() => void> = [];
    const engine = engineWith({
      view: async (req: ViewRequest, onScore?: OnScore) => {
        const reply = await real.view(req, onScore);
        await new Promise<void>((r) => gates.push(r));
        return reply;
      },
    });
    const r = new Results(() => 'cnaf-2014');
    const h = (earnings: number) => {
      const x = defaultHousehold('2026-09');
      x.adults[0]!.earnings = earnings;
      return x;
    };
    const first = r.request(engine, { household: h(100), modelId: 'cnaf-2014', others: ['dmde-2026-modele-1'] });
    await expect.poll(() => r.evaluation?.ok).toBe(true);
    expect(r.explorerStale).toBe(true);
    expect(r.pending).toBe(false);
    expect(r.band).toBeUndefined();
    const second = r.request(engine, { household: h(900), modelId: 'cnaf-2014' });
    await expect.poll(() => gates.length).toBe(2);
    gates[0]!();
    await first;
    // the older request's ranges never land
    expect(r.explorer).toBeNull();
    expect(r.evaluation?.ok && r.evaluation.household.adults[0]!.earnings).toBe(900);
    gates[1]!();
    await second;
    expect(r.explorerStale).toBe(false);
    expect(r.band?.model).toBe('cnaf-2014');
    expect(r.otherModels).toEqual([]);
  });

  it('says the engine failed instead of keeping the last good score', async () => {
    const r = new Results(() => 'cnaf-2014');
    const engine = engineWith({ view: async () => Promise.reject(new Error('perdu')) });
    await r.request(engine, { household: defaultHousehold('2026-09'), modelId: 'cnaf-2014' });
    expect(!r.evaluation?.ok && r.evaluation?.errors[0]!.id).toBe('engine.failed');
    expect(r.pending).toBe(false);
  });

  it('leaves the side views as they were when the household cannot be scored', async () => {
    const r = new Results(() => 'cnaf-2014');
    const real = createApi();
    const engine = engineWith({ view: (req: ViewRequest, cb?: OnScore) => real.view(req, cb) });
    await r.request(engine, {
      household: defaultHousehold('2026-09'),
      modelId: 'cnaf-2014',
      others: ['dmde-2026-modele-1'],
    });
    const others = r.otherModels;
    expect(others.length).toBe(1);
    await r.request(engine, {
      household: { adults: [{ age: 9 }] },
      modelId: 'cnaf-2014',
      others: ['dmde-2026-modele-1'],
    });
    expect(r.evaluation?.ok).toBe(false);
    expect(r.explorer).toBeNull();
    expect(r.otherModels).toBe(others);
  });
});

describe('Persistence', () => {
  const startup = { remembered: true, storage: 'available' as const, savedChoice: null };

  it('writes only when asked and nothing is left to decide, and erases everything when unticked', () => {
    const { store, data } = memoryStore();
    const p = new Persistence(undefined, store);
    p.keepHousehold(defaultHousehold('2026-09'));
    expect(data.size).toBe(0);
    p.setRemembered(true);
    p.keepHousehold(defaultHousehold('2026-09'));
    p.keepModels({ modelId: 'cnaf-2014', imported: [] });
    expect([...data.keys()].sort()).toEqual([MODELS_KEY, STORAGE_KEY].sort());
    p.setRemembered(false);
    expect(data.size).toBe(0);
  });

  it('asks before a link’s household replaces the remembered one, and can give the remembered one back', () => {
    const { store, data } = memoryStore();
    const p = new Persistence(startup, store);
    const mine = defaultHousehold('2026-09');
    p.linkOver(mine);
    expect(p.savedChoice?.reason).toBe('link');
    p.keepHousehold(defaultHousehold('2026-09'));
    expect(data.size).toBe(0);
    expect(p.keepSaved()).toEqual(mine);
    expect(p.remembered).toBe(true);
    expect(p.savedChoice).toBeNull();
  });

  it('never overwrites kept models it could not read', () => {
    const { store, data } = memoryStore();
    data.set(MODELS_KEY, '{pas du json');
    const p = new Persistence(startup, store);
    expect(p.readModels()).toBeUndefined();
    expect(p.savedModelsUnreadable).toBe(true);
    p.keepModels({ modelId: 'cnaf-2014', imported: [] });
    expect(data.get(MODELS_KEY)).toBe('{pas du json');
  });
});

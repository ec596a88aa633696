// Issue 21: an imported model whose id and file are named like an object's own keys (`constructor`,
// `__proto__`, `toString`) is kept as it came, saved twice, and put back the same at the next start.
// Such a name read as a key of a plain object would find Object.prototype's member instead of the
// model (or, for `__proto__`, set the object's prototype), and the next save would rewrite it.
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import cnaf2014 from '../../src/models/cnaf-2014.json';
import { AppState } from '../../src/state/app.svelte.ts';
import { readSaved, type KeyValueStore } from '../../src/state/remember.ts';
import { MODELS_KEY } from '../../src/state/remember-models.ts';
import { startup } from '../../src/state/startup.ts';
import { parseFragment } from '../../src/state/url.ts';
import { inThreadEngine } from './engine-double.ts';
import { memoryStore } from './memory-store.ts';

const start = (store: KeyValueStore) => {
  const url = parseFragment('', '2026-09');
  const app = new AppState(startup(url, readSaved('2026-09', store), '2026-09'), store);
  app.openLink({ ...url, household: undefined });
  return app;
};
const base = cnaf2014 as unknown as { sources: object; intercept: object; variables: { id: string }[] };
const NAMES = ['constructor', '__proto__', 'toString'] as const;
const qpv = base.variables.find((v) => v.id === 'quartier_prioritaire')!;
/**
 * The 2014 model under the id `id`, with an intercept of its own (to tell them apart), and three
 * more variables and sources named like an object's own keys.
 */
const named = (id: string, intercept: number) =>
  JSON.stringify({
    ...base,
    id,
    title: { fr: `Modèle ${id}`, en: `Model ${id}` },
    intercept: { ...base.intercept, value: intercept },
    sources: { ...base.sources, ...Object.fromEntries(NAMES.map((n) => [n, { title: `Source ${n}` }])) },
    variables: [...base.variables, ...NAMES.map((n) => ({ ...qpv, id: n, source: n }))],
  });

describe('kept models named like an object’s own keys', () => {
  it('are saved twice unchanged and put back the same at the next start', async () => {
    const { store, data } = memoryStore();
    const first = start(store);
    const stop = first.connect(inThreadEngine());
    first.setRemembered(true);
    for (const [i, id] of NAMES.entries()) {
      await first.importModel(new File([named(id, -2 - i / 10)], `${id}.json`));
      expect(first.modelId).toBe(id);
    }
    first.m.id = 'constructor';
    expect(await first.setWeight({ variable: '__proto__' }, 0.9)).toBe(true);
    expect(first.modelId).toBe('constructor-modifie');
    await tick();
    const once = JSON.parse(data.get(MODELS_KEY)!) as {
      modelId: string;
      imported: { file: string; model: { id: string; variables: { id: string }[]; sources: object } }[];
      weights: unknown;
    };
    expect(once.modelId).toBe('constructor-modifie');
    expect(once.weights).toEqual({ base: 'constructor', changes: [{ variable: '__proto__', value: 0.9 }] });
    expect(once.imported.map((m) => [m.file, m.model.id])).toEqual(NAMES.map((id) => [`${id}.json`, id]));
    for (const m of once.imported) {
      expect(m.model.variables.slice(-3).map((v) => v.id)).toEqual([...NAMES]);
      expect(Object.keys(m.model.sources)).toEqual(expect.arrayContaining([...NAMES]));
    }
    // A second save: another weight edited.
    expect(await first.setWeight({ variable: 'toString' }, 0.7)).toBe(true);
    await tick();
    const twice = JSON.parse(data.get(MODELS_KEY)!) as typeof once;
    expect(twice.imported).toEqual(once.imported);
    expect(twice.weights).toEqual({
      base: 'constructor',
      changes: [
        { variable: '__proto__', value: 0.9 },
        { variable: 'toString', value: 0.7 },
      ],
    });
    const before = first.models.filter((m) => m.origin.kind === 'imported');
    stop();

    const second = start(store);
    const stop2 = second.connect(inThreadEngine());
    await expect.poll(() => second.modelId).toBe('constructor-modifie');
    expect(second.kept.savedModelsUnreadable).toBe(false);
    expect(second.weightChanges).toEqual(twice.weights && (twice.weights as { changes: unknown }).changes);
    const after = second.models.filter((m) => m.origin.kind === 'imported');
    expect(after.map((m) => [m.id, m.title.fr, m.intercept.value])).toEqual([
      ...NAMES.map((id, i) => [id, `Modèle ${id}`, -2 - i / 10]),
      ['constructor-modifie', 'Modèle constructor (modifié)', -2],
    ]);
    expect(after).toEqual(before);
    await expect.poll(() => second.evaluation?.ok && second.evaluation.score.model).toBe('constructor-modifie');
    // Saved again by this start (another model chosen): the same models.
    second.m.id = 'toString';
    await tick();
    expect(JSON.parse(data.get(MODELS_KEY)!).imported).toEqual(once.imported);
    stop2();
  });
});

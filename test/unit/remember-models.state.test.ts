// "Se souvenir…" keeps the imported and edited models with the chosen model: put back at the next
// start, never overwritten when unreadable, erased with the box; a link made with a model this
// device does not have says so.
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/state/app.svelte.ts';
import { STORAGE_KEY, readSaved, type KeyValueStore } from '../../src/state/remember.ts';
import { MODELS_KEY, readSavedModels } from '../../src/state/remember-models.ts';
import { startup } from '../../src/state/startup.ts';
import { parseFragment } from '../../src/state/url.ts';
import { defaultHousehold } from '../../src/household/household.ts';
import { inThreadEngine } from './engine-double.ts';
import { memoryStore } from './memory-store.ts';

const engine = () => inThreadEngine();
const TABLE = 'variable,level,coefficient\nintercept,,-1.5\ntutelle,1,0.5\n';
const start = (store: KeyValueStore, hash = '') => {
  const url = parseFragment(hash, '2026-09');
  const app = new AppState(startup(url, readSaved('2026-09', store), '2026-09'), store);
  app.openLink({ ...url, household: undefined });
  return app;
};

describe('kept models', () => {
  it('puts an imported model, its edited weights and the choice back at the next start', async () => {
    const { store, data } = memoryStore();
    const first = start(store);
    const stop = first.connect(engine());
    first.setRemembered(true);
    await first.importModel(new File([TABLE], 'mes-poids.csv'));
    const imported = first.modelId;
    await first.setWeight({ variable: 'tutelle' }, 0.9);
    expect(first.modelId).toBe(`${imported}-modifie`);
    await tick();
    const kept = readSavedModels(store);
    expect(kept.kind).toBe('ok');
    expect(kept.kind === 'ok' && kept.value.imported.map((m) => m.file)).toEqual(['mes-poids.csv']);
    stop();

    // A new page, a new engine (a worker restart or a new visit): everything is back.
    expect(data.has(STORAGE_KEY)).toBe(true);
    const second = start(store);
    const stop2 = second.connect(engine());
    await expect.poll(() => second.modelId).toBe(`${imported}-modifie`);
    expect(second.models.map((m) => m.id)).toContain(imported);
    expect(second.weightChanges).toEqual([{ variable: 'tutelle', value: 0.9 }]);
    await expect.poll(() => second.evaluation?.ok && second.evaluation.score.model).toBe(`${imported}-modifie`);
    stop2();
  });

  it('reports kept models it cannot read, never writes over them, and erases them when the box is unticked', async () => {
    const { store, data } = memoryStore([
      [STORAGE_KEY, JSON.stringify(defaultHousehold('2026-09'))],
      [MODELS_KEY, '{"modelId": 3'],
    ]);
    const app = start(store);
    const stop = app.connect(engine());
    expect(app.savedModelsUnreadable).toBe(true);
    await app.importModel(new File([TABLE], 'autre.csv'));
    await tick();
    expect(data.get(MODELS_KEY)).toBe('{"modelId": 3');
    app.setRemembered(false);
    expect(data.has(MODELS_KEY)).toBe(false);
    expect(app.savedModelsUnreadable).toBe(false);
    stop();
  });

  it('says so when a link names a model this device does not have, and opens the default one', async () => {
    const { store } = memoryStore();
    const app = start(store, '#lang=fr&model=import-absent');
    const stop = app.connect(engine());
    expect(app.modelId).toBe('dmde-2026-modele-1');
    expect(app.linkProblems.map((p) => [p.id, p.params?.id])).toEqual([['link.unknownModel', 'import-absent']]);
    stop();
  });

  it('opens a link’s edited model without a warning', async () => {
    const { store } = memoryStore();
    const changes = [{ variable: 'intercept', value: 0 }];
    const poids = Buffer.from(JSON.stringify({ base: 'cnaf-2014', changes })).toString('base64url');
    const app = start(store, `#lang=fr&model=cnaf-2014-modifie&poids=${poids}`);
    const stop = app.connect(engine());
    await expect.poll(() => app.models.some((m) => m.id === 'cnaf-2014-modifie')).toBe(true);
    await expect.poll(() => app.modelId).toBe('cnaf-2014-modifie');
    expect(app.linkProblems).toEqual([]);
    stop();
  });
});

// Choosing a model whose file loads on demand (Amsterdam), by the picker or a link: the page offers it
// before it is loaded, asks the engine for it once, and lists it (with its other version) once it came.
import { describe, expect, it } from 'vitest';
import { ModelsStore } from '../../src/state/models.svelte.ts';
import { createApi } from '../../src/worker/api.ts';
import type { Engine } from '../../src/worker/client.ts';
import { BINNED_LIST } from '../../src/worker/binned-list.ts';
import { DEFAULT_MODEL_ID } from '../../src/engine/constants.ts';

function engine() {
  const api = createApi();
  let asked = 0;
  const loadShipped = (id: string) => (asked++, api.loadShipped(id));
  const e = { api: { ...api, loadShipped }, mode: 'worker', models: api.listModels() } as unknown as Engine;
  return { e, asked: () => asked };
}
const host = { editedNote: 'edited', warn: () => undefined };
const until = async (ok: () => boolean) => {
  while (!ok()) await new Promise((r) => setTimeout(r, 5));
};

describe('a shipped model loaded on demand', () => {
  it('is offered before it is loaded, and loads when picked', async () => {
    const { e, asked } = engine();
    const store = new ModelsStore(host);
    await store.open(e, undefined);
    expect(store.lazy.map((m) => m.id)).toEqual(BINNED_LIST.map((m) => m.id));
    expect(asked()).toBe(0);
    const before = store.revision;
    store.id = BINNED_LIST[0]!.id;
    expect(store.loading(store.id)).toBe(true);
    await until(() => store.current !== undefined);
    expect(store.current?.variables.length).toBeGreaterThan(0);
    expect(store.list.map((m) => m.id)).toEqual(expect.arrayContaining(BINNED_LIST.map((m) => m.id)));
    expect(store.lazy).toEqual([]);
    expect(store.revision).toBe(before + 1);
    expect(asked()).toBe(1);
  });

  it('opens from a link that came before the engine, without the unknown-model warning', async () => {
    const { e } = engine();
    const warned: unknown[] = [];
    const store = new ModelsStore({ ...host, warn: (p) => warned.push(p) });
    store.openLink({ model: BINNED_LIST[1]!.id });
    await store.open(e, undefined);
    expect(store.id).toBe(BINNED_LIST[1]!.id);
    await until(() => store.current !== undefined);
    expect(warned).toEqual([]);
  });

  it('says so and opens the default model when its file cannot be had', async () => {
    const { e } = engine();
    const failing = {
      ...e,
      api: { ...e.api, loadShipped: () => Promise.reject(new Error('lost')) },
    } as unknown as Engine;
    const warned: { id: string }[] = [];
    const store = new ModelsStore({ ...host, warn: (p) => warned.push(p) });
    await store.open(failing, undefined);
    store.id = BINNED_LIST[0]!.id;
    await until(() => store.id === DEFAULT_MODEL_ID);
    expect(warned.map((p) => p.id)).toEqual(['link.unknownModel']);
  });

  it('still sends an unknown id back to the default model', async () => {
    const { e } = engine();
    const store = new ModelsStore(host);
    store.openLink({ model: 'nope' });
    await store.open(e, undefined);
    expect(store.id).toBe(DEFAULT_MODEL_ID);
  });
});

// "Se souvenir…" against a browser storage too small for an imported model (a stubbed storage that
// refuses any value over a quota, as localStorage throws QuotaExceededError): the model is named,
// the notice stays until read, the household is still kept, and the next start names the model
// that could not be kept instead of opening without it in silence.
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/state/app.svelte.ts';
import { STORAGE_KEY, readSaved, type KeyValueStore } from '../../src/state/remember.ts';
import { MODELS_KEY } from '../../src/state/remember-models.ts';
import { startup } from '../../src/state/startup.ts';
import { parseFragment } from '../../src/state/url.ts';
import { inThreadEngine } from './engine-double.ts';

/** A store that refuses, as a full localStorage does, any value longer than `quota` characters. */
function smallStore(quota: number) {
  const data = new Map<string, string>();
  const store: KeyValueStore = {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (v.length > quota) throw new DOMException('quota', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
  return { store, data };
}
const engine = () => inThreadEngine();
const start = (store: KeyValueStore) => {
  const url = parseFragment('', '2026-09');
  const app = new AppState(startup(url, readSaved('2026-09', store), '2026-09'), store);
  app.openLink({ ...url, household: undefined });
  return app;
};
const SMALL = 'variable,level,coefficient\nintercept,,-1.5\ntutelle,1,0.5\n';
/** A table whose model, once kept as JSON, is far over the quota below. */
const BIG =
  'variable,level,coefficient\nintercept,,-1.5\n' +
  Array.from({ length: 400 }, (_, i) => `age,${i},${(i % 7) / 10}`).join('\n') +
  '\n';

describe('a kept model too big for the storage', () => {
  it('is named until read, leaves the household and the small models kept, and is named again at the next start', async () => {
    const { store, data } = smallStore(20_000);
    const first = start(store);
    const stop = first.connect(engine());
    first.setRemembered(true);
    await first.importModel(new File([SMALL], 'petit.csv'));
    await first.importModel(new File([BIG], 'enorme.csv'));
    const big = first.modelId;
    await tick();
    // The notice names the model (its title and file), not the household; the household is kept.
    expect(first.kept.modelsNotKept.map((m) => m.file)).toEqual(['enorme.csv']);
    expect(first.kept.modelsNotKept[0]!.title.fr).toMatch(/enorme\.csv/);
    expect(first.saveFailed).toBe(false);
    expect(data.get(STORAGE_KEY)).toBeDefined();
    // A later edit of the household does not hide it.
    first.hh.value = { ...first.hh.value, housing: { ...first.hh.value.housing, rent: 612 } };
    await tick();
    expect(data.get(STORAGE_KEY)).toMatch(/"rent":612/);
    expect(first.kept.modelsNotKept.map((m) => m.file)).toEqual(['enorme.csv']);
    const kept = JSON.parse(data.get(MODELS_KEY)!);
    expect(kept.imported.map((m: { file: string }) => m.file)).toEqual(['petit.csv']);
    stop();

    // The next start: the small model is back, the big one is named as not kept, the default model opens.
    const second = start(store);
    const stop2 = second.connect(engine());
    await expect.poll(() => second.models.some((m) => m.origin.kind === 'imported')).toBe(true);
    expect(second.models.map((m) => m.id)).not.toContain(big);
    expect(second.kept.modelsLost.map((m) => m.file)).toEqual(['enorme.csv']);
    expect(second.linkProblems).toEqual([]);
    // Named at every start until read; read, it is forgotten.
    await tick();
    expect(JSON.parse(data.get(MODELS_KEY)!).notKept.map((m: { file: string }) => m.file)).toEqual(['enorme.csv']);
    second.kept.readNotKept();
    expect(second.kept.modelsLost).toEqual([]);
    second.hh.value = { ...second.hh.value, housing: { ...second.hh.value.housing, rent: 613 } };
    second.m.id = second.models.find((m) => m.origin.kind === 'imported')!.id;
    await tick();
    expect(JSON.parse(data.get(MODELS_KEY)!).notKept).toBeUndefined();
    stop2();
  });
});

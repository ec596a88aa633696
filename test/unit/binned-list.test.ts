// The Amsterdam models stay out of a first visit: the page offers them from a list and the worker
// loads their files when one is asked for. The list must say what the files say.
import { describe, expect, it } from 'vitest';
import { BINNED_LIST } from '../../src/worker/binned-list.ts';
import { binnedModels } from '../../src/engine/registry-binned.ts';
import { createApi } from '../../src/worker/api.ts';
import { DEFAULT_MODEL_ID } from '../../src/engine/constants.ts';

describe('the models whose files load on demand', () => {
  it('are listed with each file’s own id, kind and title, in order', () => {
    const files = binnedModels().map((m) => ({ id: m.id, kind: m.kind, title: m.title }));
    expect(BINNED_LIST).toEqual(files);
  });

  it('stay out of the worker’s list until one is asked for, then come as a family', async () => {
    const api = createApi();
    const ids = BINNED_LIST.map((r) => r.id);
    expect(api.listModels().some((m) => ids.includes(m.id))).toBe(false);
    // Not one of them: nothing loads.
    expect(await api.loadShipped(DEFAULT_MODEL_ID)).toEqual([]);
    expect(api.listModels().some((m) => ids.includes(m.id))).toBe(false);
    const came = await api.loadShipped(ids[1]!);
    expect(came).toEqual(binnedModels());
    expect(api.listModels().filter((m) => ids.includes(m.id))).toEqual(binnedModels());
  });
});

describe('the eager and the on-demand loading', () => {
  it('give the same models in the same order', async () => {
    const { loadBinnedModels } = await import('../../src/engine/binned-load.ts');
    expect(await loadBinnedModels()).toEqual(binnedModels());
  });
});

// An import the engine could not answer (a hung worker, replaced) or a file the browser could not
// read: the page's sentence is in the page's language, with no English detail inside it.
import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/state/app.svelte.ts';
import { defaultHousehold } from '../../src/household/household.ts';
import { createApi } from '../../src/worker/api.ts';
import { EngineLost } from '../../src/worker/live.ts';
import type { Engine } from '../../src/worker/client.ts';
import { formatProblem } from '../../src/i18n/messages.ts';

const engine = (loadModel: () => Promise<never>) => {
  const api = { ...createApi(), loadModel };
  return {
    api,
    mode: 'worker',
    models: api.listModels(),
    onRestart: () => undefined,
    onStatus: () => () => undefined,
  } as unknown as Engine;
};

describe('an import that fails outside the file', () => {
  it.each([
    [
      'the engine was lost',
      () => Promise.reject(new EngineLost('loadModel', 'no reply')),
      /cessé de répondre.*à nouveau/,
    ],
    [
      'the file could not be read',
      () => Promise.reject(new DOMException('The requested file could not be read', 'NotReadableError')),
      /n’a pas pu lire/,
    ],
  ] as const)('says so in French when %s', async (_, loadModel, want) => {
    const app = new AppState(defaultHousehold('2026-09'));
    const stop = app.connect(engine(loadModel));
    await app.importModel(new File(['variable,level,coefficient\nintercept,,-1\n'], 'poids.csv'));
    const r = app.importResult;
    expect(r && !r.ok).toBe(true);
    const text = r!.problems.map((p) => formatProblem(p, 'fr')).join(' ');
    expect(text).toMatch(want);
    expect(text).not.toMatch(/\b(the|engine|lost|requested|read)\b/);
    stop();
  });
});

// The worker's population loader import()s only the app's own population/foyers.js: never a data:,
// blob: or foreign URL handed to it by script in the page (issue 21, item 8).
import { describe, expect, it } from 'vitest';
import { createApi } from '../../src/worker/api.ts';
import { ownPopulationUrl } from '../../src/worker/population.ts';

describe('the population module’s URL', () => {
  const built = 'https://profs.example/outils/score/assets/population-Ab12.js';
  it.each([
    ['https://profs.example/outils/score/population/foyers.js', true],
    ['https://profs.example/outils/population/foyers.js', false],
    ['https://profs.example/population/foyers.js', false],
    ['https://profs.example/~autre/population/foyers.js', false],
    ['https://ailleurs.example/outils/score/population/foyers.js', false],
    ['http://profs.example/outils/score/population/foyers.js', false],
    ['https://profs.example:8443/outils/score/population/foyers.js', false],
    ['https://profs.example/outils/score/population/foyers.js?v=2', false],
    ['https://profs.example/outils/score/population/foyers.js#x', false],
    ['https://moi@profs.example/outils/score/population/foyers.js', false],
    ['blob:https://profs.example/0b7c1f0e-8a3e-4b43-9d7e-2f8f4a1c9e11', false],
    ['data:text/javascript,export const columns = ""', false],
    ['population/foyers.js', false],
  ])('%s is the built app’s own: %s', (url, own) => {
    expect(ownPopulationUrl(url, built)).toBe(own);
  });

  it('is the dev server’s population beside the page, on the same origin', () => {
    const dev = 'http://localhost:5173/src/worker/population.ts';
    expect(ownPopulationUrl('http://localhost:5173/population/foyers.js', dev)).toBe(true);
    expect(ownPopulationUrl('http://127.0.0.1:5173/population/foyers.js', dev)).toBe(false);
    expect(ownPopulationUrl('http://localhost:5173/population/autre.js', dev)).toBe(false);
  });

  it('is refused before any import: a data: module handed to the worker never runs', async () => {
    const api = createApi();
    const req = { modelId: 'cnaf-2014', household: { adults: [{ age: 40 }] }, controls: 10 };
    const ran = globalThis as { populationUrlTestRan?: boolean };
    const code = 'globalThis.populationUrlTestRan = true; export const columns = "";';
    for (const url of [`data:text/javascript,${encodeURIComponent(code)}`, 'http://127.0.0.1:9/population/foyers.js']) {
      const r = await api.populationOverview({ ...req, url });
      expect(r.ok).toBe(false);
      expect(!r.ok && r.reason).toBe('unavailable');
    }
    expect(ran.populationUrlTestRan).toBeUndefined();
  });
});

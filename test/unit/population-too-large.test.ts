// Issue 21: a model too large for the population view (130,000 variables over the 100,000 records:
// 13 billion cells, an array no engine allocates) is said to be too large, with its size and what to
// do, instead of a thrown RangeError that the page reported as "reload the page". Over a population
// module of 40,000 records (the shipped one takes seconds to import here): the view then takes at
// most 2^25 / 40,000 = 838 variables (and 130,000 would make 5.2 billion cells, over any typed array’s length).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultHousehold } from '../../src/engine/index.ts';
import { encodeColumns } from '../../src/engine/population/columns.ts';
import { populationFromHouseholds } from '../../src/engine/population/population.ts';
import { createApi } from '../../src/worker/api.ts';
import { failureText } from '../../src/ui/panels/population-text.ts';
import type { PopulationFailure } from '../../src/worker/population.ts';

const root = new URL('../../', import.meta.url).pathname;
const household = defaultHousehold('2024-12');
const records = 40_000;
const dir = join(mkdtempSync(join(tmpdir(), 'population-')), 'population');
mkdirSync(dir);
const pop = populationFromHouseholds(
  Array<typeof household>(records).fill(household),
  Array<number>(records).fill(690),
);
writeFileSync(
  join(dir, 'foyers.js'),
  `export const columns = "${Buffer.from(encodeColumns(pop)).toString('base64')}";\n`,
);
const url = pathToFileURL(join(dir, 'foyers.js')).href;

/** The 2014 model with its QPV variable written `n` times under other ids (each a valid variable). */
function bigModel(n: number): unknown {
  const m = JSON.parse(readFileSync(`${root}src/models/cnaf-2014.json`, 'utf8')) as {
    id: string;
    variables: { id: string }[];
  };
  const v = m.variables.find((x) => x.id === 'quartier_prioritaire')!;
  return { ...m, id: 'tres-grand', variables: Array.from({ length: n }, (_, i) => ({ ...v, id: `${v.id}_${i}` })) };
}

describe('a model too large for the population view', () => {
  const api = createApi();
  const put = api.putModel(bigModel(130_000), 'tres-grand.json');
  const req = { url, modelId: 'tres-grand', household, controls: 166_000 };

  it('is refused by the worker’s calls, with its size and the most the view takes', async () => {
    expect(put.ok).toBe(true);
    const overview = await api.populationOverview(req);
    expect(overview).toMatchObject({ ok: false, reason: 'too-large', size: { variables: 130_000, max: 838 } });
    const chunk = await api.populationChunk({ ...req, samples: 200, seed: 1, from: 0, to: 5 });
    expect(chunk).toMatchObject({ ok: false, reason: 'too-large', size: { variables: 130_000, max: 838 } });
  });

  it('is said in a sentence naming the cause and what to do, in French and English', () => {
    const f: PopulationFailure = {
      ok: false,
      reason: 'too-large',
      detail: 'tres-grand',
      size: { variables: 130_000, max: 335 },
    };
    const fr = failureText(f, 'fr', 13_800_000).replace(/[\u202f\u00a0]/g, ' ');
    expect(fr).toContain('trop grand pour la vue de population');
    expect(fr).toContain('130 000 variables');
    expect(fr).toContain('au plus 335');
    expect(fr).toContain('choisissez un modèle plus petit');
    expect(fr).toContain('Le reste de l’application fonctionne');
    expect(fr).not.toMatch(/rechargez/);
    const en = failureText(f, 'en', 13_800_000);
    expect(en).toContain('too large for the population view');
    expect(en).toContain('130,000 variables');
    expect(en).toContain('at most 335');
    expect(en).toContain('choose a smaller model');
    expect(en).not.toMatch(/reload the page to/);
  });
});

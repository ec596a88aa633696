// embed.html's engine against the full app's: the embed's code loaded through the embed build's
// own transform of the benefit parameters (values and dates kept, legal references dropped), the
// full one from the files as they are. Same score, contributions, band and rights for every
// preset, the households of test/cases, and the law's own vectors (test/cases/droits).
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { legalValues } from '../../scripts/embed-prune.ts';
import { createApi } from '../../src/worker/api.ts';
import { isFeatureModel } from '../../src/engine/feature-model.ts';
import { monthRights } from '../../src/benefits/index.ts';
import { decodeDroitsFile } from '../../src/formats/droits-file.ts';
import { vectorSituation, type VectorHousehold } from './family-vector-situation.ts';
import { computeFamilyBenefits } from '../../src/benefits/family.ts';
import { PRIME_ACTIVITE_PARAMETERS } from '../../src/benefits/params.ts';
import presets from '../../src/presets/presets.json' with { type: 'json' };
import type { embedApi as EmbedApi } from '../../src/embedapp/engine.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
let server: ViteDevServer;
/** A module as embed.html gets it: through the embed build's parameter transform. */
const embedded = <T>(path: string) => server.ssrLoadModule(path) as Promise<T>;

beforeAll(async () => {
  server = await createServer({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    plugins: [legalValues()],
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
});
afterAll(() => server?.close());

const households = [
  ...presets.map((p) => [`preset ${p.id}`, p.household] as const),
  ...readdirSync(`${ROOT}test/cases/compare`)
    .filter((f) => f !== 'model.json' && f !== 'bad.json')
    .map((f) => [`compare/${f}`, JSON.parse(readFileSync(`${ROOT}test/cases/compare/${f}`, 'utf8'))] as const),
  ['cli/household.json', JSON.parse(readFileSync(`${ROOT}test/cases/cli/household.json`, 'utf8'))] as const,
];

describe('embed.html’s engine', () => {
  it('reads parameters stripped of their legal references, with the same dated values', async () => {
    const { PRIME_ACTIVITE_PARAMETERS: stripped } = await embedded<{
      PRIME_ACTIVITE_PARAMETERS: typeof PRIME_ACTIVITE_PARAMETERS;
    }>('/src/benefits/params.ts');
    const [key, full] = Object.entries(PRIME_ACTIVITE_PARAMETERS)[0]!;
    expect(full.values[0]!.ref).toBeTruthy();
    expect(stripped[key]!.values[0]!.ref).toBeUndefined();
    expect(stripped[key]!.values).toEqual(full.values.map((v) => ({ from: v.from, value: v.value })));
  });

  it.each(households)('scores %s as the full engine does, for every model, rights included', async (_, household) => {
    const { embedApi } = await embedded<{ embedApi: typeof EmbedApi }>('/src/embedapp/engine.ts');
    const embed = embedApi();
    const full = createApi();
    await full.loadShipped('amsterdam-slimme-check-2022-05-31'); // loaded on demand in the full engine
    // The embed scores households: it leaves out the models whose variables are not household facts
    // (Amsterdam's, ~80 KB gzip of bins), and has every other model of the full engine.
    const models = full
      .listModels()
      .filter((m) => !isFeatureModel(m))
      .map((m) => m.id);
    expect(full.listModels().length).toBeGreaterThan(models.length);
    expect(embed.listModels().map((m) => m.id)).toEqual(models);
    for (const modelId of models) {
      // the one request the page makes per edit: score, rights, ranges and the other models
      const req = { modelId, household, others: models, sweepFields: ['adults[0].earnings'] };
      const a = (await embed.view(req))!;
      const b = (await full.view(req))!;
      expect(a).toEqual(b);
      if (b.evaluation.ok) expect(a.evaluation.ok && a.evaluation.rights).toEqual(b.evaluation.rights);
    }
  });

  it('computes the RSA and prime d’activité of the law’s vectors (test/cases/droits) as the full rules do', async () => {
    const rules = {
      ...(await embedded<{ monthRights: typeof monthRights }>('/src/benefits/index.ts')),
      ...(await embedded<{ decodeDroitsFile: typeof decodeDroitsFile }>('/src/formats/droits-file.ts')),
    };
    const dir = `${ROOT}test/cases/droits/`;
    let n = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const { scenarios } = JSON.parse(readFileSync(dir + file, 'utf8')) as { scenarios: { input: unknown }[] };
      for (const s of scenarios) {
        const input = decodeDroitsFile(s.input);
        if (!input.ok) continue;
        const mine = rules.decodeDroitsFile(s.input);
        expect(mine.ok).toBe(true);
        if (mine.ok) expect(rules.monthRights(mine.value)).toEqual(monthRights(input.value));
        n++;
      }
    }
    expect(n).toBeGreaterThan(500);
  });

  it('computes the family benefits and housing aid of OpenFisca’s 300 households as the full rules do', async () => {
    const rules = await embedded<{ computeFamilyBenefits: typeof computeFamilyBenefits }>('/src/benefits/family.ts');
    type V = { month: string; household: VectorHousehold };
    const vectors = JSON.parse(readFileSync(`${ROOT}test/cases/droits/family/vectors.json`, 'utf8')) as V[];
    expect(vectors.length).toBeGreaterThanOrEqual(300);
    for (const v of vectors) {
      const input = vectorSituation(v.month, v.household);
      expect(rules.computeFamilyBenefits(input)).toEqual(computeFamilyBenefits(input));
    }
  });
});

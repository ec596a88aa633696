// A weight the editor refuses (not a finite number, or an edited model the engine refuses) says so
// to its caller, which puts the model's value back in the box; the refusal's note goes once a later
// value is taken.
import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/state/app.svelte.ts';
import { defaultHousehold } from '../../src/household/household.ts';
import { inThreadEngine } from './engine-double.ts';

const engine = () => inThreadEngine();
const TABLE = 'variable,level,coefficient\nintercept,,-1.5\ntutelle,1,0.5\n';

describe('a refused weight', () => {
  it('is refused to its caller, and its note goes once a later value is taken', async () => {
    const app = new AppState(defaultHousehold('2026-09'));
    const stop = app.connect(engine());
    await app.importModel(new File([TABLE], 'poids.csv'));
    const base = app.modelId;
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(await app.setWeight({ variable: 'tutelle' }, bad)).toBe(false);
      expect(app.modelId).toBe(base);
    }
    // A number the model format refuses (beyond what a log-odds weight can be).
    expect(await app.setWeight({ variable: 'tutelle' }, 1e300)).toBe(false);
    expect(app.importResult?.ok).toBe(false);
    expect(app.modelId).toBe(base);
    expect(await app.setWeight({ variable: 'tutelle' }, 0.9)).toBe(true);
    expect(app.modelId).toBe(`${base}-modifie`);
    expect(app.importResult).toBeNull();
    stop();
  });
});

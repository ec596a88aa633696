import { describe, expect, it } from 'vitest';
import { shippedModels } from '../../src/engine/index.ts';
import { withModel } from '../../src/state/model-list.ts';

describe('withModel', () => {
  const [a, b, c] = shippedModels();
  it('puts a model of a new id after the others, as the engine lists it', () => {
    expect(withModel([a!, b!], c!).map((m) => m.id)).toEqual([a!.id, b!.id, c!.id]);
  });
  it('replaces the model of the same id in its place (a file imported again)', () => {
    const again = { ...a!, title: { fr: 'de nouveau', en: 'again' } };
    const list = withModel([a!, b!, c!], again);
    expect(list.map((m) => m.id)).toEqual([a!.id, b!.id, c!.id]);
    expect(list[0]).toBe(again);
  });
});

// The provenance rules the page reads from the engine: a fixed number, a free one, a model whose weights
// are all fixed (exactly when the explorer's band is exact), and the banner under a score.
import { describe, expect, it } from 'vitest';
import { allWeightsFixed, bannerOf } from '../../src/engine/provenance.ts';
import { modelConstraints } from '../../src/engine/robust/constraints.ts';
import { isFixed, isFree, plausibleRange } from '../../src/engine/robust/ranges.ts';
import {
  defaultHousehold,
  encodeHousehold,
  score,
  shippedModels,
  type Model,
  type Status,
} from '../../src/engine/index.ts';
import { allWeightsFixed as pageRule } from '../../src/state/model-facts.ts';

const base = shippedModels().find((m) => m.id === 'cnaf-2014')!;
/** `base` without its terms of unknown form, with every number given `status`. */
function withStatus(status: Status): Model {
  const m = structuredClone(base);
  // A variable of unknown form has no weight: the score says its term is unknown whatever the others.
  m.variables = m.variables.filter((v) => v.type !== 'unknown');
  m.intercept.status = status;
  for (const v of m.variables) {
    if (v.type === 'categorical') for (const l of v.levels) if (l.coefficient) l.coefficient.status = status;
    if (v.type === 'numeric' && v.encoding === 'bins') for (const b of v.bins) b.coefficient.status = status;
    if ((v.type === 'numeric' && v.encoding === 'linear') || v.type === 'boolean') v.coefficient.status = status;
  }
  return m;
}

describe('isFixed', () => {
  it.each([
    ['published', true],
    ['reported', true],
    ['placeholder', false],
    ['unknown', false],
  ] as const)('says whether a %s number is fixed (%s), as the explorer’s ranges hold it', (status, fixed) => {
    expect(isFixed(status)).toBe(fixed);
    const [lo, hi] = plausibleRange({ value: 0.5, status, source: 's' });
    expect(lo === hi).toBe(fixed);
  });
});

describe('allWeightsFixed', () => {
  it('holds when every weight is published or reported, and not when one is a placeholder', () => {
    expect(allWeightsFixed(withStatus('published'))).toBe(true);
    expect(allWeightsFixed(withStatus('reported'))).toBe(true);
    const one = withStatus('published');
    one.intercept.status = 'placeholder';
    expect(allWeightsFixed(one)).toBe(false);
    expect(allWeightsFixed(undefined)).toBe(false);
  });
  it('is the rule the page asks (state/model-facts.ts), not a copy of it', () =>
    expect(pageRule).toBe(allWeightsFixed));
  it('holds exactly when the explorer has no free slot, a placeholder pinned to one point included', () => {
    const pinned = withStatus('published');
    pinned.intercept = { ...pinned.intercept, status: 'placeholder', range: [-2, -2] };
    const loose = withStatus('published');
    loose.intercept.status = 'placeholder';
    for (const m of [...shippedModels(), withStatus('published'), withStatus('placeholder'), pinned, loose])
      expect(allWeightsFixed(m), m.id).toBe(modelConstraints(m).freeSlots.length === 0);
    expect(isFree(pinned.intercept)).toBe(false);
    expect(allWeightsFixed(pinned)).toBe(true);
    expect(allWeightsFixed(loose)).toBe(false);
  });
});

describe('bannerOf and the score’s banner', () => {
  const imported = { kind: 'imported', file: 'x.csv' } as const;
  it.each([
    ['published', { kind: 'shipped' } as const, 'published'],
    ['reported', imported, 'reported'],
    ['placeholder', imported, 'placeholder'],
    ['unknown', imported, 'unknown'],
    ['unknown', { kind: 'shipped' } as const, 'placeholder'],
  ] as const)('gives a score whose weakest number is %s, from a model of origin %o, the %s banner', (s, o, banner) =>
    expect(bannerOf(s, o)).toBe(banner),
  );
  it('is carried by every score', () => {
    const features = encodeHousehold(defaultHousehold('2026-09'));
    expect(score(withStatus('published'), features).banner).toBe('published');
    expect(score(withStatus('reported'), features).banner).toBe('reported');
    expect(score(withStatus('placeholder'), features).banner).toBe('placeholder');
    expect(score({ ...withStatus('unknown'), origin: imported }, features).banner).toBe('unknown');
    // A shipped model with a term of unknown form: its score is not all published.
    expect(score(base, features).banner).toBe('placeholder');
  });
});

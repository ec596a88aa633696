// embed/height.ts and embed/reasons.ts: the four height formats hosts understand, the frame id as
// Pym's child reads it, and the strongest terms whatever their sign.
import { describe, expect, it } from 'vitest';
import { childId, heightMessages } from '../../src/embed/height.ts';
import { strongest } from '../../src/embed/reasons.ts';

describe('heightMessages', () => {
  it('says the height in our, Pym.js, AMP and Datawrapper formats, and nothing else', () => {
    expect(heightMessages(812, 'f1')).toEqual([
      { type: 'score-caf:height', height: 812 },
      'pymxPYMxf1xPYMxheightxPYMx812',
      { sentinel: 'amp', type: 'embed-size', height: 812 },
      { 'datawrapper-height': { f1: 812 } },
    ]);
  });
});

describe('childId', () => {
  it.each([
    ['?childId=score-caf-x1&initialWidth=700', 'score-caf-x1'],
    ['', 'score-caf'],
    ['?childId=<script>', 'score-caf'],
  ])('reads %s as %s', (search, id) => expect(childId(search)).toBe(id));
});

describe('strongest', () => {
  it('keeps the three largest terms by absolute log-odds, largest first, and drops zeros', () => {
    const terms = [0.2, -1.5, 0, 0.9, -0.1, 1.1].map((logodds, i) => ({ variable: `v${i}`, logodds }));
    expect(strongest(terms).map((t) => t.variable)).toEqual(['v1', 'v5', 'v3']);
    expect(strongest([{ logodds: 0 }])).toEqual([]);
  });
});

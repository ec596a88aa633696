// The words of the knowledge panel's line per published figure, in French and in English.
import { describe, expect, it } from 'vitest';
import { DICTS } from '../../src/i18n/index.ts';
import type { SubsetAnswer } from '../../src/engine/calibration/narrowing.ts';
import { answerText, lineText, widthPoints } from '../../src/ui/panels/narrowing-text.ts';

const some: SubsetAnswer = {
  targets: ['a'],
  from: 'calibrated',
  n: 300,
  of: 300,
  min: 20,
  controlledShare: 0.625,
  rank: { low: 0.4, high: 0.975 },
};
const few: SubsetAnswer = { targets: [], from: 'prior', n: 7, of: 300, min: 20, controlledShare: null, rank: null };
const none: SubsetAnswer = {
  targets: ['a', 'b'],
  from: 'calibrated',
  n: 0,
  of: 300,
  min: 20,
  controlledShare: null,
  rank: null,
};
const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('the line per published figure', () => {
  it('gives the controlled share and the rank band, or says why there is none', () => {
    const fr = DICTS.fr;
    expect(nb(answerText(some, fr, 'fr'))).toBe(
      'contrôlé dans 62,5 % des pondérations, rang 40,0 % à 97,5 % (300 pondérations compatibles avec les chiffres cochés)',
    );
    expect(nb(answerText(few, fr, 'fr'))).toBe(
      'trop peu de pondérations pour une fourchette (7 sur 300 tirées avec les sens seulement, il en faut 20)',
    );
    expect(nb(answerText(none, fr, 'fr'))).toMatch(
      /^aucune des 300 pondérations compatibles avec les chiffres cochés ne le respecte aussi ; cocher ce chiffre lance la calibration/,
    );
    expect(nb(lineText({ id: 'a', on: true, with: some, without: few }, fr, 'fr'))).toMatch(
      /^Avec ce chiffre : contrôlé dans 62,5 % .*\. Sans lui : trop peu de pondérations .*\.$/,
    );
  });

  it('gives whole percentages over fewer than 100 sets, where one set moves the share by a point or more', () => {
    const thin: SubsetAnswer = { ...some, n: 31, controlledShare: 5 / 31, rank: { low: 0.924, high: 0.991 } };
    expect(nb(answerText(thin, DICTS.fr, 'fr'))).toMatch(
      /^contrôlé dans 16 % des pondérations, rang 92 % à 99 % \(31 /,
    );
  });

  it('in English', () => {
    const en = DICTS.en;
    expect(nb(answerText(some, en, 'en'))).toBe(
      'controlled in 62.5% of the weightings, rank 40.0% to 97.5% (300 weightings compatible with the ticked figures)',
    );
    expect(nb(lineText({ id: 'a', on: true, with: some, without: few }, en, 'en'))).toMatch(
      /^With this figure: controlled in 62\.5% .*\. Without it: too few weightings for a range \(7 of 300 drawn with the directions only; 20 are needed\)\.$/,
    );
  });

  it('measures a band in points, none without a band', () => {
    expect(widthPoints(some)).toBe(57.5);
    expect(widthPoints(few)).toBeNull();
  });
});

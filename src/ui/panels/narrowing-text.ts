// The words of the knowledge panel's line per published figure (KnowledgePanel, KnowledgeNarrowing):
// an answer over the kept weightings, or why no range is given. Each text is read as `t.key`.

import type { Dict, Lang } from '../../i18n/index.ts';
import { formatPercent } from '../../i18n/format.ts';
import { interpolate } from '../../i18n/interpolate.ts';
import type { SubsetAnswer, TargetNarrowing } from '../../engine/calibration/narrowing.ts';

/** Where the kept weightings come from, in words. */
export const fromText = (a: SubsetAnswer, t: Dict) => (a.from === 'calibrated' ? t.nwFromCalibrated : t.nwFromPrior);

/**
 * Decimals an answer's percentages can bear: over fewer than 100 sets one set moves the share by more
 * than a point, so a tenth would claim more than the sample holds.
 */
export const percentDigits = (a: SubsetAnswer): number => (a.n < 100 ? 0 : 1);

/** One answer: controlled in …, rank … to … (n weightings …), or "too few". */
export function answerText(a: SubsetAnswer, t: Dict, lang: Lang): string {
  const pct = (x: number) => formatPercent(x, lang, percentDigits(a));
  // None of the kept weightings meets this figure too: the sets cannot all be met on these draws.
  if (a.n === 0 && a.from === 'calibrated') return interpolate(t.nwNoneMeet, { of: a.of, from: fromText(a, t) }, lang);
  if (a.controlledShare === null || !a.rank)
    return interpolate(t.nwTooFew, { n: a.n, of: a.of, from: fromText(a, t), min: a.min }, lang);
  return interpolate(
    t.nwAnswer,
    { share: pct(a.controlledShare), low: pct(a.rank.low), high: pct(a.rank.high), n: a.n, from: fromText(a, t) },
    lang,
  );
}

/** "With this figure: …. Without it: …." */
export const lineText = (r: TargetNarrowing, t: Dict, lang: Lang) =>
  interpolate(t.nwLine, { with: answerText(r.with, t, lang), without: answerText(r.without, t, lang) }, lang);

/** Width of a rank band in points (0–100), or null when none is given. */
export const widthPoints = (a: SubsetAnswer) => (a.rank ? Math.round((a.rank.high - a.rank.low) * 1000) / 10 : null);

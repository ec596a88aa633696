// Pure chart maths shared by the chart layers: domains, ticks and number formats. No DOM.

import { scaleLinear } from 'd3-scale';
import { format } from 'd3-format';
import type { Contribution } from '../engine/score.ts';

/** A percentage with one decimal, in the interface language's style (12,3 % or 12.3%). */
export function formatPercent(p: number, lang: 'fr' | 'en'): string {
  const s = format('.1f')(p * 100);
  return lang === 'fr' ? `${s.replace('.', ',')} %` : `${s}%`;
}

/** A signed log-odds value: +0.480, −1.000. */
export function formatLogodds(x: number, lang: 'fr' | 'en'): string {
  const s = format('+.3f')(x).replace('-', '−');
  return lang === 'fr' ? s.replace('.', ',') : s;
}

/** Probability axis for a waterfall: from 0 to a little above the highest point reached. */
export function waterfallScale(base: number, steps: Pick<Contribution, 'before' | 'after'>[], width: number) {
  const top = Math.max(base, ...steps.flatMap((s) => [s.before, s.after]));
  return scaleLinear()
    .domain([0, Math.min(1, top * 1.1 || 0.1)])
    .nice()
    .range([0, Math.max(width, 1)]);
}

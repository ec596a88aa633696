// The population view's texts in the current language, and the filling of their {placeholders}.
import { enPopulation, frPopulation } from '../../i18n/texts/population.ts';
import type { Lang } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { PopulationFailure } from '../../state/population.svelte.ts';

export type PopulationTexts = typeof frPopulation;
export const populationTexts = (lang: Lang): PopulationTexts => (lang === 'fr' ? frPopulation : enPopulation);

/** `template` with each {key} replaced by its value. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (all, k: string) => (k in values ? String(values[k]) : all));

/** Why the population view cannot answer, in a sentence; `max` is the largest threshold allowed. */
export function failureText(f: PopulationFailure, lang: Lang, max: number): string {
  const t = populationTexts(lang);
  const key = {
    unavailable: t.popUnavailable,
    'invalid-file': t.popInvalidFile,
    'unknown-model': t.popUnavailable,
    card: t.popCard,
    household: t.popHousehold,
    controls: t.popControlsInvalid,
    'too-large': t.popTooLarge,
  }[f.reason];
  return fill(key, {
    detail: f.detail,
    max: formatNumber(f.size?.max ?? max, lang),
    variables: formatNumber(f.size?.variables ?? 0, lang),
  });
}

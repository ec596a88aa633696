// The population view's texts in the current language, and the filling of their {placeholders}.
import { enPopulation, frPopulation } from '../../i18n/texts/population.ts';
import type { Lang } from '../../i18n/index.ts';

export type PopulationTexts = typeof frPopulation;
export const populationTexts = (lang: Lang): PopulationTexts => (lang === 'fr' ? frPopulation : enPopulation);

/** `template` with each {key} replaced by its value. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (all, k: string) => (k in values ? String(values[k]) : all));

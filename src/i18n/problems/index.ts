// The words of every problem message, by id, in French (the default) and English. Each area has its
// own catalogue; a test checks that every id used in src/ exists in both languages with the same parameters.
import * as household from './household.ts';
import * as model from './model.ts';
import * as scenarios from './scenarios.ts';

export type Catalogue = Readonly<Record<string, string>>;

export const PROBLEM_TEXTS: { fr: Catalogue; en: Catalogue } = {
  fr: { ...household.fr, ...model.fr, ...scenarios.fr },
  en: { ...household.en, ...model.en, ...scenarios.en },
};

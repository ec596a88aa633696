// Turns a problem (message id + parameters + place) into a sentence in the reader's language.
import type { Problem } from '../problems/index.ts';
import { PROBLEM_TEXTS } from './problems/index.ts';
import type { Lang } from './index.ts';
import { interpolate } from './interpolate.ts';

// interpolate lives in a module of its own: the panels that need it alone then do not load the
// problem messages (about 9 KB gzip) on a first visit.
export { interpolate };

/** The message of a problem alone. An id missing from the catalogue is shown as is rather than hidden. */
export function problemText(p: Pick<Problem, 'id' | 'params'>, lang: Lang = 'fr'): string {
  const template = PROBLEM_TEXTS[lang][p.id];
  return template === undefined ? p.id : interpolate(template, p.params, lang);
}

/** One problem as a line of text: `ligne 12, variables[2].id — …`. */
export function formatProblem(p: Problem, lang: Lang = 'fr'): string {
  const line = p.line !== undefined ? `${lang === 'fr' ? 'ligne' : 'line'} ${p.line}` : '';
  const where = [line, p.path].filter(Boolean).join(', ');
  const text = problemText(p, lang);
  return where ? `${where} — ${text}` : text;
}

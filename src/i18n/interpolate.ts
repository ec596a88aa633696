// Fills a message's `{name}` placeholders. Apart from messages.ts (the problem messages' catalogue),
// so that a panel needing only this does not load that catalogue.
import type { Param } from '../problems/index.ts';
import type { Lang } from './index.ts';

const NUMBER = { fr: new Intl.NumberFormat('fr-FR'), en: new Intl.NumberFormat('en-GB') };

/** Fills `{name}` placeholders; numbers are written the reader's way (1 000 in French, 1,000 in English). */
export function interpolate(template: string, params: Readonly<Record<string, Param>> = {}, lang: Lang = 'fr'): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : typeof v === 'number' ? NUMBER[lang].format(v) : v;
  });
}

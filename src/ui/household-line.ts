// The household in one printed line, with plural agreement ("1 adulte", "2 adultes", "aucun enfant"):
// the page's print header and every handout say it the same way.

import type { Household } from '../household/household.ts';
import type { Dict, Lang } from '../i18n/index.ts';
import { formatMonth } from '../i18n/format.ts';
import { interpolate } from '../i18n/interpolate.ts';

export function householdLine(h: Household, t: Dict, lang: Lang): string {
  const one = (n: number) => new Intl.PluralRules(lang).select(n) === 'one';
  const ages = (list: { age: number }[]) => list.map((p) => p.age).join(', ');
  const adults = interpolate(
    one(h.adults.length) ? t.hhAdultOne : t.hhAdultOther,
    { n: h.adults.length, ages: ages(h.adults) },
    lang,
  );
  const kids = h.children.length;
  const children = kids
    ? interpolate(one(kids) ? t.hhChildOne : t.hhChildOther, { n: kids, ages: ages(h.children) }, lang)
    : t.hhChildNone;
  return `${adults}${t.hhJoin}${children} — ${formatMonth(h.month, lang)}`;
}

// Every number, amount, percentage, log-odds value and month shown on screen, in the interface
// language's conventions, on Intl (built into the browser: no formatting library to ship).

import type { Lang } from './index.ts';

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };
const NARROW_NBSP = '\u202f';
const MINUS = '\u2212';

// Building an Intl formatter costs far more than using one, and charts format hundreds of
// labels per frame while a slider moves: one formatter per language and option set.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(LOCALES[lang], options)));
  return f;
}

/**
 * Formats through parts so that the output does not depend on the ICU version: French groups
 * thousands with a narrow no-break space (older ICU data used a plain no-break space), and
 * `trueMinus` writes U+2212, the minus sign of typography, instead of the hyphen. A value that
 * shows only zeros loses its sign: "-0" or "−0,000" (negative zero, or a tiny negative value
 * rounded away) tells a reader nothing but that something went wrong. Intl's own
 * `signDisplay: 'negative'` does that too, but older browsers throw on it.
 */
function render(f: Intl.NumberFormat, x: number, lang: Lang, trueMinus = false): string {
  const parts = f.formatToParts(x);
  const zero = !parts.some((p) => (p.type === 'integer' || p.type === 'fraction') && /[1-9]/.test(p.value));
  let out = '';
  for (const p of parts) {
    if (p.type === 'group' && lang === 'fr') out += NARROW_NBSP;
    else if (p.type === 'minusSign' || p.type === 'plusSign')
      out += zero ? '' : p.type === 'minusSign' && trueMinus ? MINUS : p.value;
    else out += p.value;
  }
  return out;
}

/** A plain number with a fixed count of decimals (0 by default), grouped: 1 234 / 1,234. */
export function formatNumber(x: number, lang: Lang, decimals = 0): string {
  const f = numberFormat(lang, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return render(f, x, lang);
}

/**
 * An amount in euros: with cents by default (277,08 € / €277.08), whole euros for chart axes
 * and sweeps where cents would only be noise.
 */
export function formatAmount(euros: number, lang: Lang, { cents = true }: { cents?: boolean } = {}): string {
  const digits = cents ? 2 : 0;
  const f = numberFormat(lang, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return render(f, euros, lang);
}

/** A probability (0–1) as a percentage with one decimal (12,3 % / 12.3%), or `digits`. */
export function formatPercent(p: number, lang: Lang, digits = 1): string {
  const f = numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return render(f, p, lang);
}

/**
 * A log-odds contribution, always signed, with three decimals and the true minus sign:
 * +0,480 / −1,000. Zero, and anything that rounds to zero at three decimals, is written
 * "0,000" with no sign at all: a contribution that moves nothing is neither up nor down, and
 * "+0,000" or "−0,000" would suggest a direction the model does not give.
 */
export function formatLogodds(x: number, lang: Lang): string {
  const f = numberFormat(lang, {
    signDisplay: 'always',
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
  });
  return render(f, x, lang, true);
}

/**
 * A calendar month "YYYY-MM" as words: "janvier 2026" (long) or "janv. 2026" (short).
 * Read in UTC on both sides: a month has no time zone, and reading its first midnight in
 * local time would give the previous month west of Greenwich.
 */
export function formatMonth(month: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  const key = lang + style;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { month: style, year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  const date = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? month : f.format(date);
}

/** A day as words in the device's calendar: "3 décembre 2026" / "3 December 2026". */
export function formatDate(date: Date, lang: Lang): string {
  const key = `${lang}day`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long' })));
  return f.format(date);
}

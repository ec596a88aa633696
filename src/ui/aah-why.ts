// The AAH and the prime à la naissance on the page: one row and one sentence per right saying what made it this
// amount, and where to claim it (official pages as plain links: nothing is fetched). Pure: the panel shows it, the
// tests read it. Each text is read as `t.key` (scripts/embed-prune.ts keeps only keys read so).

import type { Rights } from '../engine/index.ts';
import type { Household } from '../household/household.ts';
import { formatAmount, formatMonth } from '../i18n/format.ts';
import type { Dict, Lang } from '../i18n/index.ts';
import { interpolate } from '../i18n/interpolate.ts';

/** The official pages (service-public.fr): the AAH is claimed at the MDPH, the prime at the CAF. */
export const AAH_CLAIM_PAGES = {
  aah: 'https://www.service-public.fr/particuliers/vosdroits/F12242',
  primeNaissance: 'https://www.service-public.fr/particuliers/vosdroits/F2550',
} as const;

export interface AahRow {
  key: string;
  label: string;
  amount: number;
  /** What to show when nothing is paid this month but a payment is due in another month. */
  later?: string;
  why: string;
  /** Where to claim it, when it is due. */
  claim?: string;
  /** Due but not claimed (NotClaimed.aah, .primeNaissance): the sentence that says so, as RSA's and the family's say it. */
  unclaimed?: string;
}

/** The rows of the AAH (one per adult whose rate is given) and of the prime (when a birth is expected). */
export function aahRows(h: Household, r: Rights, t: Dict, lang: Lang): AahRow[] {
  const eur = (x: number) => formatAmount(x, lang);
  const say = (template: string, params: Record<string, string | number> = {}) => interpolate(template, params, lang);
  const out: AahRow[] = [];
  r.aah?.adults.forEach((a, i) => {
    if (a.taux === null) return;
    const label = say(t.aahAdult, { who: i === 0 ? t.holder : t.partner });
    const refusals = { taux: t.whyAahTaux, rsdae: t.whyAahRsdae, ageRsdae: t.whyAahAgeRsdae, age: t.whyAahAge };
    const why = a.refus
      ? refusals[a.refus]
      : a.evaluation === 'trimestrielle'
        ? say(t.whyAahQuarter, {
            amount: eur(a.montant),
            ceiling: eur(a.plafond),
            earnings: eur(a.revenusActivite),
            counted: eur(a.revenusActiviteRetenus),
          })
        : say(t.whyAahYear, {
            amount: eur(a.montant),
            ceiling: eur(a.plafond),
            year: a.periodeReference[0] ?? '',
            resources: eur(a.ressources),
          });
    out.push({
      key: `aah-${i}`,
      label,
      amount: a.montant,
      why,
      ...(a.montant > 0 ? { claim: AAH_CLAIM_PAGES.aah } : {}),
      ...(a.montant > 0 && h.notClaimed.aah ? { unclaimed: say(t.aahNotClaimed, { amount: eur(a.montant) }) } : {}),
    });
  });
  const f = r.family;
  if (h.pregnant && f) {
    const p = f.primeNaissance;
    const year = Number(f.month.slice(0, 4)) - 2;
    const why = !p.moisVersement
      ? t.whyPrimeNoMonth
      : p.montantDu === 0
        ? say(t.whyPrimeOver, { year, resources: eur(p.ressources), ceiling: eur(p.plafond) })
        : p.montant > 0
          ? say(t.whyPrimePaid, { amount: eur(p.montant), year, ceiling: eur(p.plafond) })
          : say(t.whyPrimeLater, { amount: eur(p.montantDu), month: formatMonth(p.moisVersement, lang) });
    out.push({
      key: 'primeNaissance',
      label: t.primeNaissance,
      amount: p.montant,
      ...(p.montant === 0 && p.montantDu > 0 && p.moisVersement
        ? { later: `${eur(p.montantDu)} (${formatMonth(p.moisVersement, lang)})` }
        : {}),
      why,
      ...(p.montantDu > 0 ? { claim: AAH_CLAIM_PAGES.primeNaissance } : {}),
      ...(p.montantDu > 0 && h.notClaimed.primeNaissance
        ? { unclaimed: say(t.primeNotClaimed, { amount: eur(p.montantDu) }) }
        : {}),
    });
  }
  return out;
}

// One sentence per right saying what made it this amount, the ASPA notice at 65, and where to claim a right
// the household may be missing: official pages as plain links (nothing is fetched). Pure: the page shows it,
// the tests read it. Each text is read as `t.key` (scripts/embed-prune.ts keeps only keys read so).

import type { Benefit, Rights } from '../engine/index.ts';
import type { Household } from '../household/household.ts';
import { formatAmount } from '../i18n/format.ts';
import type { Dict, Lang } from '../i18n/index.ts';
import { interpolate } from '../i18n/interpolate.ts';

/** Age from which the ASPA can be claimed instead of the RSA (CSS L815-1; CASF L262-10). */
export const ASPA_AGE = 65;

/** The official page of each right (service-public.fr, the State's site for procedures). */
export const CLAIM_PAGES: Record<Benefit | 'aspa', string> = {
  primeActivite: 'https://www.service-public.fr/particuliers/vosdroits/F2882',
  rsa: 'https://www.service-public.fr/particuliers/vosdroits/F19778',
  af: 'https://www.service-public.fr/particuliers/vosdroits/F13213',
  cf: 'https://www.service-public.fr/particuliers/vosdroits/F13214',
  asf: 'https://www.service-public.fr/particuliers/vosdroits/F815',
  ars: 'https://www.service-public.fr/particuliers/vosdroits/F1878',
  housingAid: 'https://www.service-public.fr/particuliers/vosdroits/F12006',
  aspa: 'https://www.service-public.fr/particuliers/vosdroits/F16871',
};

export interface Why {
  key: Benefit;
  text: string;
}

/** The sentences for the household's rights this month, in the page's order. */
export function rightsWhy(h: Household, r: Rights, t: Dict, lang: Lang): Why[] {
  const eur = (x: number) => formatAmount(x, lang);
  const say = (template: string, params: Record<string, string | number> = {}) => interpolate(template, params, lang);
  const out: Why[] = [];
  const pa = r.current.primeActivite;
  const rsa = r.current.rsa;
  const f = r.family;
  const received = r.familyReceived;
  const familyCounted = received ? received.af + received.cf + received.asf : h.benefits.af + h.benefits.cf;
  const earnings = h.adults.reduce((s, a) => s + a.earnings, 0);

  if (earnings === 0 && pa.montant === 0) out.push({ key: 'primeActivite', text: t.whyPaNoEarnings });
  else if (received && received.asf > 0)
    out.push({ key: 'primeActivite', text: say(t.whyPaAsf, { asf: eur(received.asf) }) });
  else if (familyCounted > 0)
    out.push({ key: 'primeActivite', text: say(t.whyPaFamily, { amount: eur(familyCounted) }) });
  else out.push({ key: 'primeActivite', text: t.whyPaEarnings });

  const last = rsa.months.at(-1);
  if (rsa.reason)
    out.push({ key: 'rsa', text: rsa.reason === 'age' ? t.droitsRsaIneligibleAge : t.droitsRsaIneligibleStudent });
  else if (rsa.montant === 0 && last)
    out.push({
      key: 'rsa',
      text: say(t.whyRsaOver, {
        resources: eur(last.ressources + last.forfaitLogement),
        mf: eur(last.montantForfaitaire),
      }),
    });
  else if (rsa.neutralisations.length) out.push({ key: 'rsa', text: t.whyRsaNeutralised });
  else out.push({ key: 'rsa', text: t.whyRsaDiff });

  if (!f) return out;
  const kids = f.af.nbEnfants;
  out.push({
    key: 'af',
    text:
      kids < 2
        ? t.whyAfFromTwo
        : f.af.tauxModulation < 1
          ? say(t.whyAfModulated, { n: kids, year: Number(f.month.slice(0, 4)) - 2 })
          : say(t.whyAfChildren, { n: kids }),
  });
  out.push({ key: 'cf', text: f.cf.montant > 0 ? t.whyCfPaid : t.whyCfThree });
  if (h.adults.length === 1 && h.children.length > 0)
    out.push({
      key: 'asf',
      text: !h.otherParentMissing
        ? t.whyAsfOtherParent
        : h.alimony > 0
          ? t.whyAsfAlimony
          : say(t.whyAsfFull, { n: f.asf.nbEnfants }),
    });
  out.push({ key: 'ars', text: f.ars.enfants.length ? say(t.whyArs, { n: f.ars.enfants.length }) : t.whyArsNone });
  out.push({
    key: 'housingAid',
    text:
      h.housing.status !== 'locataire'
        ? t.whyHousingNotTenant
        : say(t.whyHousing, { resources: eur(f.housingAid.ressources) }),
  });
  return out;
}

/** An adult of the household is 65 or over: the ASPA comes before the RSA. */
export const aspaConcerns = (h: Household): boolean => h.adults.some((a) => a.age >= ASPA_AGE);

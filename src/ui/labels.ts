// The words of the engine's typed labels: a score's provenance banner and a benefit's name. Each text
// is read as `t.key` (never a key built at run time), so that embed.html keeps it (scripts/embed-prune.ts).

import type { Banner, FamilyBenefit } from '../engine/index.ts';
import type { Dict } from '../i18n/index.ts';

export const bannerText = (banner: Banner, t: Dict): string =>
  ({
    published: t.publishedBanner,
    reported: t.reportedBanner,
    unknown: t.unknownBanner,
    placeholder: t.placeholderBanner,
  })[banner];

export const benefitName = (key: FamilyBenefit, t: Dict): string =>
  ({ af: t.af, cf: t.cf, asf: t.asf, ars: t.ars, housingAid: t.housingAid })[key];

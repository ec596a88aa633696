// The default control threshold's figures, alone in a module with no import so that the page can
// show them (with their sources) without loading the engine.

/** 166 000 controls from data mining in 2024 among the 13.8 million households scored (facts/cnaf/population.csv). */
export const CONTROL_SHARE_2024 = {
  controls: 166_000,
  households: 13_800_000,
  share: 166_000 / 13_800_000,
  sources: [
    'https://www.moneyvox.fr/votre-argent/actualites/107142/aides-de-la-caf-ce-qui-change-avec-le-nouvel-algorithme-de-controle',
    'https://am1.news/usconservative/topic/lemonde/6-slug-the-use-of-opaque-algorithms-facilitates-abuses-within-public-services',
  ],
} as const;

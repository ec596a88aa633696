// The facts of Amsterdam's two Slimme Check models, from test/cases/amsterdam/model-facts.csv
// (Lighthouse Reports' copy of the city's files) and the pilot as reported (README of the facts).
// Shown beside the model; the numbers are the published ones, rounded only when displayed.

export interface ModelFacts {
  testAuc: number;
  cvAuc: number;
  trainAuc: number;
  precision: number;
  recall: number;
  /** Test and training applications: not worth investigating / worth investigating. */
  test: [number, number];
  train: [number, number];
  incomeMean: number;
}

export const AMSTERDAM_FACTS: Record<string, ModelFacts> = {
  'amsterdam-slimme-check-2022-05-23': {
    testAuc: 0.617005532660914,
    cvAuc: 0.6252215700927445,
    trainAuc: 0.657498891066374,
    precision: 0.6442577030812325,
    recall: 0.688622754491018,
    test: [263, 334],
    train: [1493, 1889],
    incomeMean: 43.23545513731061,
  },
  'amsterdam-slimme-check-2022-05-31': {
    testAuc: 0.6347782380894359,
    cvAuc: 0.6194247856661537,
    trainAuc: 0.6567362878781386,
    precision: 0.6398809523809523,
    recall: 0.7597173144876325,
    test: [232, 283],
    train: [1311, 1602],
    incomeMean: 42.03959803427419,
  },
};

export const AMSTERDAM_SOURCES = [
  {
    title: 'Lighthouse Reports, amsterdam_fairness (models, facts, 16,384 scored profiles)',
    url: 'https://github.com/Lighthouse-Reports/amsterdam_fairness',
  },
  {
    title: 'Gemeente Amsterdam, Algoritmeregister: Researchworthiness Smart Check',
    url: 'https://algoritmes.overheid.nl/en/algoritme/researchworthiness-smart-check-livelihood-municipality-of-amsterdam/95794697',
  },
  { title: 'MIT Technology Review × Lighthouse Reports × Trouw, June 2025' },
];

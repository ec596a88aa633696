// The shipped models too large for a first visit (Amsterdam's Slimme Check: two EBMs of ~1,100 bins,
// ~80 KB gzip): what the model list shows of them before their files load. Data only: the page offers
// them in its picker, the worker imports their files (engine/binned-load.ts) when a model is chosen, opened by a
// link or scored. The titles are the files' own (test/unit/binned-list.test.ts compares them).

import type { LocalizedText } from '../engine/types.ts';

export interface LazyModelEntry {
  id: string;
  kind: 'model';
  title: LocalizedText;
}

export const BINNED_LIST: readonly LazyModelEntry[] = [
  {
    id: 'amsterdam-slimme-check-2022-05-23',
    kind: 'model',
    title: {
      fr: 'Amsterdam « Slimme Check » — modèle du 2022-05-23 (pré-pilote)',
      en: 'Amsterdam "Slimme Check" — 2022-05-23 model (pre-pilot)',
    },
  },
  {
    id: 'amsterdam-slimme-check-2022-05-31',
    kind: 'model',
    title: {
      fr: 'Amsterdam « Slimme Check » — modèle du 2022-05-31 (après repondération)',
      en: 'Amsterdam "Slimme Check" — 2022-05-31 model (after reweighting)',
    },
  },
];

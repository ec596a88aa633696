// The provenance card of a shipped ensemble: how it was made (seed, command, counts, targets and
// readings, achieved distributions) and the hashes of every input, so that a test can tell when
// the committed data no longer follows from the files.

import type { Achieved, Generation } from './calibrate.ts';
import type { Target } from './targets.ts';

export interface EnsembleCard {
  model: string;
  method: string;
  seed: number;
  command: string;
  controls: number;
  particles: number;
  prior: { n: number };
  simulations: number;
  accepted: { n: number; ess: number; distinct: number };
  met: boolean;
  generations: Generation[];
  targets: (Target & { achieved: { calibrated: Achieved; prior: Achieved } })[];
  /** SHA-256 (hex) of the model file, the population file, the targets file and the code that computes. */
  hashes: { model: string; population: string; targets: string; code: string };
  /** Files the code hash covers, in order. */
  code: string[];
  levels: number;
  bytes: { calibrated: number; prior: number };
  warning: { fr: string; en: string };
}

export const ENSEMBLE_WARNING = {
  fr:
    'Pondérations compatibles avec ce qui est publié, sur une population synthétique : ce ne sont pas ' +
    'les pondérations de la CNAF, qui ne sont pas publiques.',
  en:
    'Weightings compatible with what is published, on a synthetic population: these are not the CNAF’s ' +
    'weights, which are not public.',
};

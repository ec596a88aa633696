// The page's list of models after the engine took one more (imported or edited): the engine's own
// answer, put in place, instead of asking for the whole list again — a model of 100,000 variables
// would cross from the worker twice.

import type { Model } from '../engine/index.ts';

/** `models` with `model` in the place of the one of the same id, or after the others (the engine's order). */
export function withModel(models: readonly Model[], model: Model): Model[] {
  const at = models.findIndex((m) => m.id === model.id);
  return at < 0 ? [...models, model] : models.map((m, i) => (i === at ? model : m));
}

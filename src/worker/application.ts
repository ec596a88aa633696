// The worker's call for a model whose variables are not household facts (engine/application.ts):
// the page sends the form's profile on each edit and draws the answer; it never scores itself.

import { applicationView, type ApplicationAnswer, type ApplicationRequest } from '../engine/application.ts';
import type { Model } from '../engine/index.ts';

export type { ApplicationAnswer, ApplicationRequest };

export function applicationApi(models: ReadonlyMap<string, Model>) {
  return {
    /** Score, waterfall, term shapes, the other version and the facts for one profile (engine/application.ts). */
    application(req: ApplicationRequest): ApplicationAnswer {
      return applicationView(models, req);
    },
  };
}

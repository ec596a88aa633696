// Transitional: the model-file validators still pass French and English texts inline. They move
// to message ids (src/problems/, texts in src/i18n/problems/) in the next change, and this file goes.

import { Problems as Collector } from '../problems/index.ts';

export { isRecord } from '../problems/index.ts';

export class Problems extends Collector {
  override error(path: string, fr: string, en?: unknown, line?: unknown): void {
    super.error(path, 'legacy', { fr, en: String(en) }, typeof line === 'number' ? line : this.lineOf(path));
  }
  override warn(path: string, fr: string, en?: unknown, line?: unknown): void {
    super.warn(path, 'legacy', { fr, en: String(en) }, typeof line === 'number' ? line : this.lineOf(path));
  }
}

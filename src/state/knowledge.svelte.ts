// What the page takes as known when it places a household among the controlled: the directions of
// the weights only (the prior ensemble), or the directions and the published figures (the calibrated
// ensemble), and which published figures are switched on and how the 36 % is read. Every view that
// says "controlled or not" (headline, pins, deck, handouts, what-if, population) reads this one store.

import { DEFAULT_USED, type SingleParentReading } from '../engine/calibration/targets.ts';
import type { TargetsAsk } from '../worker/calibration-types.ts';

export type KnowledgeSide = 'directions' | 'published';

export class Knowledge {
  side = $state<KnowledgeSide>('published');
  /** Ids of the calibration targets switched on; null: the shipped defaults (docs/calibration.md). */
  use = $state<string[] | null>(null);
  /** How the 36 % of single parents among home controls is read (docs/calibration.md). */
  reading = $state<SingleParentReading>('controlled');

  /** The shipped targets and reading: a shipped model's own calibrated ensemble answers, no run needed. */
  get defaults(): boolean {
    const on = this.use ?? DEFAULT_USED;
    return (
      this.reading === 'controlled' && on.length === DEFAULT_USED.length && on.every((id) => DEFAULT_USED.includes(id))
    );
  }

  /** The targets switched on and their reading, as every calibrated call to the worker takes them. */
  get ask(): TargetsAsk {
    return { use: this.use ? [...this.use] : null, reading: this.reading };
  }

  /** Changes whenever what is known changes (the side, the targets on, the reading): an answer over another ensemble is stale. */
  get key(): string {
    return JSON.stringify([this.side, this.use, this.reading]);
  }

  /** The prior ensemble is the one to read. */
  get prior(): boolean {
    return this.side === 'directions';
  }
}

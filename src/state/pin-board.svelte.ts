// The households pinned beside the current one, as the panels use them: each with its cell and its
// comparison from the latest view, pinned under a name or from a preset, and the two questions the
// workshop asks the engine about them outside the view (the handouts' evaluations, the deck's cards).

import type { Evaluation, ExplorerCell, ExplorerComparison } from '../engine/index.ts';
import type { Household } from '../household/household.ts';
import type { Lang } from '../i18n/index.ts';
import type { HouseholdStore, Preset } from './household.svelte.ts';
import type { ModelsStore } from './models.svelte.ts';
import type { Pins } from './pins.svelte.ts';
import type { Results } from './results.svelte.ts';

export interface PinBoardDeps {
  list: Pins;
  hh: HouseholdStore;
  m: ModelsStore;
  results: Results;
  /** The interface's language: a preset is pinned under its label in it. */
  lang: () => Lang;
}

export class PinBoard {
  readonly #d: PinBoardDeps;

  constructor(deps: PinBoardDeps) {
    this.#d = deps;
  }

  /** Each pinned household's cell and its comparison with the current household (index 0 of the view). */
  pinned = $derived.by(() => {
    const { list, results, m } = this.#d;
    return list.list.map((p, i) => ({
      ...p,
      cell: results.explorer?.cells.find((c) => c.household === i + 1 && c.model === m.id),
      comparison: results.explorer?.comparisons.find(
        (c): c is ExplorerComparison => c.a === 0 && c.b === i + 1 && c.model === m.id,
      ),
    }));
  });

  /** Pins the current household (or a preset) beside the others, under a name. */
  pin(name: string, household: Household = this.#d.hh.snapshot()): void {
    this.#d.list.add(name, household);
  }

  pinPreset(id: string): void {
    const p = this.#d.hh.preset(id);
    if (p) this.pin(p.preset.label[this.#d.lang()], p.household);
  }

  unpin(index: number): void {
    this.#d.list.remove(index);
  }

  /** Each pinned household evaluated with the current model: the printed handouts' reasons and rights. */
  async evaluatePins(): Promise<(Evaluation | null)[]> {
    const engine = this.#d.m.engine;
    if (!engine) return [];
    const modelId = this.#d.m.id;
    const households = this.#d.list.households();
    return Promise.all(
      households.map(async (household) => (await engine.api.evaluate({ id: 0, modelId, household })).evaluation),
    );
  }

  /** The workshop deck's cards: each preset at the household's month, with its band for the current model. */
  async presetCells(): Promise<{ preset: Preset; cell?: ExplorerCell }[]> {
    const { hh, m } = this.#d;
    const households = hh.presetHouseholds();
    const view = await m.engine?.api.explore({ id: 0, modelIds: [m.id], households, sweepFields: [] });
    const cells = view?.answer.ok ? view.answer.value.cells : [];
    return hh.presets.map((preset, i) => ({ preset, cell: cells.find((c) => c.household === i) }));
  }
}

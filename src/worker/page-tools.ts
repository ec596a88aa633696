// Engine helpers the expert panel uses in the page (the coefficient-table writer, the plausible
// ranges), loaded only with that panel: the rest of the engine stays in the worker.
export { modelToCsv } from '../engine/csv-model.ts';
export { plausibleRange } from '../engine/robust/ranges.ts';

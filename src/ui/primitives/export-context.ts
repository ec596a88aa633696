// Where a chart's export finds what its caption says (the model, the household, the weights' status,
// the clock): set once by the page; a chart without it (a test) saves its picture uncaptioned.

import { getContext, setContext } from 'svelte';
import type { Dict, Lang } from '../../i18n/index.ts';

/** What the page knows about the chart being saved (the clock is the page's; tests pass their own). */
export interface ExportContext {
  /** The model's title in the interface's language. */
  model: string;
  household?: string;
  /** The weights are examples or placeholders, not published ones. */
  placeholder: boolean;
  now: () => Date;
  t: Dict;
  lang: Lang;
}

const KEY = Symbol('export-caption');
export const setExportContext = (get: () => ExportContext) => setContext(KEY, get);
export const useExportContext = () => getContext<(() => ExportContext) | undefined>(KEY);

// Where a chart's export finds what its caption says (the model, the household, the weights' status,
// the clock): set once by the page; a chart without it (a test) saves its picture uncaptioned.

import { getContext, setContext } from 'svelte';
import type { ExportContext } from './export-caption.ts';

const KEY = Symbol('export-caption');
export const setExportContext = (get: () => ExportContext) => setContext(KEY, get);
export const useExportContext = () => getContext<(() => ExportContext) | undefined>(KEY);

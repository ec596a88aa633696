// Another tab of this browser changed what "Se souvenir…" keeps (the `storage` event fires in every
// other tab of the origin): this tab follows the household or stops keeping it, so that neither
// tab writes over the other's edit or brings back what the other erased.

import type { AppState } from './app.svelte.ts';

type Target = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/** Listens to other tabs' writes to `storage` (localStorage); returns the function that stops it. */
export function followOtherTabs(
  app: AppState,
  month: string,
  storage?: Storage,
  target: Target = globalThis,
): () => void {
  const listener = (e: Event) => {
    const { key, storageArea } = e as StorageEvent;
    // sessionStorage is per tab: only the shared store matters.
    if (storage && storageArea !== storage) return;
    const household = app.kept.fromOtherTab(key, month);
    if (household) app.hh.value = household;
  };
  target.addEventListener('storage', listener);
  return () => target.removeEventListener('storage', listener);
}

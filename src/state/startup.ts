// Which household the page opens with: a shared link's, else the one saved on this device, else
// the default. A saved household is never erased here, whatever its state: the user decides.

import { defaultHousehold, type Household } from '../household/household.ts';
import type { Problem } from '../problems/index.ts';
import type { Saved } from './remember.ts';
import type { UrlState } from './url.ts';

/** A saved household the user has to decide about; nothing is written until they do. */
export interface SavedChoice {
  /** `partial`: read with problems; `unreadable`: not a household; `link`: a link was opened over it. */
  reason: 'partial' | 'unreadable' | 'link';
  problems: Problem[];
  /** The saved household as far as it could be read (for `link`: to open it instead). */
  household?: Household;
}

export interface Startup {
  household: Household;
  remembered: boolean;
  storage: 'available' | 'unavailable';
  savedChoice: SavedChoice | null;
}

export function startup(url: UrlState, saved: Saved, month: string): Startup {
  const storage = saved.kind === 'unavailable' ? 'unavailable' : 'available';
  if (url.household) {
    const kept = saved.kind === 'ok' || saved.kind === 'partial';
    return {
      household: url.household,
      remembered: false,
      storage,
      savedChoice: kept ? { reason: 'link', problems: [], household: saved.household } : null,
    };
  }
  switch (saved.kind) {
    case 'ok':
      return { household: saved.household, remembered: true, storage, savedChoice: null };
    case 'partial':
      return {
        household: saved.household,
        remembered: true,
        storage,
        savedChoice: { reason: 'partial', problems: saved.problems },
      };
    case 'unreadable':
      return {
        household: defaultHousehold(month),
        remembered: false,
        storage,
        savedChoice: { reason: 'unreadable', problems: [] },
      };
    default:
      return { household: defaultHousehold(month), remembered: false, storage, savedChoice: null };
  }
}

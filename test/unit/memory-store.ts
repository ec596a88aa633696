// A key-value store in memory, standing for localStorage in the state tests: `data` shows what was written.
import type { KeyValueStore } from '../../src/state/remember.ts';

export function memoryStore(entries: [string, string][] = []): { store: KeyValueStore; data: Map<string, string> } {
  const data = new Map(entries);
  const store: KeyValueStore = {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
  return { store, data };
}

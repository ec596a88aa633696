// A Node test environment whose modules are compiled as for the browser: Svelte's runes ($effect)
// then run, as they do in the app, while the tests stay in Node with no DOM.
import type { Environment } from 'vitest/environments';

export default {
  name: 'svelte-client',
  viteEnvironment: 'client',
  setup: () => ({ teardown: () => undefined }),
} satisfies Environment;

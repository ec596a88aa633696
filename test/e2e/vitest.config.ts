// End-to-end tests: the built app in Debian's Chromium, one browser, files one after another.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A poll waits for what the user would see (a score, a row, a message): 1 s, vitest's default,
    // is a race on a loaded machine. A poll that matches returns at once; only a failing one waits.
    expect: { poll: { timeout: 15_000 } },
  },
});

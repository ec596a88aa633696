// One build serves the app, the embed view and offline use: relative base, no external asset.
import { availableParallelism } from 'node:os';
import { defineConfig, type Plugin } from 'vitest/config';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { standalone } from './scripts/vite-standalone.ts';
import { embed } from './scripts/vite-embed.ts';
import { serviceWorker } from './scripts/vite-service-worker.ts';
import { prerender } from './scripts/vite-prerender.ts';

/** The dev server's live reload needs a websocket; the built app keeps connect-src 'none'. */
const devCsp = (): Plugin => ({
  name: 'dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("connect-src 'none'", "connect-src 'self' ws: wss:"),
});

export default defineConfig({
  base: './',
  plugins: [
    svelte({ preprocess: vitePreprocess(), compilerOptions: { runes: true } }),
    devCsp(),
    prerender(),
    standalone(),
    embed(),
    serviceWorker(),
  ],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, assetsInlineLimit: 0 },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    // Property tests run 10,000 cases and the population tests build a small population: on a busy
    // 2-core machine a case can take several seconds. A test still fails on its assertions, never on load.
    testTimeout: 60_000,
    // A beforeAll that decodes the 100,000-record population takes seconds on a loaded machine, as a test does.
    hookTimeout: 60_000,
    // expect.poll waits on a condition; 1 s (vitest's default) is a race on a loaded machine, and the
    // first headline of a model loads its ensembles (seconds). A poll that matches returns at once.
    expect: { poll: { timeout: 30_000 } },
    // Every core: vitest's default leaves one to its main process, which on a 2-core machine runs the
    // files one after another (the main process is mostly idle while the tests run).
    maxWorkers: availableParallelism(),
    projects: [
      // isolate: false (both projects): the files of a worker share their modules, so the engine, the
      // models and the ensembles (megabytes of JS) are imported once per worker rather than once per
      // file: about half the suite's CPU. Safe because no test leaves state behind (env vars and fake
      // timers are restored after each test, the modules' caches hold immutable data, each test makes
      // its own engine and state): shuffled orders pass.
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], exclude: ['**/*.state.test.ts'], isolate: false },
      },
      // The state classes' runes ($effect) run only in Svelte's client build: these tests compile
      // modules as for the browser, in Node, with no DOM.
      {
        extends: true,
        test: {
          name: 'state',
          include: ['test/unit/**/*.state.test.ts'],
          environment: './test/unit/client-environment.ts',
          isolate: false,
        },
      },
    ],
  },
});

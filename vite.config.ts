// One build serves the app, the embed view and offline use: relative base, no external asset.
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  base: './',
  plugins: [svelte()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, assetsInlineLimit: 0 },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});

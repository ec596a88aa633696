import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../src/', import.meta.url).pathname;
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
/** Imports that bring code, not only types. */
const valueImportsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*import (?!type )[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('module boundaries', () => {
  for (const layer of ['engine', 'benefits', 'models']) {
    it(`${layer}/ imports nothing from Svelte, D3, the DOM layers or Vite`, () => {
      for (const f of files(join(root, layer)).filter((x) => x.endsWith('.ts'))) {
        for (const i of importsOf(f)) {
          expect(i, f).not.toMatch(/^svelte|^d3-|^vite|\.svelte|\/(ui|state|charts|worker)\//);
        }
        expect(readFileSync(f, 'utf8'), f).not.toMatch(/\b(document|window|localStorage)\./);
      }
    });
  }
  it('charts/ never imports the scoring functions', () => {
    for (const f of files(join(root, 'charts')))
      for (const i of valueImportsOf(f)) expect(i, f).not.toMatch(/engine\/(index|evaluate|features)/);
  });
  it('src/models holds data only', () => {
    for (const f of files(join(root, 'models'))) expect(f).toMatch(/\.json$/);
  });
});

// The layers of src/ and what each may import (ARCHITECTURE.md: data flows one way). A type-only
// import carries no code, so a layer may read the types of a layer it must not run.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;

/** What each layer may import, with code (`run`) or for its types only (`read`). Its own folder is always allowed. */
const RULES: Record<string, { run: string[]; read?: string[] }> = {
  problems: { run: [] },
  benefits: { run: ['problems'] },
  household: { run: ['problems', 'benefits'] },
  models: { run: [] },
  // Data only: the published targets and the generated ensembles (src/calibration/README.md).
  calibration: { run: [] },
  presets: { run: [] },
  engine: { run: ['problems', 'benefits', 'household', 'models', 'calibration'] },
  i18n: { run: [], read: ['problems'] },
  worker: { run: ['engine'] },
  embed: { run: [] },
  // embed.html's entry and root: the embed's panels, the page's state and the engine run in the page.
  embedapp: { run: ['ui', 'state', 'engine', 'embed', 'i18n'], read: ['worker', 'engine'] },
  // The text readers of the engine (encodings, CSV, JSON with lines) are pure and hold no model:
  // the scenario files of state/scenarios.ts reuse them.
  state: {
    run: [
      'worker',
      'household',
      'problems',
      'i18n',
      'presets',
      'engine/csv.ts',
      'engine/decode.ts',
      'engine/json-lines.ts',
    ],
    read: ['engine'],
  },
  // Charts draw what they are given: scales and formats, the shared primitives, never a rule.
  charts: { run: ['i18n', 'ui/primitives'], read: ['engine', 'problems'] },
  // ChartExport saves any chart with charts/export.ts, which imports nothing of ours.
  'ui/primitives': { run: ['i18n', 'charts/export.ts'], read: ['engine', 'problems', 'state'] },
  ui: {
    run: ['state', 'charts', 'i18n', 'embed', 'ui/primitives', 'household/household.ts'],
    read: ['engine', 'problems', 'household'],
  },
  cli: { run: ['engine', 'benefits', 'household', 'problems', 'i18n'] },
  // The build's server render of the default view and the page's hydration of it (main.ts runs it).
  prerender: { run: ['ui', 'state', 'worker', 'engine', 'household'], read: ['engine', 'household', 'state'] },
  // The population build: draws and calibrates households with the rules and the engine; its Node I/O is in scripts/.
  population: { run: ['engine', 'benefits', 'household', 'problems'] },
};
/** Packages a layer may use; the pure layers (rules, engine) use none, so they run in Node, the worker and tests. */
const PACKAGES: Record<string, RegExp> = {
  charts: /^d3-/,
  ui: /^svelte/,
  'ui/primitives': /^svelte/,
  state: /^svelte/,
  worker: /^comlink$/,
  prerender: /^svelte(\/server)?$/,
  embedapp: /^svelte$/,
  cli: /^node:/,
};

export interface Import {
  from: string;
  target: string;
  typeOnly: boolean;
}

/** Every import, re-export and dynamic import of a source text (Svelte files included). */
export function importsOf(text: string): Omit<Import, 'from'>[] {
  const out: Omit<Import, 'from'>[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm)) {
    const clause = m[2]!;
    const named = /^\{([^}]*)\}$/.exec(clause.trim());
    const typeOnly =
      /^type\s/.test(clause) || (!!named && named[1]!.split(',').every((s) => !s.trim() || /^type\s/.test(s.trim())));
    out.push({ target: m[3]!, typeOnly });
  }
  for (const m of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) out.push({ target: m[1]!, typeOnly: false });
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push({ target: m[1]!, typeOnly: false });
  return out;
}

/** The layer of a path inside src/ (the most specific rule that matches). */
export function layerOf(path: string): string | undefined {
  const keys = Object.keys(RULES).sort((a, b) => b.length - a.length);
  return keys.find((k) => path === k || path.startsWith(`${k}/`));
}

/** The imports of `file` (a path inside src/) that break the rules, as readable sentences. */
export function violations(file: string, text: string): string[] {
  const layer = layerOf(file);
  if (!layer) return [];
  const rule = RULES[layer]!;
  const bad: string[] = [];
  for (const i of importsOf(text)) {
    if (!i.target.startsWith('.')) {
      if (!PACKAGES[layer]?.test(i.target)) bad.push(`${file} uses package ${i.target}`);
      continue;
    }
    const target = relative(SRC, resolve(SRC, dirname(file), i.target));
    const to = layerOf(target) ?? target;
    if (to === layer) continue;
    const allowed = (list: string[] = []) => list.some((l) => target === l || target.startsWith(`${l}/`) || to === l);
    if (allowed(rule.run) || (i.typeOnly && allowed(rule.read))) continue;
    bad.push(`${file} ${i.typeOnly ? 'reads types of' : 'runs'} ${target}`);
  }
  return bad;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}
const sources = files(SRC).filter((f) => /\.(ts|svelte)$/.test(f));

describe('module boundaries', () => {
  it('every source file belongs to a layer, main.ts aside', () => {
    const loose = sources.map((f) => relative(SRC, f)).filter((f) => f !== 'main.ts' && !layerOf(f));
    expect(loose).toEqual([]);
  });
  for (const layer of Object.keys(RULES)) {
    it(`${layer}/ imports only what its rule allows`, () => {
      const bad = sources
        .map((f) => relative(SRC, f))
        .filter((f) => layerOf(f) === layer)
        .flatMap((f) => violations(f, readFileSync(join(SRC, f), 'utf8')));
      expect(bad).toEqual([]);
    });
  }
  it('the pure layers never touch the DOM', () => {
    for (const f of sources.filter((x) => /^(problems|benefits|household|engine)\//.test(relative(SRC, x))))
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/\b(document|window|localStorage|navigator)\./);
  });
  it('src/models and src/presets hold data only', () => {
    for (const f of [...files(join(SRC, 'models')), ...files(join(SRC, 'presets'))]) expect(f).toMatch(/\.json$/);
  });
});

describe('the boundary check itself', () => {
  it.each([
    ['benefits/rsa.ts', "import { score } from '../engine/score.ts';", 'benefits/rsa.ts runs engine/score.ts'],
    ['ui/x.svelte', "  import { evaluate } from '../engine/evaluate.ts';", 'ui/x.svelte runs engine/evaluate.ts'],
    ['charts/y.svelte', "  const m = import('../engine/index.ts');", 'charts/y.svelte runs engine/index.ts'],
    ['engine/z.ts', "export { a } from '../state/url.ts';", 'engine/z.ts runs state/url.ts'],
    ['engine/z.ts', "import { scaleLinear } from 'd3-scale';", 'engine/z.ts uses package d3-scale'],
    [
      'worker/w.ts',
      "import { problem, type Problem } from '../household/decode.ts';",
      'worker/w.ts runs household/decode.ts',
    ],
  ])('refuses %s importing as in `%s`', (file, text, message) => expect(violations(file, text)).toEqual([message]));
  it.each([
    ['ui/x.svelte', "  import type { Evaluation } from '../engine/evaluate.ts';"],
    ['ui/x.svelte', "  import { type Evaluation, type Model } from '../engine/index.ts';"],
    ['engine/z.ts', "import { computeDroits } from '../benefits/index.ts';"],
    ['charts/c.svelte', "  import ScrollRegion from '../ui/primitives/ScrollRegion.svelte';"],
  ])('accepts %s importing as in `%s`', (file, text) => expect(violations(file, text)).toEqual([]));
});

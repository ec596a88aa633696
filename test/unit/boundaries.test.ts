// The layers of src/ (and scripts/) and what each may import (ARCHITECTURE.md: data flows one way).
// A type-only import carries no code, so a layer may read the types of a layer it must not run.
// Each file's direct imports obey its layer's rule, and so does everything a layer *reaches*:
// imports followed through re-exports, barrels and dynamic import(), so that a file re-exporting
// another layer's code (a shim) cannot smuggle it past the rule.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;
/** scripts/ seen from src/: its files are `../scripts/…`, its layer is SCRIPTS. */
const SCRIPTS = '../scripts';

/** What each layer may import, with code (`run`) or for its types only (`read`). Its own folder is always allowed. */
const RULES: Record<string, { run: string[]; read?: string[] }> = {
  problems: { run: [] },
  benefits: { run: ['problems'] },
  household: { run: ['problems', 'benefits'] },
  models: { run: [] },
  // Data only: the published targets and the generated ensembles (src/calibration/README.md).
  calibration: { run: [] },
  presets: { run: [] },
  engine: { run: ['problems', 'benefits', 'household', 'models', 'calibration', 'formats'] },
  i18n: { run: [], read: ['problems'] },
  worker: { run: ['engine'] },
  embed: { run: [] },
  // embed.html's entry and root: the embed's panels, the page's state and the engine run in the page.
  embedapp: { run: ['ui', 'state', 'engine', 'embed', 'i18n'], read: ['worker', 'engine'] },
  // File formats (text encodings, CSV, JSON with lines, the model, household, class and droits files):
  // pure readers and writers that hold no model and run no rule, so the page runs them as the engine does.
  formats: { run: ['problems', 'household', 'benefits'], read: ['engine'] },
  // The coefficient-table writer, the plausible ranges, the control share and the population's ranges
  // are pure and small: the page runs them (the rest of the engine stays in the worker).
  state: {
    run: [
      'worker',
      'household',
      'problems',
      'i18n',
      'presets',
      'formats',
      // Whether every weight is fixed, asked before any score: the explorer's rule of a free weight (pure).
      'engine/provenance.ts',
      'engine/constants.ts',
      'engine/robust/ranges.ts',
      'engine/robust/control-share.ts',
      'engine/population/ranges.ts',
      // The explanation's grouping of the view's term ranges, what is known first (pure, no model).
      'engine/robust/known-effects.ts',
      // The published calibration targets and their parser (pure, small): the knowledge panel lists them.
      'engine/calibration/targets.ts',
      'calibration/targets.ts',
    ],
    read: ['engine'],
  },
  // Charts draw what they are given: scales and formats, the shared primitives, never a rule.
  charts: { run: ['i18n', 'ui/primitives'], read: ['engine', 'problems'] },
  // The smallest pieces of the interface: charts use them, they use no chart (ChartExport is in charts/).
  'ui/primitives': { run: ['i18n'], read: ['engine', 'problems', 'state'] },
  ui: {
    run: [
      'state',
      'charts',
      'i18n',
      'embed',
      'ui/primitives',
      'household/household.ts',
      'formats',
      'engine/calibration/targets.ts',
      'calibration/targets.ts',
    ],
    read: ['engine', 'problems', 'household'],
  },
  cli: { run: ['engine', 'formats', 'benefits', 'household', 'problems', 'i18n'] },
  // The build's server render of the default view and the page's hydration of it (main.ts runs it).
  prerender: {
    run: ['ui', 'state', 'worker', 'engine', 'household', 'embed', 'i18n'],
    read: ['engine', 'household', 'state'],
  },
  // The population build: draws and calibrates households with the rules and the engine; its Node I/O is in scripts/.
  population: { run: ['engine', 'formats', 'benefits', 'household', 'problems'] },
  // The build's plugins and the population build: Node programs over the app's code (icons.ts draws
  // with the test browser).
  [SCRIPTS]: {
    run: ['cli', 'population', 'engine', 'formats', 'i18n', 'benefits', 'prerender', 'state', '../test/e2e/harness.ts'],
    read: ['benefits', 'prerender'],
  },
};
/**
 * What a layer that runs the worker's page side does not reach through it: the worker runs the engine
 * in its own thread. The page's code reaches the engine only through the DOORS below.
 */
const HIDES: Record<string, string[]> = { worker: ['engine'] };
/**
 * The imports that are the design's own way across a boundary, not followed when a layer's reach is
 * computed (the code behind them is checked as its own layer's): the engine moves into the page
 * only when no worker can run, by this dynamic import, loaded on that day only.
 */
const DOORS: [from: string, to: string][] = [['worker/backends.ts', 'worker/api.ts']];
/** Packages a layer may use; the pure layers (rules, engine) use none, so they run in Node, the worker and tests. */
const PACKAGES: Record<string, RegExp> = {
  // Svelte's own types (a kit component takes what it frames as a Snippet).
  charts: /^(d3-|svelte$)/,
  // uqr: the handouts' QR codes, drawn in the page.
  ui: /^(svelte|uqr$)/,
  'ui/primitives': /^svelte/,
  state: /^svelte/,
  worker: /^comlink$/,
  prerender: /^svelte(\/server)?$/,
  embedapp: /^svelte$/,
  cli: /^node:/,
  [SCRIPTS]: /^(node:|vite$|@sveltejs\/vite-plugin-svelte$)/,
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

/** The layer of a path inside src/ (the most specific rule that matches); scripts/ is `../scripts`. */
export function layerOf(path: string): string | undefined {
  const keys = Object.keys(RULES).sort((a, b) => b.length - a.length);
  return keys.find((k) => path === k || path.startsWith(`${k}/`));
}

/** The file an import of `file` names, as a path from src/; undefined for a package or an asset's URL (`?url`). */
function resolveImport(file: string, target: string): string | undefined {
  if (!target.startsWith('.') || target.includes('?')) return undefined;
  return relative(SRC, resolve(SRC, dirname(file), target));
}

/** Whether `path` is one of the entries of a rule's list (a layer, a folder or a file). */
const listed = (list: readonly string[], path: string) =>
  list.some((l) => path === l || path.startsWith(`${l}/`) || layerOf(path) === l);

/**
 * What `layer` may reach: its own files, what its rule runs, and what those layers pass on in turn
 * (all they run, except what they hide: HIDES). A file named alone in a rule brings only itself.
 */
export function reachable(layer: string): string[] {
  const seen = new Set<string>();
  const passedOn = (m: string, hidden: readonly string[]): string[] => {
    if (seen.has(m)) return [];
    seen.add(m);
    const run = (RULES[m]?.run ?? []).filter((r) => !hidden.includes(r));
    return [m, ...run.flatMap((r) => (RULES[r] ? passedOn(r, HIDES[r] ?? []) : [r]))];
  };
  return passedOn(layer, []);
}

/**
 * The files a layer reaches outside what it may (`reachable`), each with the chain of imports that
 * leads to it: `files` maps each path from src/ to its text. Only code is followed (a type-only
 * import carries none), through re-exports and dynamic import(), not through DOORS.
 */
export function reachViolations(layer: string, files: ReadonlyMap<string, string>): string[] {
  const may = reachable(layer);
  const doors = new Set(DOORS.map(([a, b]) => `${a} ${b}`));
  const from = new Map<string, string | undefined>();
  const queue: string[] = [];
  for (const f of files.keys()) if (layerOf(f) === layer) (from.set(f, undefined), queue.push(f));
  const bad: string[] = [];
  const chain = (f: string): string[] => (f === undefined ? [] : [...chain(from.get(f)!), f]).filter(Boolean);
  while (queue.length) {
    const file = queue.shift()!;
    for (const i of importsOf(files.get(file) ?? '')) {
      const target = resolveImport(file, i.target);
      if (i.typeOnly || target === undefined || from.has(target) || doors.has(`${file} ${target}`)) continue;
      from.set(target, file);
      if (layerOf(target) !== layer && !listed(may, target)) {
        bad.push(`${layer} reaches ${target}: ${[...chain(file), target].join(' → ')}`);
        continue;
      }
      if (files.has(target)) queue.push(target);
    }
  }
  return bad;
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
    const target = resolveImport(file, i.target);
    if (target === undefined) continue;
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
const SCRIPTS_DIR = resolve(SRC, SCRIPTS);
const sources = [...files(SRC), ...(existsSync(SCRIPTS_DIR) ? files(SCRIPTS_DIR) : [])].filter((f) =>
  /\.(ts|svelte)$/.test(f),
);
/** Every source text by its path from src/. */
const texts = new Map(sources.map((f) => [relative(SRC, f), readFileSync(f, 'utf8')]));

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
        .flatMap((f) => violations(f, texts.get(f)!));
      expect(bad).toEqual([]);
    });
    it(`${layer}/ reaches only what its rule allows, through re-exports and dynamic imports`, () => {
      expect(reachViolations(layer, texts)).toEqual([]);
    });
  }
  it('the pure layers never touch the DOM', () => {
    for (const f of sources.filter((x) => /^(problems|benefits|household|engine)\//.test(relative(SRC, x))))
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/\b(document|window|localStorage|navigator)\./);
  });
  it('src/models and src/presets hold data only', () => {
    for (const f of [...files(join(SRC, 'models')), ...files(join(SRC, 'presets'))]) expect(f).toMatch(/\.json$/);
  });
  it('no layer imports a layer that imports it back', () => {
    const edges = new Set<string>();
    for (const [f, text] of texts)
      for (const i of importsOf(text)) {
        const t = resolveImport(f, i.target);
        const [a, b] = [layerOf(f), t === undefined ? undefined : layerOf(t)];
        if (!i.typeOnly && a && b && a !== b) edges.add(`${a} ${b}`);
      }
    const cycles = [...edges].map((e) => e.split(' ')).filter(([a, b]) => a! < b! && edges.has(`${b} ${a}`));
    expect(cycles.map(([a, b]) => `${a} ⇄ ${b}`)).toEqual([]);
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
      "import { problem, type Problem } from '../formats/household.ts';",
      'worker/w.ts runs formats/household.ts',
    ],
  ])('refuses %s importing as in `%s`', (file, text, message) => expect(violations(file, text)).toEqual([message]));
  it.each([
    ['ui/x.svelte', "  import type { Evaluation } from '../engine/evaluate.ts';"],
    ['ui/x.svelte', "  import { type Evaluation, type Model } from '../engine/index.ts';"],
    ['engine/z.ts', "import { monthRights } from '../benefits/index.ts';"],
    ['charts/c.svelte', "  import ScrollRegion from '../ui/primitives/ScrollRegion.svelte';"],
  ])('accepts %s importing as in `%s`', (file, text) => expect(violations(file, text)).toEqual([]));

  // Files planted in memory: each obeys its own layer's direct rule, the chain does not.
  const planted = (files: Record<string, string>) => new Map(Object.entries(files));
  it('refuses a layer that reaches another through a re-export shim in a layer it may run', () => {
    const files = planted({
      'state/uses.ts': "import { write } from '../worker/shim.ts';",
      'worker/shim.ts': "export { modelToCsv as write } from '../engine/csv-model.ts';",
      'engine/csv-model.ts': "import { validateModel } from './validate-model.ts';",
    });
    expect([...files].flatMap(([f, text]) => violations(f, text))).toEqual([]);
    expect(reachViolations('state', files)).toEqual([
      'state reaches engine/csv-model.ts: state/uses.ts → worker/shim.ts → engine/csv-model.ts',
    ]);
    expect(
      reachViolations(
        'ui',
        planted({ 'ui/Panel.svelte': "  import '../state/uses.ts';", ...Object.fromEntries(files) }),
      ),
    ).toEqual([
      'ui reaches engine/csv-model.ts: ui/Panel.svelte → state/uses.ts → worker/shim.ts → engine/csv-model.ts',
    ]);
  });
  it('refuses a layer that reaches another through a dynamic import', () => {
    const files = planted({
      'state/lazy.ts': "export const engine = () => import('../worker/api.ts');",
      'worker/api.ts': "import { evaluate } from '../engine/index.ts';",
    });
    expect([...files].flatMap(([f, text]) => violations(f, text))).toEqual([]);
    expect(reachViolations('state', files)).toEqual([
      'state reaches engine/index.ts: state/lazy.ts → worker/api.ts → engine/index.ts',
    ]);
  });
  it('follows a barrel', () => {
    const files = planted({
      'charts/Bar.svelte': "  import { share } from '../i18n/index.ts';",
      'i18n/index.ts': "export * from './share.ts';",
      'i18n/share.ts': "export { evaluate as share } from '../engine/evaluate.ts';",
    });
    expect(reachViolations('charts', files)).toEqual([
      'charts reaches engine/evaluate.ts: charts/Bar.svelte → i18n/index.ts → i18n/share.ts → engine/evaluate.ts',
    ]);
  });
  it('lets the page reach the engine only through the door, and follows no type or asset URL', () => {
    const files = planted({
      'state/app.ts':
        "import { connect } from '../worker/client.ts';\nimport type { Model } from '../engine/types.ts';",
      'worker/client.ts': "import { inThread } from './backends.ts';\nimport url from './engine.worker.ts?worker&url';",
      'worker/backends.ts': "export const inThread = () => import('./api.ts');",
      'worker/api.ts': "import { evaluate } from '../engine/index.ts';",
      'worker/engine.worker.ts': "import { createApi } from './api.ts';",
    });
    expect(reachViolations('state', files)).toEqual([]);
    expect(reachViolations('worker', files)).toEqual([]);
  });
});

// Writes dist/embed.html: the page the "Intégrer" code frames. One file (it must run in a frame
// sandboxed without allow-same-origin, and from file://), built from its own entry
// (src/embedapp/main.ts) so that it carries only what the embed shows; standalone.html stays the
// whole app in one file.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { inlineHtml } from './vite-standalone.ts';
import { legalValues, namesUsed, prunedTexts } from './embed-prune.ts';

export const EMBED_ENTRY = './src/embedapp/main.ts';

/** The nested build's index.html loads the embed's entry instead of the app's. */
const embedEntry = (): Plugin => ({
  name: 'embed-entry',
  transformIndexHtml: {
    order: 'pre',
    handler: (html) => html.replace('./src/main.ts', EMBED_ENTRY),
  },
});

export function embed(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'embed',
    apply: (_, env) => env.command === 'build' && env.mode === 'production',
    configResolved: (c) => void (config = c),
    async closeBundle() {
      // Not the project's config file: its plugins (prerender, standalone, service worker) are
      // for the app; this build needs only Svelte, the entry swap and, second time, the texts kept.
      const once = async (extra: Plugin[]) => {
        const out = (await build({
          configFile: false,
          root: config.root,
          base: './',
          mode: 'embed',
          logLevel: 'warn',
          plugins: [svelte({ preprocess: vitePreprocess(), compilerOptions: { runes: true } }), embedEntry(), ...extra],
          build: {
            write: false,
            target: config.build.target,
            assetsInlineLimit: 0,
            cssCodeSplit: false,
            minify: extra.length > 1,
            rolldownOptions: { output: { codeSplitting: false } },
          },
        })) as Rollup.RollupOutput | Rollup.RollupOutput[];
        return (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
      };
      const files = await once([legalValues(), prunedTexts(namesUsed(await once([legalValues()])))]);
      const text = (f: Rollup.OutputChunk | Rollup.OutputAsset) =>
        f.type === 'chunk' ? f.code : typeof f.source === 'string' ? f.source : new TextDecoder().decode(f.source);
      const entry = files.find((f) => f.type === 'chunk' && f.isEntry);
      const html = files.find((f) => f.fileName === 'index.html');
      if (!entry || !html) throw new Error('embed: the nested build gave no entry or no index.html');
      const css = files.filter((f) => f.fileName.endsWith('.css')).map(text);
      // The engine runs in the page: no worker of any kind.
      const page = inlineHtml(text(html), text(entry), css.join('\n')).replace('worker-src blob:', "worker-src 'none'");
      writeFileSync(join(config.build.outDir, 'embed.html'), page);
    },
  };
}

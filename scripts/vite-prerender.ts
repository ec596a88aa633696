// Prerenders the default view into dist/index.html at build time: the server render of App with the
// default household already scored (same engine code as the worker, in Node), the state it was
// rendered from for the page to hydrate with, and a tiny inline script that hides the prerendered
// view before the first paint when this visit opens another one (a link, a saved household).

import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { STANDALONE_MODE } from './vite-standalone.ts';
import type { prerender as Prerender } from '../src/prerender/entry.ts';
import {
  BOOT_SLOW_ATTRIBUTE,
  BOOT_SLOW_MS,
  BOOTING_ATTRIBUTE,
  STALE_ATTRIBUTE,
  STATE_ELEMENT,
  WRONG_FILE_ATTRIBUTE,
} from '../src/prerender/constants.ts';
import { STORAGE_KEY } from '../src/state/remember.ts';
import { localMonth } from '../src/state/clock.ts';

/**
 * Runs before the first paint (it sits in <head>, allowed by its hash). The view was rendered for a
 * visit with no fragment, nothing saved and the build's month: anything else hides it until the
 * app has put this visit's household (and its score) in place; a refusal to read storage too.
 */
export function bootScript(month: string, preload: readonly string[] = []): string {
  // The page will score this visit's household in the page: its chunks (the scorer and what it imports;
  // Chromium preloads no dependency itself) start loading now, beside the main bundle.
  const fetch = preload.length
    ? `${JSON.stringify(preload)}.forEach(function(h){var l=document.createElement('link');` +
      `l.rel='modulepreload';l.href=h;document.head.appendChild(l)});`
    : '';
  return (
    `(function(){var s;try{var d=new Date();` +
    `s=location.hash.length>1||d.getFullYear()+'-'+('0'+(d.getMonth()+1)).slice(-2)!==${JSON.stringify(month)}` +
    `||localStorage.getItem(${JSON.stringify(STORAGE_KEY)})!==null}catch(e){s=true}` +
    `if(s){document.documentElement.setAttribute(${JSON.stringify(STALE_ATTRIBUTE)},'');${fetch}}` +
    // From file:// or an opaque origin (a frame sandboxed without allow-same-origin) no module script
    // loads: the page says which file is made for that instead of staying blank.
    `if(location.protocol==='file:'||(typeof origin==='string'&&origin==='null'))` +
    `document.documentElement.setAttribute(${JSON.stringify(WRONG_FILE_ATTRIBUTE)},'');` +
    // Elsewhere, if the app's code has not run after a while (a stalled download, a script error), a
    // note says so: the page is never blank, nor silently showing another household's score as this one's.
    `else{document.documentElement.setAttribute(${JSON.stringify(BOOTING_ATTRIBUTE)},'');` +
    `setTimeout(function(){var h=document.documentElement;` +
    `if(h.hasAttribute(${JSON.stringify(BOOTING_ATTRIBUTE)}))h.setAttribute(${JSON.stringify(BOOT_SLOW_ATTRIBUTE)},'')},` +
    `${BOOT_SLOW_MS})}})()`
  );
}

/** Puts the rendered view, its state and the boot script into the built index.html. */
export function prerenderHtml(
  html: string,
  r: { head: string; body: string; state: string },
  month: string,
  preload: readonly string[] = [],
): string {
  const boot = bootScript(month, preload);
  const hash = createHash('sha256').update(boot).digest('base64');
  const hide =
    `html[${STALE_ATTRIBUTE}] #app{visibility:hidden}` +
    // Hidden, the stale view still takes its height: with the note shown, it goes, and the note is in sight.
    `html[${BOOT_SLOW_ATTRIBUTE}][${STALE_ATTRIBUTE}] #app{display:none}` +
    `html[${BOOT_SLOW_ATTRIBUTE}] .boot-slow{display:block;max-width:40rem;margin:1rem auto;padding:.75rem 1rem;` +
    `border:2px solid #92400e;background:#fffbeb;color:#1f2937;font:1rem/1.5 system-ui,sans-serif}`;
  const out = html
    .replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`)
    .replace('</head>', () => `<style>${hide}</style>\n<script>${boot}</script>\n${r.head}</head>`)
    // The app's element holds only the <noscript> note: the view goes after it, then its state.
    .replace(
      /(<div id="app">)([\s\S]*?)(<\/div>)/,
      (_, open: string, inner: string, close: string) =>
        `${open}${inner.trim()}${r.body}<script type="application/json" id="${STATE_ELEMENT}">${r.state}</script>${close}`,
    );
  if (!out.includes(`id="${STATE_ELEMENT}"`)) throw new Error('prerender: no <div id="app"> in index.html');
  return out;
}

/**
 * For the server render: style sheets are the client build's (same class hashes), and the worker is
 * never started, so their imports resolve to empty modules.
 */
const serverStubs = (): Plugin => ({
  name: 'prerender-stubs',
  enforce: 'pre',
  resolveId: (id) => (/\.css$/.test(id) ? '\0stub:css' : /\?worker&url$/.test(id) ? '\0stub:url' : undefined),
  load: (id) => (id === '\0stub:css' ? 'export {}' : id === '\0stub:url' ? 'export default ""' : undefined),
});

/** The embed's default view as a still image, beside embed.html (docs/embed.md, "Hosts that strip scripts"). */
export const EMBED_IMAGE = 'embed-default.svg';

export function prerender(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let image: string | undefined;
  return {
    name: 'prerender',
    apply: (_, env) => env.command === 'build' && env.mode !== STANDALONE_MODE,
    configResolved: (c) => void ((root = c.root), (outDir = resolve(c.root, c.build.outDir))),
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        // The same Svelte options as the app, compiled for the server.
        const { module } = await runnerImport<{ prerender: typeof Prerender }>('/src/prerender/entry.ts', {
          configFile: false,
          root,
          logLevel: 'warn',
          plugins: [
            serverStubs(),
            svelte({ preprocess: vitePreprocess(), compilerOptions: { runes: true, css: 'external' }, emitCss: false }),
          ],
        });
        const month = localMonth();
        const rendered = module.prerender(month);
        image = rendered.image;
        // The in-page scorer's chunk, preloaded by the boot script when this visit is not the default view.
        const scorer = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/prerender/in-page.ts'),
        );
        const preload = scorer?.type === 'chunk' ? [scorer.fileName, ...scorer.imports].map((f) => `./${f}`) : [];
        return prerenderHtml(html, rendered, month, preload);
      },
    },
    // Written once the bundle is: made from the same prerendered default, no request, no browser.
    closeBundle() {
      if (image) writeFileSync(join(outDir, EMBED_IMAGE), image);
    },
  };
}

// Writes dist/standalone.html: the whole app in one file (a second build with no code splitting,
// its script and styles inlined), for file://, e-mail, a USB stick and sandboxed iframes.

import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin, type ResolvedConfig, type Rollup } from 'vite';

/** The mode of the nested build: main.ts reads it (import.meta.env.MODE) to run the engine in the page. */
export const STANDALONE_MODE = 'standalone';

const ICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E" +
  "%3Crect width='16' height='16' rx='3' fill='%231d4ed8'/%3E%3C/svg%3E";

/**
 * Inlines one script and the styles into the built index.html. The script is allowed by its hash,
 * never by 'unsafe-inline'; links that would fetch a file (icons, manifest) go, so the file makes
 * no request at all.
 */
export function inlineHtml(html: string, js: string, css: string): string {
  // `</script` would end the element early; `<\/script` means the same inside strings and regexes.
  const script = js.replace(/<\/(script)/gi, '<\\/$1');
  const hash = createHash('sha256').update(script).digest('base64');
  return (
    html
      .replace(/<script type="module"[^>]*><\/script>\s*/g, '')
      .replace(/<link rel="(modulepreload|stylesheet)"[^>]*>\s*/g, '')
      .replace(/<link rel="(apple-touch-icon|manifest)"[^>]*>\s*/g, '')
      .replace(/<link rel="icon"[^>]*>/, `<link rel="icon" href="${ICON}" type="image/svg+xml" />`)
      .replace("script-src 'self'", `script-src 'sha256-${hash}'`)
      // No service worker here: workers from blob: only (the engine, should it ever run in one).
      .replace("worker-src 'self' blob:", 'worker-src blob:')
      .replace('</head>', () => `<style>${css}</style>\n</head>`)
      .replace('</body>', () => `<script type="module">${script}</script>\n</body>`)
  );
}

export function standalone(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'standalone',
    apply: (_, env) => env.command === 'build' && env.mode !== STANDALONE_MODE,
    configResolved: (c) => void (config = c),
    async closeBundle() {
      const out = (await build({
        configFile: config.configFile,
        mode: STANDALONE_MODE,
        logLevel: 'warn',
        build: {
          write: false,
          emptyOutDir: false,
          cssCodeSplit: false,
          rolldownOptions: { output: { codeSplitting: false } },
        },
      })) as Rollup.RollupOutput | Rollup.RollupOutput[];
      const files = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
      const text = (f: Rollup.OutputChunk | Rollup.OutputAsset) =>
        f.type === 'chunk' ? f.code : typeof f.source === 'string' ? f.source : new TextDecoder().decode(f.source);
      const entry = files.find((f) => f.type === 'chunk' && f.isEntry);
      const html = files.find((f) => f.fileName === 'index.html');
      if (!entry || !html) throw new Error('standalone: the nested build gave no entry or no index.html');
      const css = files.filter((f) => f.fileName.endsWith('.css')).map(text);
      writeFileSync(join(config.build.outDir, 'standalone.html'), inlineHtml(text(html), text(entry), css.join('\n')));
    },
  };
}

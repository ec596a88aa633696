// scripts/vite-standalone.ts: the one-file page keeps its policy strict (its one script allowed by
// hash), cannot be cut short by a `</script>` inside the code, and links no file.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHtml } from '../../scripts/vite-standalone.ts';

const HTML = `<html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; worker-src 'self' blob:" />
<link rel="icon" href="/icon.svg" type="image/svg+xml" />
<link rel="apple-touch-icon" href="/icon-192.png" />
<link rel="manifest" href="/manifest.webmanifest" />
<script type="module" crossorigin src="./assets/index-x.js"></script>
<link rel="stylesheet" crossorigin href="./assets/index-x.css">
</head><body><div id="app"></div></body></html>`;

describe('inlineHtml', () => {
  const out = inlineHtml(HTML, 'const s = "</script><b>";', 'body{margin:0}');
  const script = /<script type="module">([\s\S]*?)<\/script>/.exec(out)![1]!;

  it('allows the inlined script by its sha-256, with no unsafe-inline and no service worker', () => {
    const hash = createHash('sha256').update(script).digest('base64');
    expect(out).toContain(`script-src 'sha256-${hash}'`);
    expect(out).not.toContain('unsafe-inline');
    expect(out).toContain('worker-src blob:"');
  });

  it('keeps a closing script tag inside the code from ending the element', () => {
    expect(script).toBe('const s = "<\\/script><b>";');
    expect(out.match(/<\/script>/g)).toHaveLength(1);
  });

  it('inlines the styles and links no file', () => {
    expect(out).toContain('<style>body{margin:0}</style>');
    expect(out).not.toMatch(/src="|href="(?!data:)/);
  });
});

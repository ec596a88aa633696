// The page's policy is written twice (the <meta> tag, and public/_headers for hosts that send
// headers); both must say the same, and let workers start only from a blob: URL (the engine) or the
// app's own origin (the service worker, sw.js).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values.join(' ')]),
  );

const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(read('index.html'))?.[1] ?? '';
const header = /^\s+Content-Security-Policy:\s*(.+)$/m.exec(read('public/_headers'))?.[1] ?? '';

describe('the content security policy', () => {
  it('is the same in index.html and in public/_headers, for every path', () => {
    expect(meta).not.toBe('');
    expect(directives(header)).toEqual(directives(meta));
    expect(read('public/_headers')).toMatch(/^\/\*\n {2}Content-Security-Policy:/m);
  });

  it('lets workers start from blob: URLs and the app’s own files only, and no connection at all', () => {
    const d = directives(meta);
    expect(d.get('worker-src')).toBe("'self' blob:");
    expect(d.get('connect-src')).toBe("'none'");
    expect(d.get('script-src')).toBe("'self'");
  });
});

// The prerendered page's parts that run outside the browser: the state codec, the insertion into
// index.html, and the boot script that hides a prerendered view this visit does not open.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../src/prerender/codec.ts';
import { bootScript, prerenderHtml } from '../../scripts/vite-prerender.ts';
import {
  BOOT_SLOW_ATTRIBUTE,
  BOOT_SLOW_MS,
  BOOTING_ATTRIBUTE,
  WRONG_FILE_ATTRIBUTE,
} from '../../src/prerender/constants.ts';

describe('encodeState / decodeState', () => {
  it('gives back typed arrays, NaN, infinities and -0, which plain JSON loses', () => {
    const value = {
      f: new Float64Array([1.5, NaN, -Infinity, -0]),
      i: new Int8Array([-1, 0, 1]),
      u: new Uint8Array([0, 255]),
      n: [Infinity, -0, NaN, 3],
      s: 'a </script> b',
    };
    const back = decodeState<typeof value>(encodeState(value));
    expect(back.f).toBeInstanceOf(Float64Array);
    expect(Array.from(back.f)).toEqual([1.5, NaN, -Infinity, -0]);
    expect(Object.is(back.f[3], -0)).toBe(true);
    expect(back.i).toBeInstanceOf(Int8Array);
    expect(Array.from(back.i)).toEqual([-1, 0, 1]);
    expect(back.u).toBeInstanceOf(Uint8Array);
    expect(back.n).toEqual([Infinity, -0, NaN, 3]);
    expect(Object.is(back.n[1], -0)).toBe(true);
    expect(back.s).toBe('a </script> b');
  });

  it('writes no `<`, so that the text cannot close the script element that holds it', () => {
    expect(encodeState({ s: '</script><script>alert(1)</script>' })).not.toContain('<');
  });

  it('leaves an object that only looks tagged as it is', () => {
    expect(decodeState(JSON.stringify({ $pr: 'Nope', v: [1] }))).toEqual({ $pr: 'Nope', v: [1] });
  });

  it('throws on text that is not JSON', () => {
    expect(() => decodeState('{')).toThrow();
  });
});

const HTML = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; connect-src 'none'" />
</head><body><div id="app">
  <noscript>JS</noscript>
</div></body></html>`;

describe('prerenderHtml', () => {
  const out = prerenderHtml(HTML, { head: '<meta name="x" />', body: '<p>1,1 %</p>', state: '{"a":1}' }, '2026-12');

  it('puts the view after the noscript note, then its state, inside the app element', () => {
    expect(out).toContain(
      '<div id="app"><noscript>JS</noscript><p>1,1 %</p><script type="application/json" id="prerendered-state">{"a":1}</script></div>',
    );
    expect(out).toContain('<meta name="x" /></head>');
  });

  it('allows the boot script by its hash, and nothing else inline', () => {
    const boot = /<script>([^<]*)<\/script>/.exec(out)![1]!;
    const hash = createHash('sha256').update(boot).digest('base64');
    expect(out).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(out).not.toContain('unsafe-inline');
  });

  it('refuses a page with no app element rather than writing an unrendered one', () => {
    expect(() =>
      prerenderHtml('<html><head></head><body></body></html>', { head: '', body: '', state: '' }, 'x'),
    ).toThrow(/app/);
  });
});

describe('bootScript', () => {
  /** Runs the script against a fake page; true when it marked the prerendered view as not this visit's. */
  function stale(opts: { hash?: string; now?: Date; saved?: string | null; storageThrows?: boolean }): boolean {
    const attrs = new Set<string>();
    const document = { documentElement: { setAttribute: (n: string) => attrs.add(n) } };
    const localStorage = {
      getItem: () => {
        if (opts.storageThrows) throw new Error('SecurityError');
        return opts.saved ?? null;
      },
    };
    const now = opts.now ?? new Date(2026, 11, 15);
    const FakeDate = function () {
      return now;
    } as unknown as DateConstructor;
    new Function('location', 'localStorage', 'document', 'Date', 'setTimeout', bootScript('2026-12'))(
      { hash: opts.hash ?? '' },
      localStorage,
      document,
      FakeDate,
      () => undefined,
    );
    return attrs.has('data-prerender-stale');
  }

  it('keeps the view for a visit with no fragment, nothing saved, in the build’s month', () => {
    expect(stale({})).toBe(false);
    expect(stale({ hash: '#' })).toBe(false);
  });

  it.each([
    ['a fragment', { hash: '#lang=en' }],
    ['another month', { now: new Date(2027, 0, 2) }],
    ['a saved household', { saved: '{"adults":[]}' }],
    ['storage that refuses to be read', { storageThrows: true }],
  ])('hides it for %s', (_, opts) => expect(stale(opts)).toBe(true));

  it('preloads the in-page scorer’s chunks only when the view is not this visit’s', () => {
    const run = (hash: string) => {
      const links: { rel: string; href: string }[] = [];
      const document = {
        documentElement: { setAttribute: () => undefined },
        createElement: () => ({ rel: '', href: '' }),
        head: { appendChild: (l: { rel: string; href: string }) => links.push(l) },
      };
      const script = bootScript('2026-12', ['./assets/in-page-a.js', './assets/engine-b.js']);
      new Function('location', 'localStorage', 'document', 'Date', 'setTimeout', script)(
        { hash },
        { getItem: () => null },
        document,
        function () {
          return new Date(2026, 11, 15);
        },
        () => undefined,
      );
      return links;
    };
    expect(run('')).toEqual([]);
    expect(run('#foyer=abc')).toEqual([
      { rel: 'modulepreload', href: './assets/in-page-a.js' },
      { rel: 'modulepreload', href: './assets/engine-b.js' },
    ]);
  });

  describe('when the app’s code does not run', () => {
    /** Runs the script with a timer held by the test; `run()` fires it after the app had `started` or not. */
    function boot(protocol: string) {
      const attrs = new Set<string>();
      const timers: { fn: () => void; ms: number }[] = [];
      const document = {
        documentElement: {
          setAttribute: (n: string) => attrs.add(n),
          hasAttribute: (n: string) => attrs.has(n),
        },
      };
      new Function('location', 'localStorage', 'document', 'Date', 'setTimeout', 'origin', bootScript('2026-12'))(
        { hash: '#foyer=abc', protocol },
        { getItem: () => null },
        document,
        function () {
          return new Date(2026, 11, 15);
        },
        (fn: () => void, ms: number) => timers.push({ fn, ms }),
        'http://127.0.0.1',
      );
      return { attrs, timers };
    }

    it('shows its note after BOOT_SLOW_MS when the app never took over', () => {
      const { attrs, timers } = boot('http:');
      expect(attrs.has(BOOTING_ATTRIBUTE)).toBe(true);
      expect(timers.map((t) => t.ms)).toEqual([BOOT_SLOW_MS]);
      timers[0]!.fn();
      expect(attrs.has(BOOT_SLOW_ATTRIBUTE)).toBe(true);
    });

    it('shows nothing once the app has removed the booting mark (src/main.ts)', () => {
      const { attrs, timers } = boot('https:');
      attrs.delete(BOOTING_ATTRIBUTE);
      timers[0]!.fn();
      expect(attrs.has(BOOT_SLOW_ATTRIBUTE)).toBe(false);
    });

    it('sets no timer from file://, where the wrong-file note already says why', () => {
      const { attrs, timers } = boot('file:');
      expect(timers).toEqual([]);
      expect(attrs.has(WRONG_FILE_ATTRIBUTE)).toBe(true);
      expect(attrs.has(BOOTING_ATTRIBUTE)).toBe(false);
    });
  });
});

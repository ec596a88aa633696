// embed/embed-code.ts: the iframe points at the embed view of the shared household, its title
// is escaped, and the host snippet resizes that iframe, and only from that iframe's messages.
import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT, embedCode, fullAppUrl } from '../../src/embed/embed-code.ts';

const APP = 'https://example.org/score-caf/?v=2#lang=en&old=1';
const iframeOf = (code: string) => code.split('\n')[0]!;
const attr = (html: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(html)?.[1];

/** Runs the host snippet against a fake page holding one iframe, as a browser would. */
function host(code: string) {
  const script = /<script>([\s\S]*)<\/script>/.exec(code)![1]!;
  const frame = { id: attr(iframeOf(code), 'id'), height: '600', contentWindow: {} };
  let listener: (e: { source: unknown; data: unknown }) => void = () => undefined;
  const addEventListener = (type: string, f: typeof listener) => {
    if (type === 'message') listener = f;
  };
  const document = { getElementById: (id: string) => (id === frame.id ? frame : null) };
  new Function('addEventListener', 'document', script)(addEventListener, document);
  return { frame, post: (source: unknown, data: unknown) => listener({ source, data }) };
}

describe('embedCode', () => {
  it('points the iframe at the embed view of the shared fragment, on the app’s address alone', () => {
    const code = iframeOf(embedCode(APP, '#lang=fr&foyer=abc', 'Le score CAF'));
    expect(attr(code, 'src')).toBe(
      `https://example.org/score-caf/embed.html?childId=${attr(code, 'id')}#lang=fr&amp;foyer=abc&amp;embed=1`,
    );
  });

  it('does not add embed=1 twice', () => {
    const src = attr(iframeOf(embedCode(APP, '#embed=1&lang=fr', 't')), 'src');
    expect(src).toMatch(/\/embed\.html\?childId=score-caf-\w+#embed=1&amp;lang=fr$/);
  });

  it('escapes the title so that it cannot close the attribute or open a tag', () => {
    const title = attr(iframeOf(embedCode(APP, '#a=1', 'Le "score" <CAF> & co')), 'title');
    expect(title).toBe('Le &quot;score&quot; &lt;CAF> &amp; co');
  });

  it('gives each household its own iframe id, the same on every build', () => {
    const a = attr(iframeOf(embedCode(APP, '#foyer=a', 't')), 'id');
    const b = attr(iframeOf(embedCode(APP, '#foyer=b', 't')), 'id');
    expect(a).toMatch(/^score-caf-[0-9a-z]+$/);
    expect(a).not.toBe(b);
    expect(attr(iframeOf(embedCode(APP, '#foyer=a', 'other title')), 'id')).toBe(a);
  });

  it('asks a sandboxing host for scripts and popups only, never allow-same-origin', () => {
    expect(attr(iframeOf(embedCode(APP, '#a=1', 't')), 'sandbox')).toBe(
      'allow-scripts allow-popups allow-popups-to-escape-sandbox',
    );
  });

  it('gives the iframe the compact view’s measured height for hosts that strip the script', () => {
    expect(attr(iframeOf(embedCode(APP, '#a=1', 't')), 'height')).toBe(String(EMBED_HEIGHT));
    expect(EMBED_HEIGHT).toBeGreaterThan(600);
  });

  it('sets the iframe height from its own height messages and ignores every other message', () => {
    const { frame, post } = host(embedCode(APP, '#foyer=a', 't'));
    post({}, { type: 'score-caf:height', height: 900 });
    expect(frame.height).toBe('600');
    post(frame.contentWindow, { type: 'something-else', height: 900 });
    expect(frame.height).toBe('600');
    post(frame.contentWindow, null);
    expect(frame.height).toBe('600');
    post(frame.contentWindow, { type: 'score-caf:height', height: 812 });
    expect(frame.height).toBe(812);
  });
});

describe('fullAppUrl', () => {
  it.each([
    [
      'https://x.org/a/standalone.html?childId=c1#lang=fr&embed=1&foyer=z',
      '#lang=fr&embed=1&foyer=z',
      'https://x.org/a/standalone.html#lang=fr&foyer=z',
    ],
    ['file:///clé/standalone.html#embed=1', '#embed=1', 'file:///clé/standalone.html'],
    ['https://x.org/#embed=10', '#embed=10', 'https://x.org/#embed=10'],
    // the embed's own page opens the full app beside it: the module build, or its one-file copy from disk
    ['https://x.org/a/embed.html?childId=c1#embed=1&foyer=z', '#embed=1&foyer=z', 'https://x.org/a/index.html#foyer=z'],
    ['file:///clé/embed.html?childId=c1#lang=en&embed=1', '#lang=en&embed=1', 'file:///clé/standalone.html#lang=en'],
  ])('opens %s without embed=1 nor the frame’s query', (href, fragment, expected) =>
    expect(fullAppUrl(href, fragment)).toBe(expected),
  );
});

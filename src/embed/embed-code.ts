// Builds the HTML a journalist pastes into an article: an iframe on the shared household, and an
// optional line that resizes it from the height messages; and the embed's link to the full app.
// Pure string building, tested in Node.

import { HEIGHT_MESSAGE } from './height.ts';

/**
 * The frame's page: the embed's own one-file build (only what the embed shows, under 80 KB gzip).
 * One file, so it also runs where the host sandboxes the frame without allow-same-origin (an
 * opaque origin, where module files are refused), and from file://.
 */
export const EMBED_PAGE = 'embed.html';

/** The full app beside it: the module build over http(s); from file://, where module scripts are refused, its one-file copy. */
const FULL_APP = { web: 'index.html', file: 'standalone.html' };

/**
 * The frame's height where the host's page drops the resizing script (many CMSs strip scripts from
 * an article's body): the compact view's measured height at 360 px wide, the tallest of the widths
 * an article column has, in French (test/e2e/embed.e2e.ts keeps the two together).
 */
export const EMBED_HEIGHT = 970;

/** What a sandboxing host must allow: scripts, and popups for the link to the full app. */
export const EMBED_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

const hashId = (s: string) =>
  'score-caf-' + Math.abs([...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7)).toString(36);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The frame's address: the one-file page beside the app, its id in the query as Pym's child reads it. */
export function embedSrc(appUrl: string, fragment: string): { src: string; id: string } {
  const page = new URL(EMBED_PAGE, appUrl.split('#')[0]).href;
  const parts = fragment.replace(/^#/, '').split('&').filter(Boolean);
  const frag = `#${(parts.includes('embed=1') ? parts : [...parts, 'embed=1']).join('&')}`;
  const id = hashId(page + frag);
  return { src: `${page}?childId=${id}${frag}`, id };
}

export function embedCode(appUrl: string, fragment: string, title: string): string {
  const { src, id } = embedSrc(appUrl, fragment);
  return [
    `<iframe id="${id}" src="${esc(src)}" title="${esc(title)}" style="width:100%;border:0" height="${EMBED_HEIGHT}"` +
      ` sandbox="${EMBED_SANDBOX}" loading="lazy" referrerpolicy="no-referrer"></iframe>`,
    `<script>addEventListener('message',function(e){var f=document.getElementById('${id}');` +
      `if(f&&e.source===f.contentWindow&&e.data&&e.data.type==='${HEIGHT_MESSAGE}')f.height=e.data.height})</script>`,
  ].join('\n');
}

/**
 * The full app on the same household: the same fragment without embed=1 (nor the frame's query),
 * on the same page, or from embed.html on the full app beside it.
 */
export function fullAppUrl(href: string, fragment: string): string {
  let page = href.split(/[?#]/)[0]!;
  if (page.endsWith(`/${EMBED_PAGE}`))
    page = page.slice(0, -EMBED_PAGE.length) + (page.startsWith('file:') ? FULL_APP.file : FULL_APP.web);
  const rest = fragment
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p && p !== 'embed=1');
  return rest.length ? `${page}#${rest.join('&')}` : page;
}

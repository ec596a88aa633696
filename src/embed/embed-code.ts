// Builds the HTML a journalist pastes into an article: an iframe on the shared household, and a
// few lines that resize it from the height messages. Pure string building, tested in Node.

import { HEIGHT_MESSAGE } from './height.ts';

export function embedCode(appUrl: string, fragment: string, title: string): string {
  const src = `${appUrl.split('#')[0]}${fragment.includes('embed=1') ? fragment : `${fragment}&embed=1`}`;
  const id = 'score-caf-' + Math.abs([...src].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7)).toString(36);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return [
    `<iframe id="${id}" src="${esc(src)}" title="${esc(title)}" style="width:100%;border:0" height="600"` +
      ` loading="lazy" referrerpolicy="no-referrer"></iframe>`,
    `<script>addEventListener('message',function(e){var f=document.getElementById('${id}');` +
      `if(f&&e.source===f.contentWindow&&e.data&&e.data.type==='${HEIGHT_MESSAGE}')f.height=e.data.height})</script>`,
  ].join('\n');
}

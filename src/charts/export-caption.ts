// What every exported chart carries inside its image, above the chart: its title, the model, the
// household's name if it has one, the day it was made and, when the weights are examples, the
// "pondérations fictives" line. Pure string building, so that a test reads the SVG text as written.

import { formatDate } from '../i18n/format.ts';
import { interpolate } from '../i18n/interpolate.ts';
import type { ExportContext } from '../ui/primitives/export-context.ts';

export type { ExportContext };

export interface CaptionLine {
  text: string;
  kind: 'title' | 'meta' | 'warning';
}

/** The caption's lines, title first. */
export function captionLines(title: string, c: ExportContext): CaptionLine[] {
  const { t, lang } = c;
  return [
    { text: title, kind: 'title' },
    { text: interpolate(t.exportModel, { model: c.model }, lang), kind: 'meta' },
    ...(c.household
      ? [{ text: interpolate(t.exportHousehold, { name: c.household }, lang), kind: 'meta' as const }]
      : []),
    { text: interpolate(t.exportDate, { date: formatDate(c.now(), lang) }, lang), kind: 'meta' },
    ...(c.placeholder ? [{ text: t.exportPlaceholder, kind: 'warning' as const }] : []),
  ];
}

const LINE = 18;
const PAD = 10;
const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const STYLE: Record<CaptionLine['kind'], string> = {
  title: 'font-size="15" font-weight="700" fill="#1a1a1a"',
  meta: 'font-size="12" fill="#444444"',
  warning: 'font-size="12" font-weight="700" fill="#8a3b00"',
};

/**
 * One SVG document: the caption's lines on white, then the chart's drawing (`body`, SVG markup of
 * `width` × `height`) below them. Returns the text and the whole image's size.
 */
export function composeSvg(
  body: string,
  width: number,
  height: number,
  lines: readonly CaptionLine[],
): { svg: string; width: number; height: number } {
  const head = lines.length ? PAD * 2 + LINE * lines.length : 0;
  const total = height + head;
  const w = Math.max(width, 1);
  const texts = lines
    .map(
      (l, i) =>
        `<text x="${PAD}" y="${PAD + LINE * i + LINE / 2}" dominant-baseline="central" ` +
        `font-family="system-ui, sans-serif" ${STYLE[l.kind]}>${escape(l.text)}</text>`,
    )
    .join('');
  const title = lines[0] ? `<title>${escape(lines[0].text)}</title>` : '';
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${total}" viewBox="0 0 ${w} ${total}">` +
    `${title}<rect width="${w}" height="${total}" fill="#ffffff"/>${texts}` +
    `<g transform="translate(0,${head})">${body}</g></svg>\n`;
  return { svg, width: w, height: total };
}

// The embed's default view as one SVG image, made at build from the prerendered default household:
// for hosts that strip scripts and frames (AMP without amp-iframe, RSS readers, newsletters). Pure
// string building, no font and no request: system fonts, text wrapped by an estimate of its width.

import type { Way } from './reasons.ts';

export interface EmbedImage {
  lang: string;
  /** The app's title, then the score panel's heading (score and model). */
  title: string;
  heading: string;
  /** The headline as the embed shows it (the range over the free weights, or the one score) and the line under it. */
  score: string;
  under: string;
  /** The provenance banner: the score panel's own words on where the weights come from. */
  banner: string;
  reasonsTitle: string;
  reasons: { way: Way; label: string; says: string }[];
  /** What the image is (the default household, the build's month) and where the live simulator is. */
  note: string;
}

export const IMAGE_WIDTH = 600;
const PAD = 20;
const MARK: Record<Way, { char: string; color: string }> = {
  up: { char: '▲', color: '#b3261e' },
  down: { char: '▼', color: '#1b6e3a' },
  either: { char: '◆', color: '#4a4a4a' },
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Splits `text` into lines of at most `width` px, a character taken as `em` × `size` wide (a sans serif's mean). */
export function wrap(text: string, width: number, size: number, em = 0.56): string[] {
  const max = Math.max(8, Math.floor(width / (size * em)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The SVG document: 600 px wide, as tall as its text. */
export function embedImageSvg(d: EmbedImage): string {
  const inner = IMAGE_WIDTH - 2 * PAD;
  const out: string[] = [];
  let y = PAD;
  const text = (
    lines: string[],
    size: number,
    opts: { weight?: number; color?: string; x?: number; gap?: number } = {},
  ) => {
    const lh = Math.round(size * 1.35);
    for (const l of lines) {
      y += lh;
      out.push(
        `<text x="${opts.x ?? PAD}" y="${y - Math.round(size * 0.3)}" font-size="${size}"` +
          `${opts.weight ? ` font-weight="${opts.weight}"` : ''}${opts.color ? ` fill="${opts.color}"` : ''}>${esc(l)}</text>`,
      );
    }
    y += opts.gap ?? 0;
  };
  text(wrap(d.title, inner, 18, 0.62), 18, { weight: 700, gap: 10 });
  const cardTop = y;
  const body: string[] = [];
  y += 10;
  const mark = out.length;
  text(wrap(d.heading, inner - 24, 15, 0.62), 15, { weight: 700, x: PAD + 12, gap: 4 });
  text([d.score], 34, { weight: 700, x: PAD + 12 });
  text(wrap(d.under, inner - 24, 14), 14, { color: '#4a4a4a', x: PAD + 12, gap: 8 });
  const bannerTop = y;
  const bannerLines = wrap(d.banner, inner - 44, 14, 0.58);
  y += 6;
  text(bannerLines, 14, { weight: 600, color: '#5c3b00', x: PAD + 24, gap: 6 });
  body.push(
    `<rect x="${PAD + 12}" y="${bannerTop}" width="${inner - 24}" height="${y - bannerTop}" fill="#fff4d6"/>`,
    `<rect x="${PAD + 12}" y="${bannerTop}" width="4" height="${y - bannerTop}" fill="#a86b00"/>`,
  );
  y += 10;
  const card = `<rect x="${PAD}" y="${cardTop}" width="${inner}" height="${y - cardTop}" rx="8" fill="#f4f4f1"/>`;
  out.splice(mark, 0, card, ...body);
  y += 8;
  text([d.reasonsTitle], 16, { weight: 700, gap: 2 });
  for (const r of d.reasons) {
    const lines = wrap(`${r.label} ${r.says}`, inner - 22, 14);
    out.push(
      `<text x="${PAD}" y="${y + Math.round(14 * 1.35) - 4}" font-size="13" fill="${MARK[r.way].color}">${MARK[r.way].char}</text>`,
    );
    text(lines, 14, { x: PAD + 20, gap: 2 });
  }
  y += 10;
  text(wrap(d.note, inner, 13), 13, { color: '#4a4a4a' });
  y += PAD;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${y}" viewBox="0 0 ${IMAGE_WIDTH} ${y}"` +
    ` role="img" lang="${esc(d.lang)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif" fill="#1a1a1a">\n` +
    `<title>${esc(`${d.title} — ${d.heading} : ${d.score}`)}</title>\n` +
    `<desc>${esc([d.under, d.banner, d.reasonsTitle, ...d.reasons.map((r) => `${r.label} ${r.says}`), d.note].join(' '))}</desc>\n` +
    `<rect width="100%" height="100%" fill="#ffffff"/>\n${out.join('\n')}\n</svg>\n`
  );
}

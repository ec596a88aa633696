// Any chart of the page as one self-contained SVG file, and as a PNG drawn from it, with no request:
// the chart's boxes, texts and inner SVGs are redrawn where the page lays them out, each with its
// computed colours and fonts written in, so the file looks the same outside the page's stylesheet.

import { composeSvg, type CaptionLine } from './export-caption.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The SVG properties copied from the page's stylesheet onto each cloned SVG element. */
const SVG_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
];
/** Controls are the page's, not the chart's. */
const SKIP = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'SCRIPT', 'STYLE', 'TEMPLATE']);

const transparent = (c: string) => c === 'transparent' || /^rgba\(.*,\s*0\)$/.test(c);
const px = (v: string) => Number.parseFloat(v) || 0;
const round = (v: number) => Math.round(v * 100) / 100;

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

/**
 * The chart rooted at `root` as an SVG document (text): its caption's lines above it (export-caption.ts),
 * then the chart at its size on screen.
 */
export function chartToSvg(root: Element, caption: readonly CaptionLine[] = []): ChartSvg {
  const box = root.getBoundingClientRect();
  const width = Math.ceil(box.width);
  const height = Math.ceil(box.height);
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const out = doc.documentElement;
  const attrs = (el: Element, a: Record<string, string | number>) => {
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, `${v}`);
    return el;
  };
  attrs(out, { width, height, viewBox: `0 0 ${width} ${height}` });
  const paper = getComputedStyle(document.body).backgroundColor;
  out.appendChild(
    attrs(doc.createElementNS(SVG_NS, 'rect'), {
      width,
      height,
      fill: transparent(paper) ? '#ffffff' : paper,
    }),
  );
  const at = (r: DOMRect) => ({ x: round(r.left - box.left), y: round(r.top - box.top) });

  const rect = (r: DOMRect, style: Record<string, string | number>) => {
    if (r.width <= 0 || r.height <= 0) return;
    out.appendChild(
      attrs(doc.createElementNS(SVG_NS, 'rect'), {
        ...at(r),
        width: round(r.width),
        height: round(r.height),
        ...style,
      }),
    );
  };

  const boxOf = (el: Element, r: DOMRect, cs: CSSStyleDeclaration) => {
    const bg = cs.backgroundColor;
    const radius = Math.min(px(cs.borderTopLeftRadius), r.width / 2, r.height / 2);
    const style: Record<string, string | number> = { fill: bg };
    if (radius) style.rx = round(radius);
    if (cs.opacity !== '1') style.opacity = cs.opacity;
    if (!transparent(bg)) rect(r, style);
    // Each border as a thin bar: charts use them as rules and axis lines, rarely as frames.
    const sides = [
      ['Top', (w: number) => new DOMRect(r.left, r.top, r.width, w)],
      ['Bottom', (w: number) => new DOMRect(r.left, r.bottom - w, r.width, w)],
      ['Left', (w: number) => new DOMRect(r.left, r.top, w, r.height)],
      ['Right', (w: number) => new DOMRect(r.right - w, r.top, w, r.height)],
    ] as const;
    for (const [side, bar] of sides) {
      const w = px(cs.getPropertyValue(`border-${side.toLowerCase()}-width`));
      const style = cs.getPropertyValue(`border-${side.toLowerCase()}-style`);
      const color = cs.getPropertyValue(`border-${side.toLowerCase()}-color`);
      if (w > 0 && style !== 'none' && style !== 'hidden' && !transparent(color))
        rect(bar(w), { fill: color, ...(style === 'dotted' || style === 'dashed' ? { 'fill-opacity': 0.6 } : {}) });
    }
    pseudo(el, r, '::before');
    pseudo(el, r, '::after');
  };

  // A decoration drawn by CSS alone (an axis line, a mark): placed from its resolved offsets.
  const pseudo = (el: Element, r: DOMRect, which: '::before' | '::after') => {
    const cs = getComputedStyle(el, which);
    if (cs.content === 'none' || cs.content === 'normal' || cs.position !== 'absolute') return;
    const left = px(cs.left);
    const top = px(cs.top);
    const w = cs.width === 'auto' ? r.width - left - px(cs.right) : px(cs.width);
    const h = cs.height === 'auto' ? r.height - top - px(cs.bottom) : px(cs.height);
    const inner = new DOMRect(r.left + left, r.top + top, Math.max(w, 0), Math.max(h, 0));
    if (!transparent(cs.backgroundColor)) rect(inner, { fill: cs.backgroundColor });
    const bl = px(cs.borderLeftWidth);
    if (bl > 0 && cs.borderLeftStyle !== 'none')
      rect(new DOMRect(inner.left, inner.top, bl, inner.height), { fill: cs.borderLeftColor });
    const bt = px(cs.borderTopWidth);
    if (bt > 0 && cs.borderTopStyle !== 'none')
      rect(new DOMRect(inner.left, inner.top, inner.width, bt), { fill: cs.borderTopColor });
  };

  /** One text node, line by line as the page wrapped it. */
  const text = (node: Text, cs: CSSStyleDeclaration) => {
    const content = node.data;
    if (!content.trim()) return;
    const range = document.createRange();
    const words = [...content.matchAll(/\S+/g)];
    const lines: { r: DOMRect; text: string }[] = [];
    for (const w of words) {
      range.setStart(node, w.index);
      range.setEnd(node, w.index + w[0].length);
      const r = range.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const last = lines[lines.length - 1];
      if (last && Math.abs(last.r.top - r.top) < r.height / 2) {
        last.text += ` ${w[0]}`;
        last.r = new DOMRect(last.r.left, last.r.top, r.right - last.r.left, last.r.height);
      } else lines.push({ r, text: w[0] });
    }
    for (const line of lines) {
      const t = attrs(doc.createElementNS(SVG_NS, 'text'), {
        x: at(line.r).x,
        y: round(at(line.r).y + line.r.height / 2),
        'dominant-baseline': 'central',
        'font-family': cs.fontFamily,
        'font-size': cs.fontSize,
        'font-weight': cs.fontWeight,
        'font-style': cs.fontStyle,
        fill: cs.color,
      });
      t.textContent = line.text;
      out.appendChild(t);
    }
  };

  /** A clone of an inline SVG with its computed presentation written in, at its place. */
  const inlineSvg = (svg: SVGSVGElement) => {
    const r = svg.getBoundingClientRect();
    const clone = svg.cloneNode(true) as SVGSVGElement;
    const from = [svg, ...svg.querySelectorAll('*')];
    const to = [clone, ...clone.querySelectorAll('*')];
    from.forEach((el, i) => {
      const cs = getComputedStyle(el);
      const target = to[i]!;
      target.removeAttribute('class');
      if (cs.display === 'none') return void target.setAttribute('display', 'none');
      target.setAttribute('style', SVG_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';'));
    });
    clone.removeAttribute('aria-hidden');
    attrs(clone, { ...at(r), width: round(r.width), height: round(r.height), overflow: 'visible' });
    out.appendChild(doc.importNode(clone, true));
  };

  const walk = (node: Node, cs: CSSStyleDeclaration) => {
    if (node.nodeType === Node.TEXT_NODE) return text(node as Text, cs);
    if (!(node instanceof Element) || SKIP.has(node.tagName)) return;
    if (node instanceof SVGSVGElement) return inlineSvg(node);
    const own = getComputedStyle(node);
    if (own.display === 'none' || own.visibility === 'hidden') return;
    const r = node.getBoundingClientRect();
    // Visually hidden copies (screen-reader captions) are clipped to a pixel: not part of the picture.
    if (r.width <= 1 && r.height <= 1 && own.position === 'absolute') return;
    boxOf(node, r, own);
    for (const child of node.childNodes) walk(child, own);
  };
  if (root instanceof SVGSVGElement) inlineSvg(root);
  else {
    const cs = getComputedStyle(root);
    boxOf(root, box, cs);
    for (const child of root.childNodes) walk(child, cs);
  }
  const serializer = new XMLSerializer();
  const body = [...out.childNodes].map((n) => serializer.serializeToString(n)).join('');
  return composeSvg(body, width, height, caption);
}

/**
 * The SVG drawn on a canvas at `scale` × its size, as PNG. The image is a data: URL, which the
 * page's CSP allows for images (img-src 'self' data:); an SVG without foreign content leaves the canvas readable.
 */
export async function svgToPng({ svg, width, height }: ChartSvg, scale = 2): Promise<Blob> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('png'))), 'image/png'),
  );
}

// The chart kit (src/charts/kit) and two panels' charts rendered by Svelte's server renderer on fixed,
// hand-written data, each diffed against a committed snapshot file (test/unit/__snapshots__/chart-kit/).
// A snapshot only says that the drawing did not change; beside each, one geometric fact worked out by
// hand from the data says that it is right.
import { createRawSnippet, type Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { linearScale } from '../../src/charts/scales.ts';
import { axisTicks, plotBox, rangeBar } from '../../src/charts/kit/geometry.ts';
import Frame from '../../src/charts/kit/Frame.svelte';
import Axis from '../../src/charts/kit/Axis.svelte';
import Line from '../../src/charts/kit/Line.svelte';
import Band from '../../src/charts/kit/Band.svelte';
import RangeBar from '../../src/charts/kit/RangeBar.svelte';
import Sweep from '../../src/charts/Sweep.svg.svelte';
import SweepBand from '../../src/charts/SweepBand.svg.svelte';
import TermRanges from '../../src/charts/TermRanges.svelte';
import Distribution from '../../src/charts/Distribution.svg.svelte';
import { frPopulation } from '../../src/i18n/texts/population.ts';
import DeckAxis from '../../src/ui/panels/DeckAxis.svelte';
import WithApp from './with-app.svelte';
import type { AppState } from '../../src/state/app.svelte.ts';
import { DICTS } from '../../src/i18n/index.ts';
import type { Model } from '../../src/engine/types.ts';

const SNAP = './__snapshots__/chart-kit';

/** The component's markup, without Svelte's hydration comments (they say nothing of the picture). */
function draw<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
  return render(component as Component<Record<string, unknown>>, { props }).body.replace(/<!--[^>]*-->/g, '');
}

/** An SVG part (a path, a group) inside an SVG root, so that its snapshot file opens as an image. */
const svgFile = (body: string, w = 200, h = 100) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${body}</svg>\n`;

/** The numbers of attribute `name` on every element `tag` of `html`. */
const attrs = (html: string, tag: string, name: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`, 'g'))].map((m) => Number(m[1]));
/** The percentages of CSS property `prop` in inline styles of `html`. */
const percents = (html: string, prop: string) =>
  [...html.matchAll(new RegExp(`${prop}: ([-\\d.e]+)%`, 'g'))].map((m) => Number(m[1]));

describe('the kit geometry', () => {
  it('places a range bar from 0.2 to 0.6 on a 0–1 scale 200 px wide at x = 40, 80 wide', () => {
    expect(rangeBar(linearScale([0, 1], [0, 200]), 0.2, 0.6)).toEqual({ x: 40, width: 80 });
    // reversed ends, and a point widened to its minimum
    expect(rangeBar(linearScale([0, 1], [0, 200]), 0.6, 0.2)).toEqual({ x: 40, width: 80 });
    expect(rangeBar(linearScale([0, 1], [0, 200]), 0.5, 0.5, 1.5)).toEqual({ x: 100, width: 1.5 });
  });

  it('leaves the plot inside the margins, and keeps a width for a chart measured at 0 px', () => {
    const box = plotBox(300, 180, { top: 10, right: 12, bottom: 34, left: 48 });
    expect([box.x, box.y]).toEqual([
      [48, 288],
      [146, 10],
    ]);
    expect(plotBox(0, 180, { top: 10, right: 12, bottom: 34, left: 48 }).x).toEqual([48, 58]);
  });

  it('anchors the end labels inside the chart when asked', () => {
    const ticks = axisTicks(linearScale([0, 1000], [0, 100]), { values: [0, 500, 1000], format: String, inside: true });
    expect(ticks.map((t) => [t.at, t.label, t.anchor])).toEqual([
      [0, '0', 'start'],
      [50, '500', 'middle'],
      [100, '1000', 'end'],
    ]);
  });
});

describe('the kit components, server-rendered', () => {
  it('Frame: an SVG of the given size named by its title and described by its desc', async () => {
    const children = createRawSnippet(() => ({ render: () => '<rect width="10" height="10"></rect>' }));
    const html = draw(Frame, { width: 200, height: 100, title: 'Score', desc: 'Une courbe', children });
    await expect(html + '\n').toMatchFileSnapshot(`${SNAP}/frame.svg`);
    expect(attrs(html, 'svg', 'width')).toEqual([200]);
    const titleId = /<title id="([^"]+)"/.exec(html)![1];
    expect(html).toContain(`aria-labelledby="${titleId}"`);
    expect(html).toMatch(/role="img"/);
    // with no title the SVG is left to its parent (hidden beside its table): no role
    expect(draw(Frame, { width: 200, height: 100, children })).not.toMatch(/role=/);
  });

  it('Axis: a left axis puts the 10 % tick of a 0–20 % scale on 146…10 px half way, at y = 78', async () => {
    const y = linearScale([0, 0.2], [146, 10]);
    const ticks = axisTicks(y, { count: 4, format: (v) => `${Math.round(v * 100)} %` });
    const html = draw(Axis, { ticks, side: 'left', at: 48, gap: 6, grid: [48, 288] });
    await expect(svgFile(html, 300, 180)).toMatchFileSnapshot(`${SNAP}/axis-left.svg`);
    expect(html).toMatch(/translate\(0,78\)"><line x1="48" x2="288"[^>]*><\/line><text x="42"[^>]*>10 %<\/text>/);
    expect(html.match(/<text/g)).toHaveLength(5); // 0, 5, 10, 15, 20 %
  });

  it('Axis: a bottom axis writes its labels 16 px under the plot, at their ticks', async () => {
    const x = linearScale([0, 2000], [48, 288]);
    const ticks = axisTicks(x, { count: 2, format: String });
    const html = draw(Axis, { ticks, side: 'bottom', at: 146, gap: 16 });
    await expect(svgFile(html, 300, 180)).toMatchFileSnapshot(`${SNAP}/axis-bottom.svg`);
    expect(attrs(html, 'text', 'x')).toEqual([48, 168, 288]); // 0, 1000, 2000 €
    expect(attrs(html, 'text', 'y')).toEqual([162, 162, 162]);
  });

  it('Line: a straight line from (0, 0) to (100, 1) on a 200 × 100 box runs corner to corner', async () => {
    const x = linearScale([0, 100], [0, 200]);
    const y = linearScale([0, 1], [100, 0]);
    const html = draw(Line, { x, y, xs: [0, 50, 100], ys: [0, 0.5, 1] });
    await expect(svgFile(html)).toMatchFileSnapshot(`${SNAP}/line.svg`);
    expect(html).toContain('d="M0,100L100,50L200,0"');
  });

  it('Band: the band from 0 to 1 over the whole x range fills the box', async () => {
    const x = linearScale([0, 100], [0, 200]);
    const y = linearScale([0, 1], [100, 0]);
    const html = draw(Band, { x, y, xs: [0, 100], lo: [0, 0], hi: [1, 1] });
    await expect(svgFile(html)).toMatchFileSnapshot(`${SNAP}/band.svg`);
    expect(html).toContain('d="M0,0L200,0L200,100L0,100Z"');
    expect(draw(Band, { x, y, xs: [], lo: [], hi: [] })).not.toContain('<path');
  });

  it('RangeBar: 0.2 to 0.6 on 0–1 starts at 20 % of its rail and is 40 % wide; the cut at 0.75 is at 75 %', async () => {
    const html = draw(RangeBar, { lo: 0.2, hi: 0.6, cut: 0.75 });
    await expect(html + '\n').toMatchFileSnapshot(`${SNAP}/range-bar.html`);
    expect(percents(html, 'left')).toEqual([75, 20]);
    expect(percents(html, 'width')).toEqual([40]);
  });

  it('RangeBar (line): −1 to 0.5 log-odds on ±1 spans 0 %–75 %, its median 0.25 marked at 62.5 %', async () => {
    const html = draw(RangeBar, { lo: -1, hi: 0.5, mark: 0.25, domain: [-1, 1], variant: 'line' });
    await expect(html + '\n').toMatchFileSnapshot(`${SNAP}/range-bar-line.html`);
    expect(percents(html, 'left')).toEqual([0, 62.5]);
    expect(percents(html, 'width')).toEqual([75]);
    // a fixed effect (no width) is its mark alone
    expect(draw(RangeBar, { lo: 0.5, hi: 0.5, mark: 0.5, domain: [-1, 1], variant: 'line' })).not.toContain('span"');
  });
});

describe('panel charts on the kit, server-rendered', () => {
  const t = DICTS.fr;

  it('the earnings curve marks the household at 1,000 € and 20 % where the scales put them', async () => {
    const sweep = {
      variable: 'earnings' as const,
      x: [0, 1000, 2000],
      score: [0.1, 0.2, 0.3],
      primeActivite: [200, 150, 0],
      rsa: [600, 100, 0],
      here: { x: 1000, score: 0.2, primeActivite: 150, rsa: 100 },
    };
    const html = draw(Sweep, { sweep, t, lang: 'fr', showTable: false });
    await expect(html + '\n').toMatchFileSnapshot(`${SNAP}/sweep.html`);
    // 300 px measured, margins 48 | 12: 0–2000 € on 48–288 px, so 1,000 € at 168 px. Scores up to
    // 0.3 × 1.1 = 0.33, rounded up to 0.35, on 146–10 px: 0.2 at 146 − 136 × 0.2 / 0.35 = 68.29 px.
    expect(attrs(html, 'circle', 'cx')).toEqual([168]);
    expect(attrs(html, 'circle', 'cy')[0]).toBeCloseTo(68.29, 2);
  });

  it('a small multiple marks the household at 250 on a 0–1000 field between x = 46 and 210: x = 87', async () => {
    const sweep = {
      field: 'adults[0].earnings',
      x: [0, 500, 1000],
      q05: [0.05, 0.1, 0.15],
      q50: [0.1, 0.15, 0.2],
      q95: [0.2, 0.25, 0.3],
      example: [0.1, 0.2, 0.25],
      n: 200,
    };
    const html = draw(SweepBand, { sweep, title: 'Revenus', top: 0.5, now: 250, amount: true, lang: 'fr' });
    await expect(html + '\n').toMatchFileSnapshot(`${SNAP}/sweep-band.svg`);
    expect(attrs(html, 'line', 'x1').at(-1)).toBe(87);
    expect(html).toContain('viewBox="0 0 220 130"');
    expect(html).toMatch(/<title[^>]*>Revenus<\/title>/);
  });

  it('the terms’ ranges draw −1 to 0.5 log-odds on ±1 from 0 % to 75 % of the cell, the median at 62.5 %', async () => {
    const model = {
      variables: [
        { id: 'a', type: 'boolean', label: { fr: 'Variable A', en: 'Variable A' } },
        { id: 'b', type: 'boolean', label: { fr: 'Variable B', en: 'Variable B' } },
      ],
    } as unknown as Model;
    const effects = {
      source: 'calibrated' as const,
      up: [],
      down: [{ variable: 'a', way: 'down' as const, lo: -1, hi: 0.5, mid: 0.25, example: 0, fixed: false }],
      either: [{ variable: 'b', way: 'either' as const, lo: -0.5, hi: 0.5, example: 0, fixed: false }],
      eitherTotal: { lo: -0.5, hi: 0.5, mid: 0 },
    };
    const html = draw(TermRanges, { effects, model, t, lang: 'fr' });
    await expect(html + '\n').toMatchFileSnapshot(`${SNAP}/term-ranges.html`);
    const row = /<tr class="known[^"]*" data-variable="a"[\s\S]*?<\/tr>/.exec(html)![0];
    expect(percents(row, 'left')).toEqual([0, 62.5]);
    expect(percents(row, 'width')).toEqual([75]);
    // the folded row: −0.5 to 0.5 is 25 % to 75 %, its median 0 in the middle
    const folded = /data-testid="free-row"[\s\S]*?<\/tr>/.exec(html)![0];
    expect(percents(folded, 'left')).toEqual([25, 50]);
  });
});

describe('the population histogram on the kit, server-rendered', () => {
  it('draws 400 households of a 0–0.4 score axis to the top of the plot, the threshold 0.2 half way at x = 185', async () => {
    const histogram = { edges: [0, 0.1, 0.2, 0.3, 0.4], households: [100, 400, 250, 50] };
    const html = draw(Distribution, { histogram, household: 0.05, threshold: 0.2, t: frPopulation, lang: 'fr' });
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)![0].replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
    await expect(svg + '\n').toMatchFileSnapshot(`${SNAP}/distribution.svg`);
    // 320 px before measuring, margins 64 | 14: scores 0–0.4 on 64–306 px, so 0.2 at 185 px. Households
    // 0–400 on 164–22 px (200 − 36 at the bottom, 22 at the top): the 400 bar from y = 22, 142 high.
    expect(svg).toMatch(/<line x1="185" x2="185" y1="8" y2="164" class="cut/);
    expect(attrs(svg, 'rect', 'y')[1]).toBe(22);
    expect(attrs(svg, 'rect', 'height')[1]).toBe(142);
    // the grid line of 200 households half way up, at y = 93, labelled "200" 6 px left of the plot
    expect(svg).toMatch(/translate\(0,93\)"><line x1="64" x2="306"[^>]*><\/line><text x="58"[^>]*>200<\/text>/);
    // the score labels 16 px under the plot (y = 180), "20,0 %" under the threshold
    expect(svg).toMatch(/<text x="185" y="180" text-anchor="middle"[^>]*>20,0\s%<\/text>/);
  });
});

describe('the deck’s rank axis on the kit, server-rendered', () => {
  it('labels 0 %, 50 % and 100 % of the households at 0, 50 and 100 % of its column, the ends inside it', async () => {
    const headline = { rank: { low: 0.2, median: 0.4, high: 0.6, min: 0, max: 1 }, controlledShare: 0.1 };
    const props = { names: ['Léa'], head: () => headline, state: 'done', why: '', testid: 'deck-pins' };
    const app = { t: DICTS.fr, lang: 'fr' } as unknown as AppState;
    const html = draw(WithApp, { app, component: DeckAxis, props } as never);
    await expect(html + '\n').toMatchFileSnapshot(`${SNAP}/deck-axis.html`);
    const labels = [...html.matchAll(/<text x="([\d.]+)%" y="80%" text-anchor="(\w+)"[^>]*>([^<]*)<\/text>/g)];
    expect(labels.map((m) => [Number(m[1]), m[2], m[3]!.replace(/\s/g, ' ')])).toEqual([
      [0, 'start', '0,0 %'],
      [25, 'middle', '25,0 %'],
      [50, 'middle', '50,0 %'],
      [75, 'middle', '75,0 %'],
      [100, 'end', '100,0 %'],
    ]);
    // the household ranked 20 % to 60 % starts at 20 % of the same column; the cut of the 166,000
    // controlled among 13.8 million is at 1 − 166,000 / 13,800,000 = 98.797 %
    expect(html).toMatch(/class="span[^"]*" style="left:20%;width:calc\(60% - 20% \+ 4px\)"/);
    expect(percents(html.replace(/left:/g, 'left: '), 'left')[0]).toBeCloseTo(98.797, 3);
  });
});

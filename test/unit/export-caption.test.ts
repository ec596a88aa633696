// Every exported chart carries its caption inside the image: title, model, household, date (from
// the clock given), and the "pondérations fictives" line when the weights are made up.
import { describe, expect, it } from 'vitest';
import { captionLines, composeSvg, type ExportContext } from '../../src/charts/export-caption.ts';
import { DICTS } from '../../src/i18n/index.ts';

const day = new Date(2026, 11, 3, 15, 0);
const context = (o: Partial<ExportContext> = {}): ExportContext => ({
  model: 'DMDE 2026, modèle 1',
  placeholder: true,
  now: () => day,
  t: DICTS.fr,
  lang: 'fr',
  ...o,
});
const body = '<rect x="0" y="0" width="300" height="120" fill="#eee"/>';
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('the caption of an exported chart', () => {
  it('writes the title, the model, the household, the date and the made-up weights line, in French', () => {
    const lines = captionLines('Score selon les revenus', context({ household: 'Amina & fils' }));
    const { svg, width, height } = composeSvg(body, 300, 120, lines);
    expect(texts(svg)).toEqual([
      'Score selon les revenus',
      'Modèle : DMDE 2026, modèle 1',
      'Foyer : Amina &amp; fils',
      'Image du 3 décembre 2026',
      'Pondérations fictives : ce ne sont pas celles de la CNAF, qui ne sont pas publiques.',
    ]);
    expect(svg).toContain('<title>Score selon les revenus</title>');
    // the chart below the caption, the image as tall as both
    expect(width).toBe(300);
    expect(height).toBeGreaterThan(120 + 5 * 12);
    expect(svg).toContain(`height="${height}"`);
    expect(svg).toContain(`<g transform="translate(0,${height - 120})">${body}</g>`);
  });

  it('says nothing of made-up weights for published ones, names no household when there is none, in English', () => {
    const lines = captionLines('Score', context({ placeholder: false, t: DICTS.en, lang: 'en' }));
    expect(lines.map((l) => l.text)).toEqual(['Score', 'Model: DMDE 2026, modèle 1', 'Image of 3 December 2026']);
  });

  it('escapes what the page does not control', () => {
    const { svg } = composeSvg('', 10, 10, captionLines('<script>', context({ model: '"x" < y' })));
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('Modèle : &quot;x&quot; &lt; y');
  });
});

// embed/static-image.ts: the still image for hosts that strip scripts is well-formed SVG, escapes
// what it is given, wraps long lines within its width and draws each reason with its direction.
import { describe, expect, it } from 'vitest';
import { embedImageSvg, wrap, IMAGE_WIDTH, type EmbedImage } from '../../src/embed/static-image.ts';

const input: EmbedImage = {
  lang: 'fr',
  title: 'Le score <CAF> & co',
  heading: 'Score de suspicion — un modèle au titre assez long pour tenir sur deux lignes de cette image fixe',
  score: '1,1 % – 83,4 %',
  under: 'Valeur médiane : 18,3 %',
  banner: 'Pondérations fictives : la CNAF n’a pas publié les poids de ce modèle.',
  reasonsTitle: 'Ce qui pèse le plus',
  reasons: [
    { way: 'up', label: 'Montant "moyen"', says: 'fait monter le score' },
    { way: 'either', label: 'Niveau de revenu', says: 'peut faire monter ou baisser' },
  ],
  note: 'Image fixe du foyer par défaut (décembre 2026).',
};
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe('wrap', () => {
  it('keeps every word, in order, on lines no longer than the width allows', () => {
    const text = 'un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze';
    const lines = wrap(text, 100, 10, 0.5);
    expect(lines.join(' ')).toBe(text);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(20);
    expect(lines.length).toBeGreaterThan(1);
  });
});

describe('embedImageSvg', () => {
  const svg = embedImageSvg(input);
  it('is an SVG of the stated width whose height grows with its lines', () => {
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="\\d+"`));
    const longer = embedImageSvg({ ...input, reasons: [...input.reasons, ...input.reasons] });
    const h = (s: string) => Number(/height="(\d+)"/.exec(s)![1]);
    expect(h(longer)).toBeGreaterThan(h(svg));
  });
  it('escapes what it is given', () => {
    expect(svg).toContain('Le score &lt;CAF&gt; &amp; co');
    expect(svg).toContain('Montant &quot;moyen&quot; fait monter le score');
    expect(svg).not.toContain('<CAF>');
  });
  it('draws the score on one line, the heading wrapped, each reason after its mark', () => {
    const t = texts(svg);
    expect(t).toContain('1,1 % – 83,4 %');
    expect(t.filter((x) => x.startsWith('Score de suspicion')).length).toBe(1);
    expect(t.join(' ')).toContain(input.heading);
    expect(t.indexOf('▲')).toBe(t.indexOf('Montant &quot;moyen&quot; fait monter le score') - 1);
    expect(t.indexOf('◆')).toBe(t.indexOf('Niveau de revenu peut faire monter ou baisser') - 1);
  });
  it('says in its title and description what it shows, for screen readers and mail clients', () => {
    expect(svg).toContain('<title>Le score &lt;CAF&gt; &amp; co — Score de suspicion');
    expect(/<desc>([^<]*)<\/desc>/.exec(svg)![1]).toContain('Pondérations fictives');
  });
});

// The files under public/: the example coefficient tables import cleanly and say on every weight
// that they are invented, the manifest lists icons that exist at the sizes it claims.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCoefficientTable, shippedModels } from '../../src/engine/index.ts';

const PUBLIC = new URL('../../public/', import.meta.url).pathname;
const read = (path: string) => readFileSync(PUBLIC + path);

describe('example coefficient tables', () => {
  const files = readdirSync(PUBLIC + 'exemples').filter((f) => f.endsWith('.csv'));

  it('exist', () => {
    expect(files).toContain('coefficients-exemple.csv');
  });

  for (const file of files) {
    it(`${file} imports without error, every weight a placeholder from an “invented example” source`, () => {
      const text = read(`exemples/${file}`).toString('utf8');
      expect(text.split('\n')[0]).toMatch(/^# EXEMPLE INVENTÉ : ce ne sont PAS des pondérations de la CNAF/);
      const r = importCoefficientTable(text, file, shippedModels());
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      const m = r.value;
      const weights = [
        m.intercept,
        ...m.variables.flatMap((v) =>
          v.type === 'boolean' || (v.type === 'numeric' && v.encoding === 'linear')
            ? [v.coefficient]
            : v.type === 'categorical'
              ? v.levels.flatMap((l) => (l.coefficient ? [l.coefficient] : []))
              : v.type === 'numeric'
                ? v.bins.map((b) => b.coefficient)
                : [],
        ),
      ];
      // the data rows, less the header, are the weights: none may be dropped on the way in
      const rows = text.split('\n').filter((l) => l.trim() && !l.startsWith('#')).length - 1;
      expect(weights.length).toBe(rows);
      for (const w of weights) {
        expect(w.status).toBe('placeholder');
        expect(m.sources[w.source]?.title).toMatch(/Exemple inventé \(pas des pondérations de la CNAF\)/);
      }
    });
  }
});

describe('web app manifest', () => {
  const manifest = JSON.parse(read('manifest.webmanifest').toString('utf8'));

  it('opens the app where it is installed, standalone, in French', () => {
    expect(manifest).toMatchObject({ start_url: './', display: 'standalone', lang: 'fr' });
    expect(manifest.name).toBe('Le score CAF, sur votre appareil');
  });

  it('lists PNG icons whose pixel size is the size it claims, and the SVG', () => {
    const pngs = manifest.icons.filter((i: { type: string }) => i.type === 'image/png');
    expect(pngs.map((i: { sizes: string }) => i.sizes).sort()).toEqual(['192x192', '512x512']);
    for (const icon of pngs) {
      const png = read(icon.src);
      // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
    }
    expect(read('icon.svg').toString('utf8')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });
});

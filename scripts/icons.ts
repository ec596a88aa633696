// Renders public/icon.svg to the PNG icons that the web app manifest lists (192 and 512 px),
// with Debian's Chromium through playwright-core, so that no image tool is needed:
// `npx tsx scripts/icons.ts` after changing the SVG, then commit the PNGs.

import { readFileSync, writeFileSync } from 'node:fs';
import { launch } from '../test/e2e/harness.ts';

const PUBLIC = new URL('../public/', import.meta.url).pathname;
const svg = readFileSync(PUBLIC + 'icon.svg', 'utf8');

const browser = await launch();
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    // a data: URL, so that rendering needs no server and the SVG cannot fetch anything
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(`${PUBLIC}icon-${size}.png`, png);
    console.log(`public/icon-${size}.png: ${png.length} bytes`);
    await page.close();
  }
} finally {
  await browser.close();
}

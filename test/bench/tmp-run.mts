import { launch, serveDist } from '../e2e/harness.ts';
import { benchModelImportBrowser } from './model-import-browser.ts';
const { origin, server } = await serveDist();
const browser = await launch();
await benchModelImportBrowser(browser, origin, (a, b, c = '') => console.log(a.padEnd(60), b.padStart(10), c));
await browser.close(); server.close();

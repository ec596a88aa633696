// Reads the URL fragment (language, model, embed mode, shared household), starts the app on the
// prerendered view when the page carries one (hydration), else mounts it, then starts the engine.
// The household never leaves the page.

import { hydrate, mount } from 'svelte';
import App from './ui/App.svelte';
import { AppState } from './state/app.svelte.ts';
import { parseFragment } from './state/url.ts';
import { isVersioned, readFragment } from './state/short-link.ts';
import { connectEngine, type Engine } from './worker/client.ts';
import { defaultStore, readSaved } from './state/remember.ts';
import { startup } from './state/startup.ts';
import { localMonth } from './state/clock.ts';
import { readPrerendered, scoreInPage, takeOver } from './prerender/client.ts';
import {
  BOOT_SLOW_ATTRIBUTE,
  BOOTING_ATTRIBUTE,
  STALE_ATTRIBUTE,
  WRONG_FILE_ATTRIBUTE,
} from './prerender/constants.ts';
import { followOtherTabs } from './state/other-tabs.ts';

const month = localMonth();
// A version 2 link (a handout's QR code) is inflated first: a few milliseconds, and only for such links.
const url = isVersioned(location.hash) ? await readFragment(location.hash, month) : parseFragment(location.hash, month);
const start = startup(url, readSaved(month), month);
const target = document.getElementById('app')!;
// The prerendered view is the full page: an embed (a compact view from its first frame) mounts afresh.
const prerendered = url.embed ? undefined : readPrerendered(document);

performance.mark('app:start');
// The one-file build runs the engine in the page: it has no worker file to load, and from file:// or
// a sandboxed frame (an opaque origin) no worker could load one.
const inThread = import.meta.env.MODE === 'standalone' || new URLSearchParams(location.search).has('no-worker');

let app: AppState;
/** Whether the view on screen is already this visit's, scored: else an engine in the page scores it first. */
let current = false;
const html = document.documentElement;
try {
  if (prerendered) {
    // Hydrate with exactly the state the build rendered, then put this visit's in place: the
    // prerendered score stays only when it is this household's, for this model.
    const taken = takeOver(prerendered, (a) => hydrate(App, { target, props: { app: a } }), start, url);
    app = taken.app;
    current = taken.current;
  } else {
    app = new AppState(start);
    app.openLink({ ...url, household: undefined });
    target.replaceChildren();
    mount(App, { target, props: { app } });
  }
} catch (e) {
  // The boot script's note ("the page's code has not started") says it now rather than after its delay.
  html.setAttribute(BOOT_SLOW_ATTRIBUTE, '');
  throw e;
}
// The boot script hid a prerendered view that was not this visit's: what is on screen now is.
html.removeAttribute(STALE_ATTRIBUTE);
// The app runs: whatever the boot script guessed from the address, this is not a page that cannot.
html.removeAttribute(WRONG_FILE_ATTRIBUTE);
// Nor one whose code never came (a slow device may have had the boot script's note shown meanwhile).
html.removeAttribute(BOOTING_ATTRIBUTE);
html.removeAttribute(BOOT_SLOW_ATTRIBUTE);
performance.mark('app:mounted');

// Another link pasted into the same tab changes only the fragment: open it too. The app never
// writes the fragment itself, so any change comes from the person.
addEventListener('hashchange', () => {
  void readFragment(location.hash, month).then((next) => {
    if (next.household || next.model || next.weights || next.lang || next.problems.length) app.openLink(next);
  });
});

// Another tab of this browser on the remembered household: follow its edits, honour its erase.
followOtherTabs(app, month, defaultStore() as Storage | undefined);

// Offline after one visit (dist/sw.js): only for the built app served over http(s) from its own
// origin; never from file://, the one-file copy, or an embed (a frame in someone else's page).
if (
  import.meta.env.PROD &&
  import.meta.env.MODE !== 'standalone' &&
  !url.embed &&
  /^https?:$/.test(location.protocol) &&
  self.origin === location.origin &&
  'serviceWorker' in navigator
)
  navigator.serviceWorker.register('./sw.js').catch(() => undefined);

// A household the page was not prerendered with is scored once in the page first (same engine code,
// its chunk preloaded by the boot script), then the worker starts: on a phone's few cores its start
// (the headline's ensemble is about 1 MB) would only delay that first score. The worker then answers
// every request, that one included. Otherwise the worker starts at once.
const engine =
  prerendered && !current && !inThread && !url.weights
    ? scoreInPage(app).then(
        () => connectEngine(inThread),
        () => connectEngine(inThread),
      )
    : connectEngine(inThread);
void engine.then((e: Engine) => {
  performance.mark('app:engine-ready');
  app.connect(e);
});

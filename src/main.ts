// Reads the URL fragment (language, model, embed mode, shared household), mounts the app,
// then starts the engine. The household never leaves the page.

import { mount } from 'svelte';
import App from './ui/App.svelte';
import { AppState } from './state/app.svelte.ts';
import { parseFragment } from './state/url.ts';
import { connectEngine } from './worker/client.ts';
import { readSaved } from './state/remember.ts';
import { startup } from './state/startup.ts';
import { localMonth } from './state/clock.ts';

const month = localMonth();
const url = parseFragment(location.hash, month);
const app = new AppState(startup(url, readSaved(month), month));
app.openLink({ ...url, household: undefined });
// Another link pasted into the same tab changes only the fragment: open it too. The app never
// writes the fragment itself, so any change comes from the person.
addEventListener('hashchange', () => {
  const next = parseFragment(location.hash, month);
  if (next.household || next.model || next.lang || next.problems.length) app.openLink(next);
});

performance.mark('app:start');
// Start the worker first: it loads while the page mounts.
// The one-file build runs the engine in the page: it has no worker file to load, and from file:// or
// a sandboxed frame (an opaque origin) no worker could load one.
const inThread = import.meta.env.MODE === 'standalone' || new URLSearchParams(location.search).has('no-worker');
const engine = connectEngine(inThread);
mount(App, { target: document.getElementById('app')!, props: { app } });
performance.mark('app:mounted');
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
void engine.then((e) => {
  performance.mark('app:engine-ready');
  app.connect(e);
});

// Reads the URL fragment (language, model, embed mode, shared household), mounts the app,
// then starts the engine. The household never leaves the page.

import { mount } from 'svelte';
import App from './ui/App.svelte';
import { AppState } from './state/app.svelte.ts';
import { parseFragment } from './state/url.ts';
import { defaultHousehold } from './household/household.ts';
import { connectEngine } from './worker/client.ts';
import { recall } from './state/remember.ts';
import { localMonth } from './state/clock.ts';

const month = localMonth();
const url = parseFragment(location.hash, month);
const recalled = url.household ? undefined : recall(month);
const app = new AppState(url.household ?? recalled ?? defaultHousehold(month));
app.remembered = recalled !== undefined;
if (url.lang) app.lang = url.lang;
if (url.model) app.modelId = url.model;
app.embed = url.embed;
app.linkProblems = url.problems;

performance.mark('app:start');
// Start the worker first: it loads while the page mounts.
const engine = connectEngine(new URLSearchParams(location.search).has('no-worker'));
mount(App, { target: document.getElementById('app')!, props: { app } });
performance.mark('app:mounted');
void engine.then((e) => {
  performance.mark('app:engine-ready');
  app.connect(e);
});

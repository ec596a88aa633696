// The entry of dist/embed.html, the page the "Intégrer" code frames: the score, its range, three
// reasons, the provenance note and the way to the full app, with the engine in the page. Reads
// the fragment as the full app does (language, model, shared household); nothing leaves the page.

import { mount } from 'svelte';
import EmbedApp from './EmbedApp.svelte';
import { AppState } from '../state/app.svelte.ts';
import { parseFragment } from '../state/url.ts';
import { isVersioned, readFragment } from '../state/short-link.ts';
import { readSaved } from '../state/remember.ts';
import { startup } from '../state/startup.ts';
import { localMonth } from '../state/clock.ts';
import { embedEngine } from './engine.ts';

const month = localMonth();
// This page is the embed whatever its fragment says: the compact view, no service worker.
const read = isVersioned(location.hash)
  ? await readFragment(location.hash, month)
  : parseFragment(location.hash, month);
const url = { ...read, embed: true };
const app = new AppState(startup(url, readSaved(month), month));
app.openLink({ ...url, household: undefined });
const target = document.getElementById('app')!;
target.replaceChildren();
mount(EmbedApp, { target, props: { app } });

addEventListener('hashchange', () => {
  void readFragment(location.hash, month).then((read) => {
    const next = { ...read, embed: true };
    if (next.household || next.model || next.lang || next.problems.length) app.openLink(next);
  });
});

app.connect(embedEngine());

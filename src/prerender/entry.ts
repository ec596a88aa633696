// Build-time only (server render, in Node): the default view, scored by the same engine code the
// worker runs, rendered to HTML with the state it was rendered from.

import { render } from 'svelte/server';
import App from '../ui/App.svelte';
import { shippedModels, view } from '../engine/index.ts';
import { defaultHousehold } from '../household/household.ts';
import { DEFAULT_MODEL_ID } from '../engine/constants.ts';
import { encodeState } from './codec.ts';
import { appFrom, type Prerendered } from './state.ts';
import { embedImageSvg } from '../embed/static-image.ts';
import { strongest, strongestByRange, type Way } from '../embed/reasons.ts';
import { formatMonth, formatPercent } from '../i18n/format.ts';
import { interpolate } from '../i18n/interpolate.ts';
import { bannerText } from '../ui/labels.ts';

/**
 * Links in the page are made from `location.href`, which Node has not: any absolute address does,
 * since the browser recomputes them while hydrating (text, `href` of links and form values).
 */
const BUILD_LOCATION = 'https://prerender.invalid/';

export function prerender(month: string): {
  head: string;
  body: string;
  state: string;
  data: Prerendered;
  image: string;
} {
  const models = shippedModels();
  const household = defaultHousehold(month);
  // The engine function the worker answers the page's requests with: no pin, no other model, no curve.
  const { evaluation, explorer } = view(new Map(models.map((m) => [m.id, m])), {
    household,
    modelId: DEFAULT_MODEL_ID,
  });
  const data: Prerendered = { month, household, models, modelId: DEFAULT_MODEL_ID, evaluation, explorer };
  const g = globalThis as { location?: unknown };
  const had = 'location' in g;
  if (!had) g.location = new URL(BUILD_LOCATION);
  try {
    const { head, body } = render(App, { props: { app: appFrom(data) } });
    return { head, body, state: encodeState(data), data, image: defaultImage(data) };
  } finally {
    if (!had) delete g.location;
  }
}

/**
 * The embed's default view as a still image (dist/embed-default.svg), for hosts that strip scripts:
 * the same headline, banner and three reasons the embed shows for the default household, in French.
 */
function defaultImage(data: Prerendered): string {
  const app = appFrom(data);
  const t = app.t;
  const ev = data.evaluation;
  const model = app.model;
  if (!ev.ok || !model || model.kind !== 'model') throw new Error('prerender: the default household has no score');
  const band = app.band?.band;
  const label = (id: string) => model.variables.find((v) => v.id === id)?.label.fr ?? id;
  const free = band !== undefined && !band.exact;
  const reasons: { id: string; way: Way }[] = free
    ? strongestByRange(app.band!.terms).map((r) => ({ id: r.variable, way: r.way }))
    : strongest(ev.score.contributions).map((c) => ({ id: c.variable, way: c.logodds > 0 ? 'up' : 'down' }));
  const says: Record<Way, string> = { up: t.embedUp, down: t.embedDown, either: t.embedEither };
  return embedImageSvg({
    lang: 'fr',
    title: t.appTitle,
    heading: `${t.score} — ${model.title.fr}`,
    score: free
      ? `${formatPercent(band.q05, 'fr')} – ${formatPercent(band.q95, 'fr')}`
      : formatPercent(ev.score.score, 'fr'),
    under: free ? `${t.rangeMedian} ${formatPercent(band.q50, 'fr')}` : '',
    banner: bannerText(ev.score.banner, t),
    reasonsTitle: t.embedReasons,
    reasons: reasons.map((r) => ({ way: r.way, label: label(r.id), says: says[r.way] })),
    note: interpolate(t.embedImageNote, { month: formatMonth(data.month, 'fr') }, 'fr'),
  });
}

// The robust views' speed: 100 000 weight draws comparing two households, and a full explorer
// refresh (pinned households × models, bands, sensitivity curves, pairwise verdicts) after one
// edit. Wall time and CPU time, since the benchmark machine may be shared.

import presets from '../../src/presets/presets.json' with { type: 'json' };
import { decodeHousehold, RobustContext, shippedModels, view as pageView } from '../../src/engine/index.ts';
import { counterfactual, designVector, modelConstraints, sampleComparison } from '../../src/engine/index.ts';
import { CONTROL_SHARE_2024 } from '../../src/engine/robust/control-share.ts';
import type { Household, Model } from '../../src/engine/index.ts';
import { SENSITIVITY_FIELDS } from '../../src/state/sensitivity-fields.ts';

type Line = (label: string, value: string, target?: string) => void;
type Record = (key: string, value: number) => void;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

/** Runs `fn` `runs` times; wall and CPU milliseconds of each run. */
function timed(runs: number, fn: (run: number) => void): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn(r);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

function report(
  line: Line,
  record: Record,
  key: string,
  label: string,
  t: { wall: number[]; cpu: number[] },
  target: string,
) {
  const [m, p95, cm, cp95] = [
    quantile(t.wall, 0.5),
    quantile(t.wall, 0.95),
    quantile(t.cpu, 0.5),
    quantile(t.cpu, 0.95),
  ];
  line(`${label} median`, `${m.toFixed(1)} ms`, `CPU ${cm.toFixed(1)} ms (${t.wall.length} runs)`);
  line(`${label} p95`, `${p95.toFixed(1)} ms`, `CPU ${cp95.toFixed(1)} ms; ${target}`);
  record(`${key}.median_ms`, m);
  record(`${key}.p95_ms`, p95);
  record(`${key}.cpu_median_ms`, cm);
  record(`${key}.cpu_p95_ms`, cp95);
}

/** The preset households (the explorer pins up to six). */
const pinned = (): Household[] =>
  (presets as { household: unknown }[]).slice(0, 6).map((p) => decodeHousehold(p.household, '2026-03').household);

/** A copy of DMDE model 1 with the RSA weight doubled: the "× 2" button. A new object, so nothing of the old one is reused. */
function doubled(m: Model, factor: number): Model {
  return {
    ...m,
    id: `${m.id}-modifie`,
    variables: m.variables.map((v) =>
      v.id === 'montant_moyen_rsa_12m' && v.type === 'numeric' && v.encoding === 'linear'
        ? { ...v, coefficient: { ...v.coefficient, value: v.coefficient.value * factor } }
        : v,
    ),
  };
}

export function benchRobust(line: Line, record: Record, runs = 30): void {
  const [dmde, , c2014] = shippedModels() as [Model, Model, Model];
  const households = pinned();
  const ctx = new RobustContext();
  for (const m of [c2014, dmde]) {
    const c = modelConstraints(m);
    const [xa, xb] = [0, 1].map((i) => designVector(m, c, ctx.features.features(households[i]!)));
    const scratch = new Float64Array(100_000);
    sampleComparison(c, xa!, xb!, 100_000, 1, scratch);
    const t = timed(runs, (r) => sampleComparison(c, xa!, xb!, 100_000, r + 2, scratch));
    report(
      line,
      record,
      `robust.draws100k.${m.id}`,
      `100 000 draws, two households, ${m.id} (${c.freeSlots.length} free)`,
      t,
      'target ≤ 50 ms',
    );
  }

  const models = [dmde, c2014, doubled(dmde, 2)];
  ctx.explore(models, households);
  const view = ctx.explore(models, households);
  record('robust.refresh.cells', view.cells.length);
  record('robust.refresh.curves', view.sweeps.length);
  record('robust.refresh.pairs', view.comparisons.length);
  record('robust.refresh.draws', view.n);
  line(
    'explorer view size',
    `${view.cells.length} cells`,
    `${view.sweeps.length} curves, ${view.comparisons.length} pairs, ${view.n} draws each`,
  );
  // One edit: a household's earnings move (the slider), each run to a value not seen before.
  const edit = timed(runs, (r) => {
    const i = r % households.length;
    const h = households[i]!;
    households[i] = { ...h, adults: h.adults.map((a, j) => (j === 0 ? { ...a, earnings: 700 + 17 * r } : a)) };
    ctx.explore(models, households);
  });
  report(
    line,
    record,
    'robust.refresh.household',
    'explorer refresh after a household edit',
    edit,
    'target p95 ≤ 100 ms',
  );
  // One edit: a weight changes in the expert panel (a new model object: its bands are all new).
  const weight = timed(runs, (r) => {
    models[2] = doubled(dmde, 2 + r / 10);
    ctx.explore(models, households);
  });
  report(line, record, 'robust.refresh.weight', 'explorer refresh after a weight edit', weight, 'target p95 ≤ 100 ms');
  // What the page asks after one edit (its one view request, engine/view.ts), its curves panel open:
  // the score, then the current model for the household and the pinned ones, the other models for
  // the household, and the curves.
  const byId = new Map(models.map((m) => [m.id, m]));
  const page = timed(runs, (r) => {
    const h = households[0]!;
    households[0] = { ...h, adults: h.adults.map((a, j) => (j === 0 ? { ...a, earnings: 650 + 13 * r } : a)) };
    pageView(
      byId,
      {
        household: households[0],
        modelId: dmde.id,
        pins: households.slice(1),
        others: [c2014.id, models[2]!.id],
        sweepFields: SENSITIVITY_FIELDS,
      },
      ctx,
    );
  });
  report(
    line,
    record,
    'robust.refresh.page',
    `the page's view after an edit (score; 1 model × ${households.length} households, ${models.length - 1} others × 1, ${SENSITIVITY_FIELDS.length} curves)`,
    page,
    'target p95 ≤ 100 ms',
  );
  // "What would change it", searched in full (no set of two changes reaches a score of 1.2 % for the
  // median: the threshold this figure has always used, so that it compares): from a cold cache each time.
  const cf = timed(5, () => {
    const fresh = new RobustContext();
    const c = fresh.constraints(c2014);
    const r = counterfactual(c2014, c, fresh.draws(c2014, 1000, 1), households[2]!, {
      threshold: { kind: 'score', value: CONTROL_SHARE_2024.share },
      cache: fresh.features,
    });
    record('robust.counterfactual.tried', r.tried);
  });
  report(
    line,
    record,
    'robust.counterfactual',
    'counterfactual, up to 2 changes, cold cache',
    cf,
    'on demand, no target',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('\n== Robust views (Node, this machine) ==');
  benchRobust(
    (label, value, target = '') => console.log(`${label.padEnd(52)} ${value.padStart(16)}  ${target}`),
    () => undefined,
  );
}

// The calibration section of `npm run bench` (also `npx tsx test/bench/calibration.ts`): per shipped
// model, the time to build the design and to calibrate with the default targets (one run: it takes
// a minute), the headline lookup of one household over each shipped ensemble (median of 200 calls),
// and the size of the shipped data. Prints figures; asserts nothing.

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { decodeHousehold, modelConstraints, shippedModels } from '../../src/engine/index.ts';
import { loadPopulation } from '../../src/engine/population/population.ts';
import {
  calibrate,
  calibrationDesign,
  headline,
  parseTargets,
  resolveTargets,
} from '../../src/engine/calibration/index.ts';
import { householdDesign, shippedEnsembles } from '../../src/engine/calibration/shipped.ts';
import { SHIPPED_TARGETS_CSV } from '../../src/calibration/targets.ts';
import { SHIPPED_CALIBRATED } from '../../scripts/calibrate-inputs.ts';

type Line = (label: string, value: string, target?: string) => void;
const root = new URL('../../', import.meta.url);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchCalibration(line: Line): Promise<void> {
  const pop = loadPopulation(new Uint8Array(readFileSync(new URL('public/population/foyers.bin', root))));
  const rows = parseTargets(SHIPPED_TARGETS_CSV);
  if (!rows.ok) throw new Error(rows.errors.join());
  const r = resolveTargets(rows.value);
  if (!r.ok) throw new Error(r.errors.join());
  const mother = decodeHousehold(
    JSON.parse(readFileSync(new URL('test/cases/calibration/single-mother-900.json', root), 'utf8')),
  ).household;
  for (const id of SHIPPED_CALIBRATED) {
    const model = shippedModels().find((m) => m.id === id)!;
    const c = modelConstraints(model);
    let t = performance.now();
    const d = calibrationDesign(pop, model, c);
    line(`calibration: design of ${id}`, `${(performance.now() - t).toFixed(0)} ms`);
    t = performance.now();
    const cal = await calibrate(c, d, { ...r.value, pause: async () => {} });
    line(`calibration: calibrate ${id} (default)`, `${((performance.now() - t) / 1000).toFixed(1)} s`, '≤ 120 s');
    line(`calibration: ${id} sets scored / ESS`, `${cal.simulations} / ${cal.ess.toFixed(0)}`);
    const shipped = (await shippedEnsembles(id))!;
    for (const e of [shipped.calibrated, shipped.prior]) {
      const times = Array.from({ length: 200 }, () => {
        const t0 = performance.now();
        headline(e, householdDesign(model, mother, c));
        return performance.now() - t0;
      });
      line(`calibration: headline ${id} (${e.kind}, ${e.sets} sets)`, `${median(times).toFixed(2)} ms`, '≤ 50 ms');
    }
    const text = readFileSync(new URL(`src/calibration/ensembles/${id}.ts`, root));
    line(
      `calibration: shipped data ${id}`,
      `${(text.length / 1024).toFixed(0)} KB`,
      `gzip ${(gzipSync(text).length / 1024).toFixed(0)} KB`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  await benchCalibration((l, v, t = '') => console.log(`${l.padEnd(52)} ${v.padStart(16)}  ${t}`));

import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/calibrate.ts';
import { Exit, memoryIo } from '../../src/cli/io.ts';
import { SHIPPED_TARGETS_CSV } from '../../src/calibration/targets.ts';

/** Runs the command in this process: its exit code, stdout and stderr. */
async function run(argv: string[], files: Record<string, string> = {}) {
  const io = memoryIo(files);
  let code: number;
  try {
    code = await main(argv, io);
  } catch (e) {
    if (!(e instanceof Exit)) throw e;
    code = e.code;
  }
  return { code, out: io.out, err: io.err };
}

describe('npm run calibrate', () => {
  it.each([['5'], ['0'], ['abc'], ['100000'], ['1e3']])(
    'refuses --samples %s with a sentence and exit 2',
    async (n) => {
      const r = await run(['--model', 'cnaf-2014', '--samples', n]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--samples : entre 200 et 5000 jeux de pondérations par génération/);
      expect(r.out).toBe('');
    },
  );

  it('refuses an unknown model, a card, a bad seed, a bad reading and a target it cannot compute', async () => {
    expect((await run(['--model', 'nope'])).err).toMatch(/modèle inconnu « nope »/);
    expect((await run(['--model', 'dmde-2026-modele-2'])).err).toMatch(/fiche/);
    expect((await run(['--model', 'cnaf-2014', '--seed', '-1'])).code).toBe(2);
    expect((await run(['--model', 'cnaf-2014', '--reading', 'both'])).err).toMatch(/--reading/);
    const r = await run(['--model', 'cnaf-2014', '--use', 'controlled_count', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no target "controlled_count" to switch on/);
  });

  it('refuses a targets file whose value is not a number, naming the line', async () => {
    const bad = SHIPPED_TARGETS_CSV.replace('0.142,0.05', '0.142,-1');
    const r = await run(['--model', 'cnaf-2014', '--targets', 'bad.csv'], { 'bad.csv': bad });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/line 7: tolerance "-1"/);
  });

  it('prints one JSON object with the prior draws, the accepted sets and each target achieved', async () => {
    // One wide target, so that the run is short: a base rate of 0.25 ± 0.15.
    const wide = SHIPPED_TARGETS_CSV.replace('0.142,0.05', '0.25,0.15');
    const r = await run(
      [
        '--model',
        'cnaf-2014',
        '--targets',
        'wide.csv',
        '--use',
        'learning_base_rate',
        '--samples',
        '200',
        '--seed',
        '9',
      ],
      { 'wide.csv': wide },
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out);
    expect(o).toMatchObject({ model: 'cnaf-2014', seed: 9, met: true, prior: { n: 200 }, accepted: { n: 200 } });
    expect(o.accepted.ess).toBeGreaterThanOrEqual(100);
    expect(o.accepted.ess).toBeLessThanOrEqual(200 + 1e-9);
    expect(o.accepted.distinct).toBeLessThanOrEqual(200);
    const base = o.targets.find((t: { id: string }) => t.id === 'learning_base_rate');
    expect(base).toMatchObject({ value: 0.25, tolerance: 0.15, used: true });
    expect(base.achieved['5']).toBeGreaterThanOrEqual(0.1);
    expect(base.achieved['95']).toBeLessThanOrEqual(0.4);
    const single = o.targets.find((t: { id: string }) => t.id === 'single_parent_share_controlled');
    expect(single.used).toBe(false);
    expect(Object.keys(single.achieved)).toEqual(['5', '50', '95']);
  });
});

// Reproduces the "−0,000" shown for a zero contribution (2014 model, preset "Mère seule au RSA").
import { describe, expect, it } from 'vitest';
import presets from '../../src/presets/presets.json';
import { evaluate, shippedModels } from '../../src/engine/index.ts';
import { formatLogodds } from '../../src/i18n/format.ts';

describe('the 2014 model on the preset “Mère seule au RSA”', () => {
  it('shows its zero contributions as 0,000, without a sign', () => {
    const model = shippedModels().find((m) => m.id === 'cnaf-2014')!;
    const preset = presets.find((p) => p.id === 'single-mother-rsa')!;
    const ev = evaluate(model, { ...preset.household, month: '2026-01' });
    if (!ev.ok) throw new Error(JSON.stringify(ev.errors));
    const zeros = ev.score.contributions.filter((c) => Math.abs(c.logodds) < 0.0005);
    expect(zeros.length).toBeGreaterThan(0);
    for (const c of zeros) expect(formatLogodds(c.logodds, 'fr')).toBe('0,000');
  });
});

// The variables that appeared and disappeared between the 2014 reconstruction and DMDE 2026.
import { describe, expect, it } from 'vitest';
import { shippedModels } from '../../src/engine/index.ts';
import { versionDiff, versionDiffs, versionsInOrder } from '../../src/state/versions.ts';
import { linear, model, w } from './robust-fixtures.ts';

describe('model versions', () => {
  it('orders the shipped scorable models by the year they came into force, leaving the card out', () => {
    expect(versionsInOrder(shippedModels()).map((m) => m.id)).toEqual(['cnaf-2014', 'dmde-2026-modele-1']);
  });

  it('lists appeared, disappeared and kept variables by id, and counts the unpublished ones', () => {
    const a = model([linear('x', '€', w(1)), linear('y', '€', w(1))], w(0), 'a');
    const b = model([linear('y', '€', w(1)), linear('z', '€', w(1))], w(0), 'b');
    b.variables.push({
      id: 'v9',
      label: { fr: 'v9', en: 'v9' },
      labelStatus: 'unknown',
      source: 's',
      type: 'unknown',
    } as never);
    const d = versionDiff(a, b);
    expect([d.appeared, d.disappeared, d.kept, d.unnamed]).toEqual([['z'], ['x'], ['y'], 1]);
  });

  it('between 2014 and 2026: the amounts of RSA and prime d’activité appear, the RSA flag disappears', () => {
    const [d] = versionDiffs(shippedModels());
    expect(d!.appeared).toContain('montant_moyen_rsa_12m');
    expect(d!.disappeared).toContain('percoit_rsa');
    expect(d!.kept).toEqual(['enfant_plus_19ans']);
    expect(d!.unnamed).toBe(5);
  });
});

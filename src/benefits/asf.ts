// Allocation de soutien familial (CSS L523-1 ff., D523-1 ff.): for a single parent whose children lack the
// other parent's support; differential when an alimony lower than the ASF is paid.

import { Dec } from './decimal.ts';
import { bmafAt, param } from './family-params.ts';
import { childrenUnder } from './family-resources.ts';
import type { Situation } from './situation.ts';

export interface AsfResult {
  eligible: boolean;
  nbEnfants: number;
  /** Full ASF before the alimony is deducted. */
  montantPlein: Dec;
  pensionAlimentaire: Dec;
  /** Monthly amount, rounded to the cent; nothing under the payment threshold. */
  montant: Dec;
}

export function allocationSoutienFamilial(input: Situation): AsfResult {
  const month = input.month;
  const limit = param('asf', 'age_limite', month).toNumber();
  const nbEnfants = childrenUnder(input, limit, month).length;
  // ASF is for a parent who lives alone (L523-1, "isolé"); a couple, even a new one, has no right.
  const eligible = input.adults.length === 1 && nbEnfants > 0 && (input.otherParentMissing ?? true);
  const montantPlein = bmafAt(month)
    .times(param('asf', 'taux', month))
    .times(nbEnfants);
  const pensionAlimentaire = Dec.of(input.alimony);
  // Differential ASF (L523-1 II, D523-2): the alimony received for the children is deducted from their ASF.
  const diff = montantPlein.minus(pensionAlimentaire).max(Dec.ZERO).cents();
  // D523-3: an ASF under 15 € is not paid (read, like D543-2 for the ARS, as 15 € itself being paid).
  const paid = eligible && !diff.lt(param('asf', 'seuil_versement', month));
  return { eligible, nbEnfants, montantPlein, pensionAlimentaire, montant: paid ? diff : Dec.ZERO };
}

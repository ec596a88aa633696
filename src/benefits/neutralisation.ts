// RSA neutralisation (R262-13 CASF): an income that has stopped for good, with no substitute, is
// not counted in the reference months of the right examined after it stopped.

import { Dec } from './decimal.ts';
import { amountIn, type MonthMap, type Situation, type StopReason, type StoppedIncome } from './situation.ts';
import { addMonths } from './months.ts';

export interface Neutralisation {
  adult: number;
  income: StoppedIncome['income'];
  since: string;
  reason: StopReason;
  /** Paragraph of R262-13 applied: 1 (not counted at all) or 2 (not counted up to the single person's montant). */
  alinea: 1 | 2;
  /** Euros left out over the reference months. */
  amount: Dec;
  /** After a resignation the président du conseil départemental may refuse it (4th paragraph). */
  departmentMayRefuse: boolean;
}

type PersonalMaps = { earnings: MonthMap; otherIncome: MonthMap };

/** Months from `from` to `to`, both included. */
function span(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/**
 * Each adult's earnings and other income as the RSA counts them at the examination `examMonth`.
 * A stop applies when it began by the examination and the income has stayed at zero since (once
 * it is received again it counts from the next re-examination, 3rd paragraph). Earnings are not
 * neutralised while the person receives a substitute income (the adult's `otherIncome` in the
 * examination month: "l'intéressé ne peut prétendre à un revenu de substitution").
 * Professional income and unemployment benefit whose rights ran out fall under the 1st paragraph;
 * any other income under the 2nd, within the single person's montant forfaitaire `base` each month.
 */
export function neutralised(
  input: Situation,
  examMonth: string,
  referenceMonths: string[],
  base: Dec,
): { maps: PersonalMaps[]; neutralisations: Neutralisation[] } {
  const neutralisations: Neutralisation[] = [];
  const maps = input.adults.map((a, adult): PersonalMaps => {
    const out: PersonalMaps = { earnings: a.earnings, otherIncome: a.otherIncome };
    for (const stop of a.stopped ?? []) {
      if (stop.since > examMonth) continue;
      if (span(stop.since, examMonth).some((m) => amountIn(a[stop.income], m).gt(Dec.ZERO))) continue;
      if (stop.income === 'earnings' && amountIn(a.otherIncome, examMonth).gt(Dec.ZERO)) continue;
      const alinea = stop.income === 'earnings' || stop.reason === 'endOfUnemploymentRights' ? 1 : 2;
      const kept: MonthMap = { ...out[stop.income] };
      let amount = Dec.ZERO;
      for (const m of referenceMonths) {
        const x = amountIn(kept, m);
        const left = alinea === 1 ? x : x.min(base);
        amount = amount.plus(left);
        kept[m] = x.minus(left).toNumber();
      }
      out[stop.income] = kept;
      if (amount.gt(Dec.ZERO))
        neutralisations.push({
          adult,
          income: stop.income,
          since: stop.since,
          reason: stop.reason,
          alinea,
          amount,
          departmentMayRefuse: stop.reason === 'resignation',
        });
    }
    return out;
  });
  return { maps, neutralisations };
}

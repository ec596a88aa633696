// Housing aid for an unfurnished private rental, checked against hand computations from CCH D823-16, D823-17 and
// the arrêté du 27/09/2019 (ceilings of 1 October 2024, R0 of 2025).
import { describe, expect, it } from 'vitest';
import { housingAid, tauxLoyer, versement } from '../../src/benefits/aides-logement.ts';
import { Dec } from '../../src/benefits/decimal.ts';
import { situation, situationAdult, type HousingStatus, type Situation } from '../../src/benefits/situation.ts';
import { born } from './family-vector-situation.ts';

const every = (from: string, n: number, amount: number) => {
  const out: Record<string, number> = {};
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (let k = 0; k < n; k++, m === 12 ? ((m = 1), y++) : m++) out[`${y}-${String(m).padStart(2, '0')}`] = amount;
  return out;
};
/** A single parent of one child, zone 2, earning `pay` a month over M-13 … M-2 (2024-05 … 2025-04 for 2025-06). */
const tenant = (rent: number, pay = 1000, status: HousingStatus = 'locataire'): Situation =>
  situation('2025-06', {
    adults: [situationAdult({ taxablePay: every('2024-05', 12, pay) })],
    children: [born('2025-06', '2018-03-03')],
    housing: { status, zone: 2, rent, housingAid: {} },
  });

// L = 395.77 (zone 2, one dependant), C = 73.57, R = 12 000 − 1 200 = 10 800, R0 = 8 947, TF = 2.70 %,
// RL = 100 % so TL = 0.45 % × 30 % + 0.68 % × 25 % = 0.305 %; P0 = max(8.5 % × 469.34, 39.15) = 39.8939;
// Pp = 39.8939 + 3.005 % × 1 853 = 95.57655; aid = 469.34 − 95.57655 = 373.76345.
const aid = 373.76345;

describe('housingAid', () => {
  /** D823-16: the CRDS (0.5 %, to the cent) is taken off and what remains is paid in whole euros, rounded down. */
  const paid = (brut: number) => Math.floor(brut - Math.round(brut * 0.5) / 100);
  const cases: Array<[string, Situation, number]> = [
    // 373.76345 − 5 = 368.76; CRDS 1.84; 366.92 paid as 366 €.
    ['pays L + C − Pp less 5 €, net of CRDS, in whole euros', tenant(500), paid(Math.round((aid - 5) * 100) / 100)],
    // Degressivity between 2.5 and 3.1 × the ceiling: (1 100 − 989.425) / (1 226.887 − 989.425).
    [
      'reduces the aid linearly for a rent above 2.5 times the ceiling',
      tenant(1100),
      paid(Math.round((aid * (1 - 110.575 / 237.462) - 5) * 100) / 100),
    ],
    ['pays nothing for a rent of 3.1 times the ceiling or more', tenant(1227), 0],
    [
      'keeps the full aid for a high rent when the AAH or the AEEH is received (D823-16)',
      { ...tenant(1227), aeeh: true },
      paid(Math.round((aid - 5) * 100) / 100),
    ],
    ['pays nothing to an owner or someone housed for free', tenant(500, 1000, 'proprietaire'), 0],
    // 12 × 2 120.30 − 2 544 = 22 899.60 → 22 900: aid 469.34 − 459.18 = 10.16, less 5 € = 5.16, under 10 €.
    ['pays nothing under 10 €', tenant(500, 2120.3), 0],
  ];
  it.each(cases)('%s', (_what, input, expected) => expect(housingAid(input).montant.toNumber()).toBe(expected));

  it('rounds the resources up to the next 100 € and reports the steps', () => {
    const r = housingAid(tenant(500, 1001));
    expect(r.ressources.toNumber()).toBe(10900); // 12 012 − 1 201 = 10 811
    expect(r.loyerPlafond.toNumber()).toBe(395.77);
    expect(r.charges.toNumber()).toBe(73.57);
    expect(r.r0.toNumber()).toBe(8947);
    expect(r.prestation).toBe('alf');
  });
});

describe('the two-earner allowance (CCH R822-7)', () => {
  const couple = (pay2: number): Situation => ({
    ...tenant(500, 1001),
    adults: [
      situationAdult({ taxablePay: every('2024-05', 12, 1001) }),
      situationAdult({ taxablePay: every('2024-05', 12, pay2) }),
    ],
  });
  it('takes 95 € off when each partner counts at least 12 BMAF (12 × 474.37 = 5 692.44)', () => {
    // 2 × (12 012 − 1 201) = 21 622, less 95 = 21 527, rounded up to 21 600 (21 700 without the allowance).
    const r = housingAid(couple(1001));
    expect(r.abattementDoubleActivite.toNumber()).toBe(95);
    expect(r.ressources.toNumber()).toBe(21600);
  });
  it('takes nothing off when one partner counts less', () => {
    // 10 811 + (4 800 − 504) = 15 107 → 15 200.
    const r = housingAid(couple(400));
    expect(r.abattementDoubleActivite.toNumber()).toBe(0);
    expect(r.ressources.toNumber()).toBe(15200);
  });
});

describe('versement', () => {
  const cases: Array<[number, number, number]> = [
    [368.76, 366, 1.84], // 368.76 − 1.84 = 366.92 → 366 €
    [10.1, 10, 0.05], // 10.05 → 10 €, and 10.05 ≥ 10 € is paid
    [10.04, 0, 0], // 9.99 → 9 €: 9.05 is under the 10 € minimum
  ];
  it.each(cases)('pays an aid of %s as %s € net, CRDS %s (D823-16)', (brut, net, crds) => {
    const v = versement(Dec.of(brut), '2025-06');
    expect(v.montant.toNumber()).toBe(net);
    expect(v.crds.toNumber()).toBe(crds);
  });
});

describe('tauxLoyer', () => {
  const cases: Array<[number, number, number]> = [
    [400, 1000, 0], // RL 40 %: under the first threshold
    [600, 1000, 0.00068], // 0.45 % × 15 %, to three decimals in percent: 0.068 %
    [1000, 1000, 0.00305],
    [333.33, 1000, 0], // RL 33.33 %
    [537.77, 1000, 0.0004], // RL 53.78 %: 0.45 % × 8.78 % = 0.03951 % → 0.040 %
  ];
  it.each(cases)('is %s / %s → %s (RL to 0.01 %, TL to 0.001 %, arrêté art. 14)', (l, lr, expected) =>
    expect(tauxLoyer(Dec.of(l), Dec.of(lr), '2025-06').toNumber()).toBe(expected),
  );
});

// Decodes anything (a form, a share link, a JSON file) into a Household, reporting every
// impossible or doubtful combination with its place. Never throws; never drops a whole input.

import { Problems, isRecord } from './problems.ts';
import {
  ADULT_ACTIVITIES,
  CHILD_ACTIVITIES,
  HISTORY_MONTHS,
  HOUSING_STATUSES,
  defaultHousehold,
  emptyAdult,
} from './household.ts';
import type { Adult, Child, Household } from './household.ts';
import type { Problem } from './types.ts';

export const MAX_CHILDREN = 20;
const MAX_AMOUNT = 100_000;

export interface DecodedHousehold {
  household: Household;
  errors: Problem[];
  warnings: Problem[];
}

/** Decodes `raw` into a household; fields that are broken fall back to defaults and are reported. */
export function decodeHousehold(raw: unknown, fallbackMonth = '2026-01'): DecodedHousehold {
  const p = new Problems();
  const d = defaultHousehold(fallbackMonth);
  const r = isRecord(raw)
    ? raw
    : (p.error('', 'le foyer doit être un objet { … }', 'the household must be an object { … }'), {});
  const rec = (v: unknown) => (isRecord(v) ? v : {});

  const month =
    typeof r.month === 'string' && /^20(1[6-9]|2\d|30)-(0[1-9]|1[0-2])$/.test(r.month)
      ? r.month
      : (r.month !== undefined &&
          p.error(
            'month',
            'mois attendu au format AAAA-MM, entre 2016-01 et 2030-12',
            'expected a month as YYYY-MM, between 2016-01 and 2030-12',
          ),
        d.month);

  const rawAdults = Array.isArray(r.adults) ? r.adults : [];
  if (rawAdults.length === 0)
    p.error(
      'adults',
      'le foyer a au moins un adulte (la personne qui a le dossier)',
      'the household has at least one adult (the file holder)',
    );
  if (rawAdults.length > 2)
    p.error(
      'adults',
      `un dossier CAF compte au plus deux adultes (reçu ${rawAdults.length})`,
      `a CAF file has at most two adults (got ${rawAdults.length})`,
    );
  const adults = (rawAdults.length ? rawAdults.slice(0, 2) : [{}]).map((a, i) => adult(rec(a), `adults[${i}]`, p));

  const rawChildren = Array.isArray(r.children) ? r.children : [];
  if (rawChildren.length > MAX_CHILDREN)
    p.error(
      'children',
      `au plus ${MAX_CHILDREN} enfants dans ce simulateur (reçu ${rawChildren.length})`,
      `at most ${MAX_CHILDREN} children in this simulator (got ${rawChildren.length})`,
    );
  const children = rawChildren.slice(0, MAX_CHILDREN).map((c, i) => child(rec(c), `children[${i}]`, p));
  const oldestAdult = Math.max(...adults.map((a) => a.age));
  children.forEach((c, i) => {
    if (c.age > oldestAdult - 12)
      p.error(
        `children[${i}].age`,
        `un enfant de ${c.age} ans avec un adulte de ${oldestAdult} ans au plus : vérifiez les âges`,
        `a child aged ${c.age} with an adult aged at most ${oldestAdult}: check the ages`,
      );
  });

  const b = rec(r.benefits);
  const amt = (v: unknown, path: string, def: number) => amount(v, path, def, p);
  const benefits = {
    rsa: amt(b.rsa, 'benefits.rsa', 0),
    primeActivite: amt(b.primeActivite, 'benefits.primeActivite', 0),
    af: amt(b.af, 'benefits.af', 0),
    cf: amt(b.cf, 'benefits.cf', 0),
    housingAid: amt(b.housingAid, 'benefits.housingAid', 0),
    other: amt(b.other, 'benefits.other', 0),
  };
  const young = children.filter((c) => c.age < 20).length;
  if (benefits.af > 0 && young < 2)
    p.warn(
      'benefits.af',
      'les allocations familiales sont versées à partir de deux enfants de moins de 20 ans',
      'family allowances start with two children under 20',
    );
  if (benefits.cf > 0 && children.filter((c) => c.age >= 3 && c.age < 21).length < 3)
    p.warn(
      'benefits.cf',
      'le complément familial suppose au moins trois enfants de 3 à 21 ans',
      'the complément familial requires at least three children aged 3 to 21',
    );
  if (r.entitlements === 'declared' && benefits.rsa > 0 && adults.every((a) => a.age < 25) && children.length === 0)
    p.warn(
      'benefits.rsa',
      'le RSA est en principe réservé aux 25 ans et plus sans enfant',
      'the RSA is in principle for people aged 25 or more when there is no child',
    );

  const h = rec(r.housing);
  const status = oneOf(h.status, HOUSING_STATUSES, 'housing.status', d.housing.status, p);
  const rent = amt(h.rent, 'housing.rent', status === 'locataire' ? d.housing.rent : 0);
  if (status !== 'locataire' && rent > 0)
    p.warn(
      'housing.rent',
      'un loyer est indiqué alors que le foyer n’est pas locataire : il est ignoré',
      'a rent is given but the household is not a tenant: it is ignored',
    );

  const hist = rec(r.history);
  const history = {
    separation12m: bool(hist.separation12m, 'history.separation12m', false, p),
    rentChanges18m: integer(hist.rentChanges18m, 'history.rentChanges18m', 0, 0, 18, p),
    monthsWorked12: integer(
      hist.monthsWorked12,
      'history.monthsWorked12',
      adults.some((a) => a.earnings > 0) ? 12 : 0,
      0,
      12,
      p,
    ),
    adjustments24m: bool(hist.adjustments24m, 'history.adjustments24m', false, p),
  };
  if (history.monthsWorked12 === 0 && adults.some((a) => a.earnings > 0))
    p.warn(
      'history.monthsWorked12',
      'des revenus d’activité sont indiqués mais aucun mois travaillé sur 12',
      'earnings are given but no month worked out of 12',
    );

  const household: Household = {
    month,
    adults,
    children,
    benefits,
    housing: { status, rent: status === 'locataire' ? rent : 0 },
    guardianship: bool(r.guardianship, 'guardianship', false, p),
    alimony: amt(r.alimony, 'alimony', 0),
    priorityNeighbourhood: bool(r.priorityNeighbourhood, 'priorityNeighbourhood', false, p),
    pregnant: bool(r.pregnant, 'pregnant', false, p),
    entitlements: oneOf(r.entitlements, ['computed', 'declared'] as const, 'entitlements', 'computed', p),
    notClaimed: {
      rsa: bool(rec(r.notClaimed).rsa, 'notClaimed.rsa', false, p),
      primeActivite: bool(rec(r.notClaimed).primeActivite, 'notClaimed.primeActivite', false, p),
    },
    history,
  };
  return { household, errors: p.errors, warnings: p.warnings };
}

function adult(a: Record<string, unknown>, path: string, p: Problems): Adult {
  const d = emptyAdult();
  const age = integer(a.age, `${path}.age`, d.age, 0, 120, p);
  if (age < 18)
    p.error(
      `${path}.age`,
      `un adulte du dossier a au moins 18 ans (reçu ${age})`,
      `an adult of the file is at least 18 (got ${age})`,
    );
  const activity = oneOf(a.activity, ADULT_ACTIVITIES, `${path}.activity`, d.activity, p);
  const earnings = amount(a.earnings, `${path}.earnings`, 0, p);
  if ((activity === 'retraite' || activity === 'inactif') && earnings > 0)
    p.warn(
      `${path}.earnings`,
      'des revenus d’activité pour une personne retraitée ou sans activité : vérifiez l’activité',
      'earnings for a retired or inactive person: check the activity',
    );
  const out: Adult = {
    age,
    activity,
    earnings,
    otherIncome: amount(a.otherIncome, `${path}.otherIncome`, 0, p),
    aah: amount(a.aah, `${path}.aah`, 0, p),
  };
  if (a.earningsHistory !== undefined) {
    if (!Array.isArray(a.earningsHistory) || a.earningsHistory.length !== HISTORY_MONTHS)
      p.error(
        `${path}.earningsHistory`,
        `${HISTORY_MONTHS} montants mensuels attendus, du plus ancien au mois de la situation`,
        `${HISTORY_MONTHS} monthly amounts expected, oldest first, ending with the month of the situation`,
      );
    else out.earningsHistory = a.earningsHistory.map((x, i) => amount(x, `${path}.earningsHistory[${i}]`, 0, p));
  }
  return out;
}

function child(c: Record<string, unknown>, path: string, p: Problems): Child {
  const age = integer(c.age, `${path}.age`, 5, 0, 120, p);
  if (age > 25)
    p.error(
      `${path}.age`,
      `au-delà de 25 ans une personne n’est plus à charge (reçu ${age} ans)`,
      `beyond 25 a person is no longer a dependant (got ${age})`,
    );
  const activity = oneOf(c.activity, CHILD_ACTIVITIES, `${path}.activity`, age < 16 ? 'scolaire' : 'etudiant', p);
  if (age < 16 && activity !== 'scolaire')
    p.error(
      `${path}.activity`,
      `à ${age} ans un enfant est scolarisé (instruction obligatoire jusqu’à 16 ans)`,
      `at ${age} a child is at school (compulsory until 16)`,
    );
  return { age, activity };
}

function amount(v: unknown, path: string, def: number, p: Problems): number {
  if (v === undefined || v === null || v === '') return def;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    p.error(
      path,
      `montant illisible (${String(v).slice(0, 20)}) : un nombre d’euros est attendu`,
      `unreadable amount (${String(v).slice(0, 20)}): a number of euros is expected`,
    );
    return def;
  }
  if (v < 0) p.error(path, `un montant ne peut pas être négatif (${v} €)`, `an amount cannot be negative (${v} €)`);
  if (v > MAX_AMOUNT)
    p.error(
      path,
      `montant mensuel hors limites (${v} € > ${MAX_AMOUNT} €)`,
      `monthly amount out of range (${v} € > ${MAX_AMOUNT} €)`,
    );
  return Math.min(Math.max(v, 0), MAX_AMOUNT);
}

function integer(v: unknown, path: string, def: number, min: number, max: number, p: Problems): number {
  if (v === undefined || v === null || v === '') return def;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    p.error(
      path,
      `nombre entier entre ${min} et ${max} attendu (reçu ${String(v).slice(0, 20)})`,
      `whole number between ${min} and ${max} expected (got ${String(v).slice(0, 20)})`,
    );
    return typeof v === 'number' && Number.isFinite(v) ? Math.min(Math.max(Math.round(v), min), max) : def;
  }
  return v;
}

function bool(v: unknown, path: string, def: boolean, p: Problems): boolean {
  if (v === undefined) return def;
  if (typeof v === 'boolean') return v;
  p.error(path, 'oui/non attendu (true ou false)', 'yes/no expected (true or false)');
  return def;
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[], path: string, def: T, p: Problems): T {
  if (v === undefined) return def;
  if (allowed.includes(v as T)) return v as T;
  p.error(
    path,
    `valeur "${String(v).slice(0, 30)}" inconnue (possibles : ${allowed.join(', ')})`,
    `unknown value "${String(v).slice(0, 30)}" (allowed: ${allowed.join(', ')})`,
  );
  return def;
}

// Typed access to the dated parameters: the values in force in a given month, as decimals.

import primeActiviteRaw from './parameters/prime-activite.json' with { type: 'json' };
import rsaRaw from './parameters/rsa.json' with { type: 'json' };
import smicRaw from './parameters/smic.json' with { type: 'json' };
import { inForce, type DatedSeries } from './dated.ts';
import { Dec } from './decimal.ts';

type Table = Record<string, DatedSeries>;
export const PRIME_ACTIVITE_PARAMETERS = primeActiviteRaw as Table;
export const RSA_PARAMETERS = rsaRaw as Table;
export const SMIC_PARAMETERS = smicRaw as Table;

/** Values in force by month, parsed once per month: the rules ask for them thousands of times per sweep. */
function reader<K extends string>(table: Table, keys: readonly K[]) {
  const cache = new Map<string, Readonly<Record<K, Dec>>>();
  return (month: string): Readonly<Record<K, Dec>> => {
    let out = cache.get(month);
    if (!out) {
      const fresh = {} as Record<K, Dec>;
      for (const k of keys) fresh[k] = Dec.of(inForce(table[k]!, month).value);
      cache.set(month, (out = Object.freeze(fresh)));
    }
    return out;
  };
}

const COMPOSITION = [
  'montant_de_base',
  'majoration_deuxieme_personne',
  'majoration_personne_supplementaire',
  'majoration_troisieme_enfant',
  'isolement_base',
  'isolement_par_enfant',
  'forfait_logement_1',
  'forfait_logement_2',
  'forfait_logement_3',
  'montant_minimum_verse',
  'age_minimum',
] as const;

export const primeActiviteAt = reader(PRIME_ACTIVITE_PARAMETERS, [
  ...COMPOSITION,
  'pente',
  'bonification_seuil_bas',
  'bonification_seuil_haut',
  'bonification_taux_max',
  'seuil_aah_activite',
  'plafond_etudiant',
  'taux_crds',
] as const);
export const rsaAt = reader(RSA_PARAMETERS, COMPOSITION);
const smicReader = reader(SMIC_PARAMETERS, ['smic_horaire_brut'] as const);
export const smicHoraireAt = (month: string): Dec => smicReader(month).smic_horaire_brut;

export type CompositionParams = ReturnType<typeof rsaAt>;
export type PrimeActiviteParams = ReturnType<typeof primeActiviteAt>;

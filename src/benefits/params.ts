// Typed access to the dated parameters: the values in force in a given month, as decimals.

import ppaRaw from './parameters/prime-activite.json' with { type: 'json' };
import rsaRaw from './parameters/rsa.json' with { type: 'json' };
import smicRaw from './parameters/smic.json' with { type: 'json' };
import { inForce, type DatedSeries } from './dated.ts';
import { Dec } from './decimal.ts';

type Table = Record<string, DatedSeries>;
export const PPA_PARAMETERS = ppaRaw as Table;
export const RSA_PARAMETERS = rsaRaw as Table;
export const SMIC_PARAMETERS = smicRaw as Table;

function reader<K extends string>(table: Table, keys: readonly K[]) {
  return (month: string): Record<K, Dec> => {
    const out = {} as Record<K, Dec>;
    for (const k of keys) out[k] = Dec.of(inForce(table[k]!, month).value);
    return out;
  };
}

const COMPOSITION = ['montant_de_base', 'majoration_deuxieme_personne', 'majoration_personne_supplementaire', 'majoration_troisieme_enfant', 'isolement_base', 'isolement_par_enfant', 'forfait_logement_1', 'forfait_logement_2', 'forfait_logement_3', 'montant_minimum_verse', 'age_minimum'] as const;

export const ppaAt = reader(PPA_PARAMETERS, [...COMPOSITION, 'pente', 'bonification_seuil_bas', 'bonification_seuil_haut', 'bonification_taux_max', 'seuil_aah_activite', 'plafond_etudiant', 'taux_crds'] as const);
export const rsaAt = reader(RSA_PARAMETERS, COMPOSITION);
export const smicHoraireAt = (month: string): Dec => Dec.of(inForce(SMIC_PARAMETERS.smic_horaire_brut!, month).value);

export type CompositionParams = ReturnType<typeof rsaAt>;
export type PpaParams = ReturnType<typeof ppaAt>;

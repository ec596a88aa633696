// Our French and English glosses of the Slimme Check's 15 Dutch variable names (from the English
// glosses in test/cases/amsterdam/model-facts.csv, themselves not official), with the form's hints:
// a plausible range and the value of the published profile the form starts from (row 2 of
// Lighthouse Reports' model_scoring_comparison.csv).

type Text = { fr: string; en: string };
export interface Gloss {
  id: string;
  /** The EBM's term name when it differs from the input's (the income). */
  term?: string;
  label: Text;
  definition: Text;
  unit?: string;
  levels?: Record<string, Text>;
  input?: { min?: number; max?: number; step?: number; typical?: number | string | null };
  imputeIndicator?: string;
}

const OURS = {
  fr: ' Traduction du projet, pas une définition officielle.',
  en: ' Our gloss, not an official definition.',
};
const t = (fr: string, en: string): Text => ({ fr, en });
const def = (fr: string, en: string): Text => ({ fr: fr + OURS.fr, en: en + OURS.en });
const YES_NO = { '0': t('non', 'no'), '1': t('oui', 'yes') };

export const VARIABLES: Gloss[] = [
  {
    id: 'afspraken_no_show_count_last_year',
    label: t('Rendez-vous manqués l’an dernier', 'Missed appointments (no-shows) last year'),
    definition: def(
      'Nombre de rendez-vous manqués (absences) au cours de l’année écoulée.',
      'Number of missed appointments (no-shows) in the last year.',
    ),
    unit: 'rendez-vous',
    input: { min: 0, max: 10, step: 1, typical: 0 },
  },
  {
    id: 'deelnames_started_percentage_last_year',
    label: t('Part des activités commencées l’an dernier', 'Share of activities started last year'),
    definition: def(
      'Part (0 à 1) des activités de réinsertion prescrites effectivement commencées l’an dernier.',
      'Share (0 to 1) of assigned re-integration activities actually started last year.',
    ),
    unit: 'part (0–1)',
    input: { min: 0, max: 1, step: 0.05, typical: 0 },
  },
  {
    id: 'received_same_product_last_year',
    label: t('A reçu la même prestation l’an dernier', 'Received the same benefit last year'),
    definition: def(
      'A perçu la même prestation au cours de l’année écoulée.',
      'Received the same benefit (product) in the last year.',
    ),
    levels: YES_NO,
    input: { typical: '0' },
  },
  {
    id: 'applied_for_same_product_last_year',
    label: t('A demandé la même prestation l’an dernier', 'Applied for the same benefit last year'),
    definition: def(
      'A déjà demandé la même prestation au cours de l’année écoulée.',
      'Applied for the same benefit (product) in the last year.',
    ),
    levels: YES_NO,
    input: { typical: '0' },
  },
  {
    id: 'total_vermogen',
    label: t('Patrimoine total déclaré', 'Total declared assets'),
    definition: def(
      'Patrimoine total déclaré, en euros semble-t-il (négatif : dette nette) ; de −3 200 133 à 123 766 dans les données d’apprentissage.',
      'Total declared assets, apparently in euros (negative: net debt); −3,200,133 to 123,766 in the training data.',
    ),
    unit: '€ ?',
    input: { min: -100000, max: 125000, step: 100, typical: 3000 },
  },
  {
    id: 'days_since_last_relocation',
    label: t('Jours depuis le dernier déménagement', 'Days since last relocation'),
    definition: def(
      'Jours depuis le dernier changement d’adresse (99 999 : aucun déménagement enregistré).',
      'Days since the last change of address (99,999: no relocation recorded).',
    ),
    unit: 'jours',
    input: { min: -67, max: 99999, step: 1, typical: 2000 },
  },
  {
    id: 'at_least_one_address_in_amsterdam',
    label: t('Au moins une adresse à Amsterdam', 'At least one address in Amsterdam'),
    definition: def('Au moins une adresse à Amsterdam.', 'At least one address in Amsterdam.'),
    levels: YES_NO,
    input: { typical: '1' },
  },
  {
    id: 'has_medebewoner',
    label: t('Vit avec un cohabitant', 'Has a co-resident'),
    definition: def('A un cohabitant ou colocataire (medebewoner).', 'Has a co-resident or housemate (medebewoner).'),
    levels: YES_NO,
    input: { typical: '0' },
  },
  {
    id: 'active_address_count',
    label: t('Nombre d’adresses actives', 'Number of active addresses'),
    definition: def('Nombre d’adresses actives.', 'Number of active addresses.'),
    unit: 'adresses',
    input: { min: 0, max: 5, step: 1, typical: 0 },
  },
  {
    id: 'has_partner',
    label: t('A un ou une partenaire', 'Has a partner'),
    definition: def('A un ou une partenaire.', 'Has a partner.'),
    levels: YES_NO,
    input: { typical: '1' },
  },
  {
    id: 'afspraken_no_contact_count_last_year',
    label: t('Rendez-vous sans contact l’an dernier', 'Appointments with no contact last year'),
    definition: def(
      'Rendez-vous sans contact l’an dernier ; le modèle ne connaît que 0 et 1.',
      'Appointments with no contact last year; the model knows only 0 and 1.',
    ),
    levels: { '0': t('0', '0'), '1': t('1', '1') },
    input: { typical: '0' },
  },
  {
    id: 'avg_percentage_maatregel',
    label: t('Pourcentage moyen des sanctions passées', 'Average percentage of past sanctions'),
    definition: def(
      'Pourcentage moyen de réduction de l’aide lors de sanctions passées (maatregel) ; valeurs de 0 à 100 000 à l’apprentissage : échelle non documentée.',
      'Average benefit-reduction percentage of past sanctions (maatregel); training values 0 to 100,000: scale not documented.',
    ),
    unit: '% ? (échelle non documentée)',
    input: { min: 0, max: 100000, step: 100, typical: 0 },
  },
  {
    id: 'days_since_last_dienst_end',
    label: t('Jours depuis la fin de la dernière prestation', 'Days since the last benefit ended'),
    definition: def(
      'Jours depuis la fin de la dernière prestation (99 999 : jamais eue).',
      'Days since the last benefit (dienst) ended (99,999: never had one).',
    ),
    unit: 'jours',
    input: { min: 0, max: 99999, step: 1, typical: 0 },
  },
  {
    id: 'sum_inkomen_bruto',
    term: 'sum_inkomen_bruto_value',
    label: t('Revenus bruts déclarés', 'Declared gross income'),
    definition: def(
      'Somme des revenus bruts déclarés ; de 0 à 2 067 à l’apprentissage, unité et période non documentées. Non renseignée, elle est remplacée par la moyenne d’apprentissage et l’indicateur passe à 1 (terme sum_inkomen_bruto_value du modèle).',
      'Sum of declared gross income; 0 to 2,067 in the training data, unit and period not documented. When missing it is replaced by the training mean and the indicator is set to 1 (the model’s term sum_inkomen_bruto_value).',
    ),
    unit: '€ ?',
    input: { min: 0, max: 2100, step: 1, typical: 1000 },
    imputeIndicator: 'sum_inkomen_bruto_was_mean_imputed',
  },
  {
    id: 'sum_inkomen_bruto_was_mean_imputed',
    label: t('Revenus remplacés par la moyenne', 'Income replaced by the mean'),
    definition: def(
      '1 quand les revenus manquaient et ont été remplacés par la moyenne ; le modèle le calcule lui-même.',
      '1 when the income was missing and replaced by the mean; the model derives it itself.',
    ),
    levels: YES_NO,
  },
];

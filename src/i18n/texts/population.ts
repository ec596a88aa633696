// Texts of the population view (where a household stands among 13.8 million, who gets controlled).
// Placeholders in braces are filled by the panel; plain words first, technical terms under "détails".
export const frPopulation = {
  popTitle: 'Où se situe ce foyer parmi 13,8 millions de foyers ?',
  popSynthetic:
    'Ces foyers sont synthétiques : 100 000 foyers fictifs, construits pour reproduire quelques statistiques ' +
    'publiques (types de famille, RSA, prime d’activité, AAH, aides au logement, QPV). Ce ne sont pas de vrais foyers.',
  popUnknownWeights:
    'Les poids du modèle de la CNAF sont inconnus : chaque résultat est une fourchette sur {n} jeux de poids ' +
    'plausibles tirés au hasard, puis vient l’exemple de poids fictifs.',
  popFixedWeights: 'Tous les poids de ce modèle sont fixés : un seul résultat, sans fourchette.',
  popUnavailable:
    'La population synthétique n’a pas pu être chargée ({detail}). Le reste de l’application fonctionne ; ' +
    'rechargez la page pour réessayer.',
  popInvalidFile: 'Le fichier de la population synthétique est illisible ({detail}).',
  popTooLarge:
    'Ce modèle est trop grand pour la vue de population : il a {variables} variables, et elle en prend au plus ' +
    '{max} pour tenir dans la mémoire de l’appareil. Recharger la page n’y changera rien : choisissez un modèle ' +
    'plus petit pour cette vue. Le reste de l’application fonctionne avec ce modèle.',
  popCard: 'Ce modèle est une fiche descriptive, sans poids : il ne classe pas les foyers.',
  popHousehold: 'Le foyer décrit n’est pas complet ({detail}) : corrigez-le pour le situer.',
  popControls: 'Foyers contrôlés (sur {total})',
  popControlsHelp: 'En 2024 : 166 000 contrôles issus du datamining pour 13,8 millions de foyers.',
  popControlsInvalid: 'Indiquez un nombre entier de foyers entre 1 et {max}.',
  popLoading: 'Chargement de la population synthétique…',
  popProgress: 'Jeux de poids : {done} sur {total}',
  popEnsembleLead:
    'Les réponses portent sur {n} pondérations {ensemble}. Le seuil, pour chacune : le score du 166 000ᵉ foyer ' +
    'de la population (les 166 000 scores les plus élevés sur 13,8 millions sont contrôlés).',
  popEnsembleShare: 'Dans {share} des pondérations {ensemble}, ce foyer ferait partie des {count} foyers contrôlés.',
  popEnsembleCalibrated: 'compatibles avec ce qui est publié',
  popEnsemblePrior: 'permises par les sens connus',
  popCancel: 'Arrêter',
  popRestart: 'Relancer les tirages',
  popCancelled: 'Arrêté : les fourchettes portent sur les {done} jeux de poids déjà tirés.',
  popRankTitle: 'Son rang',
  popRankRange: 'Selon les poids, ce foyer a un score plus élevé que {low} à {high} des foyers (médiane {median}).',
  popRankExample: 'Avec l’exemple de poids fictifs : plus élevé que {example} des foyers.',
  popControlledShare: 'Il ferait partie des {count} foyers contrôlés avec {share} des jeux de poids tirés.',
  popControlledExample: 'Avec l’exemple de poids fictifs : {verdict}.',
  popControlledYes: 'il serait contrôlé',
  popControlledNo: 'il ne serait pas contrôlé',
  popChartTitle: 'Répartition des scores des foyers (exemple de poids fictifs)',
  popChartHelp:
    'Chaque barre compte les foyers dont le score tombe dans l’intervalle. Le trait plein marque ce foyer, ' +
    'le trait pointillé le seuil au-delà duquel un foyer est contrôlé.',
  popChartHousehold: 'ce foyer',
  popChartThreshold: 'seuil de contrôle',
  popTable: 'Tableau des données',
  popBin: 'Score',
  popHouseholds: 'Foyers',
  popGroupsTitle: 'Qui remplit le groupe contrôlé ?',
  popGroupsHelp:
    'Part de chaque groupe parmi les foyers contrôlés, comparée à sa part dans toute la population. Un rapport ' +
    'de 2 veut dire deux fois plus présent parmi les contrôlés que dans la population.',
  popGroup: 'Groupe',
  popShareAll: 'Part dans la population',
  popShareControlled: 'Part parmi les contrôlés (fourchette)',
  popRatio: 'Sur-représentation (fourchette)',
  popExample: 'Exemple de poids fictifs',
  popGroupNames: {
    single: 'Personne seule sans enfant',
    coupleNoChildren: 'Couple sans enfant',
    coupleWithChildren: 'Couple avec enfants',
    singleParent: 'Famille monoparentale',
    rsa: 'Perçoit le RSA',
    primeActivite: 'Perçoit la prime d’activité',
    aah: 'Perçoit l’AAH',
    housingAid: 'Perçoit une aide au logement',
    af: 'Perçoit les allocations familiales',
    qpv: 'Habite en quartier prioritaire (QPV)',
    none: 'Sans revenu (hors prestations)',
    'under0.5Smic': 'Revenu par part sous 0,5 SMIC',
    '0.5to1Smic': 'Revenu par part de 0,5 à 1 SMIC',
    '1to1.5Smic': 'Revenu par part de 1 à 1,5 SMIC',
    'over1.5Smic': 'Revenu par part au-delà de 1,5 SMIC',
  },
  popReportedTitle: 'Le chiffre rapporté : 36 % de familles monoparentales',
  popReported:
    'Il a été rapporté que les familles monoparentales représentaient 36 % des contrôles effectués à domicile, alors ' +
    'qu’elles sont 16 % des foyers.',
  popReportedRange:
    'Ici, selon les poids, elles font de {low} à {high} du groupe contrôlé (médiane {median} ; exemple de ' +
    'poids fictifs : {example}).',
  popReportedYes:
    'Des poids compatibles avec ce qui est connu peuvent donc reproduire ce chiffre, mais aussi d’autres : ' +
    'cela ne prouve pas que la CNAF utilise ces poids.',
  popReportedCount: '{n} des {total} jeux de poids tirés donnent entre 34 % et 38 %.',
  popReportedNo: 'Aucun des jeux de poids tirés ne reproduit ce chiffre (à 2 points près).',
  popReportedCaveat:
    'Le chiffre rapporté porte sur les contrôles à domicile (vers 2022), pas seulement sur ceux choisis par le score.',
  popProvenance: 'D’où viennent ces foyers ? (sources de chaque statistique)',
  popMargin: 'Statistique',
  popPublished: 'Publié',
  popReproduced: 'Reproduit',
  popYear: 'Année',
  popScope: 'Champ',
  popSource: 'Source',
  popDetails: 'détails',
  popDetailsText:
    'Tirages : chaque poids libre uniforme dans sa plage plausible (graine {seed}) ; fourchette = 5 % à 95 % ' +
    'des tirages. Population : {records} enregistrements pondérés par calage (raking) sur les marges publiques, ' +
    'mois {month}. Chargement : {load} ms.',
};

export const enPopulation: typeof frPopulation = {
  popTitle: 'Where does this household stand among 13.8 million?',
  popSynthetic:
    'These households are synthetic: 100,000 made-up households built to reproduce a few public statistics ' +
    '(family types, RSA, prime d’activité, AAH, housing aid, QPV). They are not real households.',
  popUnknownWeights:
    'The CNAF model’s weights are unknown: every result is a range over {n} plausible weight sets drawn at ' +
    'random, followed by the made-up example weights.',
  popFixedWeights: 'Every weight of this model is fixed: one result, no range.',
  popUnavailable:
    'The synthetic population could not be loaded ({detail}). The rest of the app works; reload the page to ' +
    'try again.',
  popInvalidFile: 'The synthetic population’s file cannot be read ({detail}).',
  popTooLarge:
    'This model is too large for the population view: it has {variables} variables, and the view takes at most ' +
    '{max} to fit in the device’s memory. Reloading the page will not change that: choose a smaller model for ' +
    'this view. The rest of the app works with this model.',
  popCard: 'This model is a description card without weights: it ranks no household.',
  popHousehold: 'The household is not complete ({detail}): correct it to place it.',
  popControls: 'Households controlled (out of {total})',
  popControlsHelp: 'In 2024: 166,000 data-mining controls for 13.8 million households.',
  popControlsInvalid: 'Give a whole number of households between 1 and {max}.',
  popLoading: 'Loading the synthetic population…',
  popProgress: 'Weight sets: {done} of {total}',
  popEnsembleLead:
    'The answers are over {n} weightings {ensemble}. The threshold, for each: the score of the 166,000th household ' +
    'of the population (the 166,000 highest scores among 13.8 million are controlled).',
  popEnsembleShare: 'Under {share} of the weightings {ensemble}, this household would be among the {count} controlled.',
  popEnsembleCalibrated: 'compatible with what is published',
  popEnsemblePrior: 'allowed by the known directions',
  popCancel: 'Stop',
  popRestart: 'Draw again',
  popCancelled: 'Stopped: the ranges cover the {done} weight sets already drawn.',
  popRankTitle: 'Its rank',
  popRankRange:
    'Depending on the weights, this household scores higher than {low} to {high} of households (median {median}).',
  popRankExample: 'With the made-up example weights: higher than {example} of households.',
  popControlledShare: 'It would be among the {count} households controlled under {share} of the weight sets drawn.',
  popControlledExample: 'With the made-up example weights: {verdict}.',
  popControlledYes: 'it would be controlled',
  popControlledNo: 'it would not be controlled',
  popChartTitle: 'How households’ scores are spread (made-up example weights)',
  popChartHelp:
    'Each bar counts the households whose score falls in its interval. The solid line marks this household, ' +
    'the dashed line the threshold above which a household is controlled.',
  popChartHousehold: 'this household',
  popChartThreshold: 'control threshold',
  popTable: 'Data table',
  popBin: 'Score',
  popHouseholds: 'Households',
  popGroupsTitle: 'Who fills the controlled group?',
  popGroupsHelp:
    'Each group’s share of the controlled households, against its share of the whole population. A ratio of 2 ' +
    'means twice as present among the controlled as in the population.',
  popGroup: 'Group',
  popShareAll: 'Share of the population',
  popShareControlled: 'Share of the controlled (range)',
  popRatio: 'Over-representation (range)',
  popExample: 'Made-up example weights',
  popGroupNames: {
    single: 'Single, no child',
    coupleNoChildren: 'Couple, no child',
    coupleWithChildren: 'Couple with children',
    singleParent: 'Single parent',
    rsa: 'Receives the RSA',
    primeActivite: 'Receives the prime d’activité',
    aah: 'Receives the AAH',
    housingAid: 'Receives housing aid',
    af: 'Receives family allowances',
    qpv: 'Lives in a priority neighbourhood (QPV)',
    none: 'No income (benefits aside)',
    'under0.5Smic': 'Income per unit under 0.5 SMIC',
    '0.5to1Smic': 'Income per unit 0.5 to 1 SMIC',
    '1to1.5Smic': 'Income per unit 1 to 1.5 SMIC',
    'over1.5Smic': 'Income per unit above 1.5 SMIC',
  },
  popReportedTitle: 'The reported figure: 36 % single parents',
  popReported: 'Single parents were reported to make up 36 % of home controls, while they are 16 % of households.',
  popReportedRange:
    'Here, depending on the weights, they make up {low} to {high} of the controlled group (median {median}; ' +
    'made-up example weights: {example}).',
  popReportedYes:
    'Weights consistent with what is known can therefore reproduce the figure, and others too: this does not ' +
    'prove the CNAF uses such weights.',
  popReportedCount: '{n} of the {total} weight sets drawn give between 34 % and 38 %.',
  popReportedNo: 'None of the weight sets drawn reproduces the figure (within 2 points).',
  popReportedCaveat: 'The reported figure is about home controls (around 2022), not only those chosen by the score.',
  popProvenance: 'Where do these households come from? (the source of each statistic)',
  popMargin: 'Statistic',
  popPublished: 'Published',
  popReproduced: 'Reproduced',
  popYear: 'Year',
  popScope: 'Scope',
  popSource: 'Source',
  popDetails: 'details',
  popDetailsText:
    'Draws: each free weight uniform within its plausible range (seed {seed}); range = 5 % to 95 % of the ' +
    'draws. Population: {records} records weighted by calibration (raking) on the public margins, month ' +
    '{month}. Load: {load} ms.',
};

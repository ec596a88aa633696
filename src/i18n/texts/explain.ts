// The explanation's texts (what is known first), the weight editor's rows and the caption every
// exported chart carries inside its image.

export const frExplain = {
  explainHelp:
    'D’abord ce qui est connu : les variables dont le sens est publié ou rapporté, avec leur plage d’effet sur le ' +
    'score de ce foyer (en log-cote). Ensuite, ensemble, celles dont le sens n’est pas connu.',
  explainCaption: 'Ce que chaque variable peut faire au score de ce foyer : les sens connus d’abord, puis les autres',
  explainUp: 'ne peut que faire monter le score',
  explainDown: 'ne peut que le faire baisser',
  explainEither: 'peuvent faire monter ou baisser le score',
  explainEitherRow: '{count} variables dont le sens n’est pas connu',
  explainExactly: 'exactement {value}',
  explainMedian: 'médiane {value}',
  explainSourceCalibrated:
    'Plages d’effet : de 5 % à 95 % des {n} pondérations compatibles avec ce qui est publié (les sens et les ' +
    'chiffres publiés). Ce ne sont pas les pondérations de la CNAF.',
  explainSourcePrior:
    'Plages d’effet : tout ce que permettent les sens connus et les plages plausibles, sans les chiffres publiés.',
  explainSourcePriorWhy: 'Aucun ensemble calibré sur les chiffres publiés n’est disponible pour ce modèle.',
  sweepBandLegend: '5 % à 95 % des {n} pondérations tirées',
  sweepExampleLegend: 'un exemple de pondération (poids fictifs)',
  sweepColBand: 'Score, 5 % – 95 % des pondérations',
  weightColStatus: 'Provenance',
  weightColRange: 'Plage plausible',
  weightFixed: 'fixé',
  weightTyped: 'fixé à la valeur saisie',
  weightZeroDouble:
    '« × 2 » ne change rien : ce poids vaut 0 (inconnu dans le fichier), et 2 × 0 = 0. Saisissez une valeur ou ' +
    'utilisez le curseur.',
  weightsFilterLabel: 'Chercher un poids (libellé ou identifiant) :',
  exportModel: 'Modèle : {model}',
  exportHousehold: 'Foyer : {name}',
  exportDate: 'Image du {date}',
  exportPlaceholder: 'Pondérations fictives : ce ne sont pas celles de la CNAF, qui ne sont pas publiques.',
} as const;

export const enExplain: { [K in keyof typeof frExplain]: string } = {
  explainHelp:
    'What is known first: the variables whose direction is published or reported, with their range of effect on ' +
    'this household’s score (in log-odds). Then, together, those whose direction is not known.',
  explainCaption: 'What each variable can do to this household’s score: known directions first, then the others',
  explainUp: 'can only push the score up',
  explainDown: 'can only pull it down',
  explainEither: 'can push the score up or down',
  explainEitherRow: '{count} variables of unknown direction',
  explainExactly: 'exactly {value}',
  explainMedian: 'median {value}',
  explainSourceCalibrated:
    'Ranges of effect: 5 % to 95 % of the {n} weightings consistent with what is published (the directions and ' +
    'the published figures). They are not the CNAF’s weights.',
  explainSourcePrior:
    'Ranges of effect: everything the known directions and plausible ranges allow, without the published figures.',
  explainSourcePriorWhy: 'No ensemble calibrated on the published figures is available for this model.',
  sweepBandLegend: '5 % to 95 % of the {n} weightings drawn',
  sweepExampleLegend: 'one example weighting (made-up weights)',
  sweepColBand: 'Score, 5 % – 95 % of the weightings',
  weightColStatus: 'Provenance',
  weightColRange: 'Plausible range',
  weightFixed: 'fixed',
  weightTyped: 'fixed at the value typed',
  weightZeroDouble:
    '“× 2” changes nothing: this weight is 0 (unknown in the file), and 2 × 0 = 0. Type a value or use the slider.',
  weightsFilterLabel: 'Find a weight (label or id):',
  exportModel: 'Model: {model}',
  exportHousehold: 'Household: {name}',
  exportDate: 'Image of {date}',
  exportPlaceholder: 'Made-up weights: they are not the CNAF’s, which are not public.',
};

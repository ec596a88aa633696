// The knowledge panel's line per published figure: the household's answer with the figure and
// without it, the others as ticked (engine/calibration/narrowing.ts; French, then English).

export const frNarrowing = {
  nwLine: 'Avec ce chiffre : {with}. Sans lui : {without}.',
  nwAnswer: 'contrôlé dans {share} des pondérations, rang {low} à {high} ({n} pondérations {from})',
  nwTooFew: 'trop peu de pondérations pour une fourchette ({n} sur {of} {from}, il en faut {min})',
  nwNoneMeet:
    'aucune des {of} pondérations {from} ne le respecte aussi ; cocher ce chiffre lance la calibration, qui cherche des pondérations qui les respectent tous ou dit qu’elle n’en trouve pas',
  nwFromCalibrated: 'compatibles avec les chiffres cochés',
  nwFromPrior: 'tirées avec les sens seulement',
  nwUncheck: 'Décocher ce chiffre recalibre sans lui : la réponse « sans lui » devient alors celle de la page.',
  nwCaption: 'Ce que chaque chiffre publié change pour ce foyer',
  nwHow:
    'Pour chaque chiffre : la réponse avec lui et sans lui, les autres chiffres restant comme ils sont cochés. Ces réponses sont lues sur les pondérations déjà calculées : celles compatibles avec les chiffres cochés qui respectent aussi le chiffre ajouté, ou celles tirées avec les sens seulement qui respectent les autres. Aucune tolérance n’est élargie ; sous {min} pondérations, aucune fourchette n’est donnée. Lecture des 36 % : {reading}. Les autres chiffres sont lus tels que publiés (voir « Lecture pour le modèle »).',
  nwFigure: 'Chiffre publié',
  nwWithControlled: 'Avec : contrôlé dans',
  nwWithRank: 'Avec : rang (5–95 %)',
  nwWithoutControlled: 'Sans : contrôlé dans',
  nwWithoutRank: 'Sans : rang (5–95 %)',
  nwWidth: 'Largeur du rang, avec / sans',
  nwSets: 'Pondérations, avec / sans',
  nwCellRank: '{low} à {high}',
  nwCellWidth: '{with} / {without} points',
  nwNone: 'trop peu',
  nwOn: 'coché',
  nwOff: 'non coché',
} as const;

export const enNarrowing: { [K in keyof typeof frNarrowing]: string } = {
  nwLine: 'With this figure: {with}. Without it: {without}.',
  nwAnswer: 'controlled in {share} of the weightings, rank {low} to {high} ({n} weightings {from})',
  nwTooFew: 'too few weightings for a range ({n} of {of} {from}; {min} are needed)',
  nwNoneMeet:
    'none of the {of} weightings {from} also meets it; ticking this figure starts the calibration, which looks for weightings that meet them all or says it found none',
  nwFromCalibrated: 'compatible with the ticked figures',
  nwFromPrior: 'drawn with the directions only',
  nwUncheck: 'Unticking this figure re-calibrates without it: the “without it” answer then becomes the page’s.',
  nwCaption: 'What each published figure changes for this household',
  nwHow:
    'For each figure: the answer with it and without it, the other figures as they are ticked. These answers are read from the weightings already computed: those compatible with the ticked figures that also meet the added one, or those drawn with the directions only that meet the others. No tolerance is widened; under {min} weightings no range is given. Reading of the 36 %: {reading}. The other figures are read as published (see “Reading for the model”).',
  nwFigure: 'Published figure',
  nwWithControlled: 'With: controlled in',
  nwWithRank: 'With: rank (5–95 %)',
  nwWithoutControlled: 'Without: controlled in',
  nwWithoutRank: 'Without: rank (5–95 %)',
  nwWidth: 'Width of the rank, with / without',
  nwSets: 'Weightings, with / without',
  nwCellRank: '{low} to {high}',
  nwCellWidth: '{with} / {without} points',
  nwNone: 'too few',
  nwOn: 'ticked',
  nwOff: 'not ticked',
};

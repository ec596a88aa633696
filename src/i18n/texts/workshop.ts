// Texts of the workshop tools: files of several households (import into the pins, export), chart export.
export const frWorkshop = {
  ctlShare: 'Dans {share} des pondérations {ensemble}, ce foyer ferait partie des 166 000 foyers contrôlés',
  ctlRank: 'score plus élevé que celui de {low} à {high} des 13,8 millions de foyers',
  ctlNone: 'Pas de pondérations compatibles calculées pour ce modèle',
  ctlComputing: 'Placement parmi les foyers en cours…',
  ctlRankAxis: 'Rang parmi les 13,8 millions de foyers (0 % : le plus bas ; la marque : les 166 000 contrôlés)',
  ctlRankCol: 'Pondérations où il serait contrôlé',
  scrollHint: 'Tableau plus large que l’écran : faites-le défiler de côté.',
  droitsMeanLine: 'Moyenne des 12 derniers mois, celle que le modèle lit :',
  droitsDeclaredLine: 'Montant que vous avez déclaré, celui que le modèle lit :',
  droitsMeanWhy:
    'Deux montants différents : le droit du mois est ce que la CAF verserait ce mois-ci ; le modèle de ' +
    'score, lui, ne lit pas ce mois seul mais la moyenne de ce qui a été versé sur les 12 derniers mois. ' +
    'Si vos revenus ont changé récemment, les deux ne sont pas égaux.',
  handoutScoreRange: 'Score, quelles que soient les pondérations possibles : entre {lo} et {hi}',
  handoutScoreExact: 'Score : {score}',
  handoutRights: 'Droits estimés pour le mois de {month}',
  handoutMean: 'moyenne des 12 derniers mois, celle que le modèle lit : {mean}',
  deckOpen: 'Projeter les exemples (mode atelier)',
  deckTitle: 'Atelier : les foyers d’exemple',
  deckClose: 'Fermer',
  deckKeys: 'Flèches ← → : carte précédente ou suivante ; Début, Fin ; Échap : fermer.',
  deckPrev: 'Carte précédente',
  deckNext: 'Carte suivante',
  deckCardOf: 'Carte {n} sur {total}',
  deckSource: 'Source :',
  deckRangeLead: 'Quelles que soient les pondérations possibles, le score de ce foyer est',
  deckRange: 'entre {lo} et {hi}',
  deckRangeWhy:
    '(90 % des {n} pondérations tirées dans ce qui est connu du modèle ; les vraies pondérations de la CNAF ne sont pas publiques)',
  deckExact: 'Toutes les pondérations de ce modèle sont fixées : le score de ce foyer est',
  deckExample: 'Un exemple de pondération, avec les poids inventés du fichier (pas ceux de la CNAF) :',
  deckComputing: 'Calcul en cours…',
  deckPinsTitle: 'Foyers épinglés, sur le même axe',
  deckNoPins: 'Aucun foyer épinglé : épinglez des foyers (ou importez ceux de la classe) pour les comparer ici.',
  deckName: 'Foyer',
  chartExport: 'Enregistrer le graphique « {chart} »',
  chartExportSvg: 'Image SVG',
  chartExportPng: 'Image PNG',
  chartExportFailed: 'L’image n’a pas pu être créée dans ce navigateur.',
  filesTitle: 'Atelier : projeter, importer, exporter des foyers',
  filesHelp:
    'Un fichier CSV ou JSON peut contenir plusieurs foyers, chacun avec un nom (par ex. les scénarios d’une ' +
    'classe). Le plus simple : épinglez un ou deux foyers, exportez-les, complétez le fichier dans un tableur, ' +
    'puis importez-le. Le fichier est lu sur cet appareil, il n’est envoyé nulle part.',
  filesImport: 'Importer un fichier de foyers (CSV ou JSON)',
  filesExportCsv: 'Exporter les foyers épinglés (CSV)',
  filesExportJson: 'Exporter les foyers épinglés (JSON)',
  filesNothingToExport: 'Épinglez au moins un foyer pour l’exporter.',
  filesImported: '{count} foyer(s) importé(s) depuis « {file} » : {names}.',
  filesNoneImported: 'Aucun foyer importé depuis « {file} ».',
  filesRejected: '{count} foyer(s) non importé(s) à cause d’erreurs (ligne(s) {lines}) : corrigez-les puis réimportez.',
  filesFull:
    '{count} foyer(s) non importé(s) faute de place : au plus {max} foyers épinglés à la fois ({names}). ' +
    'Retirez-en pour faire de la place.',
  filesErrors: 'Erreurs dans le fichier',
  filesWarnings: 'À vérifier (foyers importés quand même)',
  filesLine: 'ligne {line}',
  filesColumn: 'colonne {column}',
  filesHousehold: 'foyer « {name} »',
  filesDetails: 'Détails : format des fichiers',
  filesFormat:
    'CSV : une ligne d’en-tête, puis une ligne par foyer ; la colonne « name » donne le nom, les autres suivent ' +
    'les champs du foyer (adults[0].age, children[1].activity, benefits.rsa…). Séparateur « ; » ou « , », ' +
    'oui/non ou true/false, UTF-8 ou UTF-16. JSON : { "format": "score-caf/foyers", "households": ' +
    '[{ "name": …, "household": { … } }] }. Un foyer qui a une erreur n’est pas importé ; les autres le sont.',
};

export const enWorkshop: Record<keyof typeof frWorkshop, string> = {
  ctlShare: 'Under {share} of the weightings {ensemble}, this household would be among the 166,000 controlled',
  ctlRank: 'a higher score than {low} to {high} of the 13.8 million households',
  ctlNone: 'No compatible weightings computed for this model',
  ctlComputing: 'Placing among the households…',
  ctlRankAxis: 'Rank among the 13.8 million households (0 %: the lowest; the mark: the 166,000 controlled)',
  ctlRankCol: 'Weightings under which it would be controlled',
  scrollHint: 'Table wider than the screen: scroll it sideways.',
  droitsMeanLine: 'Mean of the last 12 months, the one the model reads:',
  droitsDeclaredLine: 'Amount you declared, the one the model reads:',
  droitsMeanWhy:
    'Two different amounts: this month’s right is what the CAF would pay this month; the scoring model does ' +
    'not read this month alone but the mean of what was paid over the last 12 months. If your income changed ' +
    'recently, the two differ.',
  handoutScoreRange: 'Score, whatever the possible weights: between {lo} and {hi}',
  handoutScoreExact: 'Score: {score}',
  handoutRights: 'Estimated rights for {month}',
  handoutMean: 'mean of the last 12 months, the one the model reads: {mean}',
  deckOpen: 'Project the examples (workshop mode)',
  deckTitle: 'Workshop: the example households',
  deckClose: 'Close',
  deckKeys: 'Arrows ← →: previous or next card; Home, End; Esc: close.',
  deckPrev: 'Previous card',
  deckNext: 'Next card',
  deckCardOf: 'Card {n} of {total}',
  deckSource: 'Source:',
  deckRangeLead: 'Whatever the possible weights, this household’s score is',
  deckRange: 'between {lo} and {hi}',
  deckRangeWhy:
    '(90 % of {n} weightings drawn within what is known of the model; the CNAF’s real weights are not public)',
  deckExact: 'Every weight of this model is fixed: this household’s score is',
  deckExample: 'One example weighting, with the file’s invented weights (not the CNAF’s):',
  deckComputing: 'Computing…',
  deckPinsTitle: 'Pinned households, on one axis',
  deckNoPins: 'No household pinned: pin households (or import the class’s) to compare them here.',
  deckName: 'Household',
  chartExport: 'Save the chart “{chart}”',
  chartExportSvg: 'SVG image',
  chartExportPng: 'PNG image',
  chartExportFailed: 'The image could not be made in this browser.',
  filesTitle: 'Workshop: project, import, export households',
  filesHelp:
    'A CSV or JSON file can hold several households, each with a name (a class’s scenarios, for example). The ' +
    'easiest way: pin one or two households, export them, fill in the file in a spreadsheet, then import it. ' +
    'The file is read on this device and sent nowhere.',
  filesImport: 'Import a households file (CSV or JSON)',
  filesExportCsv: 'Export the pinned households (CSV)',
  filesExportJson: 'Export the pinned households (JSON)',
  filesNothingToExport: 'Pin at least one household to export it.',
  filesImported: '{count} household(s) imported from “{file}”: {names}.',
  filesNoneImported: 'No household imported from “{file}”.',
  filesRejected: '{count} household(s) not imported because of errors (line(s) {lines}): fix them and import again.',
  filesFull:
    '{count} household(s) not imported for lack of room: at most {max} households pinned at once ({names}). ' +
    'Remove some to make room.',
  filesErrors: 'Errors in the file',
  filesWarnings: 'To check (households imported all the same)',
  filesLine: 'line {line}',
  filesColumn: 'column {column}',
  filesHousehold: 'household “{name}”',
  filesDetails: 'Details: file formats',
  filesFormat:
    'CSV: a header line, then one line per household; the “name” column gives the name, the others follow the ' +
    'household’s fields (adults[0].age, children[1].activity, benefits.rsa…). Separator “;” or “,”, yes/no or ' +
    'true/false, UTF-8 or UTF-16. JSON: { "format": "score-caf/foyers", "households": [{ "name": …, ' +
    '"household": { … } }] }. A household with an error is not imported; the others are.',
};

// Texts of the workshop tools: the class, files of several households (import, export), the deck, the
// handouts, chart export.
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
  handoutScoreRange: 'Probabilité que prédit le modèle, pour 90 % des {n} pondérations tirées : entre {lo} et {hi}',
  handoutScoreExact: 'Score : {score}',
  handoutRights: 'Droits estimés pour le mois de {month}',
  handoutMean: 'moyenne des 12 derniers mois, celle que le modèle lit : {mean}',
  hhAdultOne: '{n} adulte, âgé de {ages} ans',
  hhAdultOther: '{n} adultes, âgés de {ages} ans',
  hhChildNone: 'aucun enfant',
  hhChildOne: '{n} enfant ({ages} ans)',
  hhChildOther: '{n} enfants ({ages} ans)',
  hhJoin: ' ; ',
  handoutQr: 'Ce code rouvre ce foyer dans le simulateur, sur l’appareil qui le lit.',
  handoutPrinted: 'Pages imprimées : une par foyer épinglé et une par foyer de la classe.',
  classTitle: 'La classe : jusqu’à {max} foyers sur un même axe',
  classHelp:
    'Importez le fichier de la classe (plus bas) ou ajoutez des foyers un à un, chacun avec un nom. Chaque foyer : ' +
    'dans quelle part des pondérations compatibles il ferait partie des 166 000 contrôlés, et son rang. À ' +
    'l’impression, une page par foyer, avec un code QR qui le rouvre.',
  className: 'Nom du foyer',
  classAdd: 'Ajouter ce foyer à la classe',
  classAddPins: 'Ajouter les foyers épinglés',
  classClear: 'Vider la classe',
  classRemove: 'Retirer de la classe',
  classCount: '{count} foyer(s) sur {max}',
  classEmpty: 'La classe est vide.',
  classSort: 'Trier',
  classSortOrder: 'dans l’ordre d’ajout',
  classSortName: 'par nom',
  classSortShare: 'par part des pondérations où il serait contrôlé',
  classSortRank: 'par rang',
  classFull: 'La classe est pleine ({max} foyers).',
  classDefaultName: 'Foyer {n}',
  deckClassTitle: 'La classe, sur le même axe',
  deckMember: 'Foyer de la classe',
  deckOpen: 'Projeter les exemples (mode atelier)',
  deckTitle: 'Atelier : les foyers d’exemple',
  deckClose: 'Fermer',
  deckKeys: 'Flèches ← → : carte précédente ou suivante ; Début, Fin ; Échap : fermer.',
  deckPrev: 'Carte précédente',
  deckNext: 'Carte suivante',
  deckCardOf: 'Carte {n} sur {total}',
  deckSource: 'Source :',
  deckRangeLead: 'Pour 90 % des pondérations tirées, le score de ce foyer est',
  deckRange: 'entre {lo} et {hi}',
  deckRangeWhy:
    '({n} pondérations tirées dans ce qui est connu du modèle ; les vraies pondérations de la CNAF ne sont pas publiques)',
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
    'classe). Le plus simple : ajoutez un ou deux foyers à la classe, exportez-les, complétez le fichier dans un tableur, ' +
    'puis importez-le. Le fichier est lu sur cet appareil, il n’est envoyé nulle part.',
  filesImport: 'Importer un fichier de foyers (CSV ou JSON)',
  filesExportCsv: 'Exporter les foyers de la classe (CSV)',
  filesExportJson: 'Exporter les foyers de la classe (JSON)',
  filesNothingToExport: 'Ajoutez au moins un foyer à la classe pour l’exporter.',
  filesImported: '{count} foyer(s) importé(s) dans la classe depuis « {file} » : {names}.',
  filesNoneImported: 'Aucun foyer importé depuis « {file} ».',
  filesRejected: '{count} foyer(s) non importé(s) à cause d’erreurs (ligne(s) {lines}) : corrigez-les puis réimportez.',
  filesFull:
    '{count} foyer(s) non importé(s) faute de place : au plus {max} foyers dans la classe ({names}). ' +
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
  handoutScoreRange: 'Probability the model predicts, for 90 % of the {n} weightings drawn: between {lo} and {hi}',
  handoutScoreExact: 'Score: {score}',
  handoutRights: 'Estimated rights for {month}',
  handoutMean: 'mean of the last 12 months, the one the model reads: {mean}',
  hhAdultOne: '{n} adult, aged {ages}',
  hhAdultOther: '{n} adults, aged {ages}',
  hhChildNone: 'no child',
  hhChildOne: '{n} child (aged {ages})',
  hhChildOther: '{n} children (aged {ages})',
  hhJoin: '; ',
  handoutQr: 'This code reopens this household in the simulator, on the device that reads it.',
  handoutPrinted: 'Printed pages: one per pinned household and one per household of the class.',
  classTitle: 'The class: up to {max} households on one axis',
  classHelp:
    'Import the class’s file (below) or add households one by one, each with a name. For each household: under ' +
    'what share of the compatible weightings it would be among the 166,000 controlled, and its rank. Printed, ' +
    'one page per household, with a QR code that reopens it.',
  className: 'Household name',
  classAdd: 'Add this household to the class',
  classAddPins: 'Add the pinned households',
  classClear: 'Empty the class',
  classRemove: 'Remove from the class',
  classCount: '{count} household(s) of {max}',
  classEmpty: 'The class is empty.',
  classSort: 'Sort',
  classSortOrder: 'in the order added',
  classSortName: 'by name',
  classSortShare: 'by share of weightings under which it would be controlled',
  classSortRank: 'by rank',
  classFull: 'The class is full ({max} households).',
  classDefaultName: 'Household {n}',
  deckClassTitle: 'The class, on one axis',
  deckMember: 'Household of the class',
  deckOpen: 'Project the examples (workshop mode)',
  deckTitle: 'Workshop: the example households',
  deckClose: 'Close',
  deckKeys: 'Arrows ← →: previous or next card; Home, End; Esc: close.',
  deckPrev: 'Previous card',
  deckNext: 'Next card',
  deckCardOf: 'Card {n} of {total}',
  deckSource: 'Source:',
  deckRangeLead: 'For 90 % of the weightings drawn, this household’s score is',
  deckRange: 'between {lo} and {hi}',
  deckRangeWhy: '({n} weightings drawn within what is known of the model; the CNAF’s real weights are not public)',
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
    'easiest way: add one or two households to the class, export them, fill in the file in a spreadsheet, then import it. ' +
    'The file is read on this device and sent nowhere.',
  filesImport: 'Import a households file (CSV or JSON)',
  filesExportCsv: 'Export the class’s households (CSV)',
  filesExportJson: 'Export the class’s households (JSON)',
  filesNothingToExport: 'Add at least one household to the class to export it.',
  filesImported: '{count} household(s) imported into the class from “{file}”: {names}.',
  filesNoneImported: 'No household imported from “{file}”.',
  filesRejected: '{count} household(s) not imported because of errors (line(s) {lines}): fix them and import again.',
  filesFull:
    '{count} household(s) not imported for lack of room: at most {max} households in the class ({names}). ' +
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

// The explorer's texts: "avant → après", every model side by side, the sensitivity curves,
// "what would change it", the weight panel's slider and exports, the comparison export.

export const frExplorer = {
  logoddsDetails:
    'Détails : les effets sont écrits en log-cote (logarithme de la cote, p / (1 − p)). Les effets en log-cote ' +
    's’additionnent exactement ; les écarts en points de probabilité dépendent de l’ordre des variables.',
  changeTitle: 'Avant → après votre dernière modification',
  changeScore: 'Score : {before} → {after}',
  changeNone: 'Rien n’a bougé pour ce modèle : aucune de ses variables ne change, le score reste le même.',
  changeTerms: 'Ce qui a bougé, variable par variable',
  changeUp: 'fait monter le score',
  changeDown: 'fait baisser le score',
  changeDepends: 'effet qui dépend des pondérations',
  changeDetails: 'Détails : effets en log-cote (avant → après)',
  changeColBefore: 'Avant',
  changeColAfter: 'Après',
  modelsTitle: 'Le même foyer, modèle par modèle',
  modelsHelp:
    'Votre foyer calculé par chaque modèle disponible, sur le même axe de 0 à 100 %. Un intervalle veut dire ' +
    'que les pondérations ne sont pas connues : le score tombe dans cet intervalle pour 90 % des pondérations ' +
    'tirées.',
  modelsCaption: 'Score du foyer selon chaque modèle',
  modelsColModel: 'Modèle',
  modelsColScore: 'Score',
  modelsColVariables: 'Variables utilisées',
  modelsNotScorable: 'Ne peut pas être calculé : {reason}',
  modelsVariablesCount: '{count} variables',
  modelsUnnamed: 'dont {count} au contenu non publié',
  modelsVersionsTitle: 'Ce qui a changé entre les versions ({from} → {to})',
  modelsAppeared: 'Apparues en {year}',
  modelsDisappeared: 'Disparues depuis {year}',
  modelsKept: 'Gardées',
  modelsNoneListed: 'aucune',
  sensitivityTitle: 'Et si un élément du foyer changeait ?',
  sensitivityHelp:
    'Chaque petit graphique montre le score quand un seul élément du foyer varie, tout le reste inchangé. La ' +
    'bande couvre 90 % des pondérations possibles ; la ligne suit l’exemple de pondération.',
  sensitivityCaption: 'Score du foyer quand « {field} » varie',
  sensitivityShow: 'Voir les courbes, élément par élément',
  sensitivityTables: 'Voir les tableaux de ces courbes',
  sensitivityStill: 'Ne changent pas le score de ce foyer pour ce modèle :',
  sensitivityColValue: 'Valeur',
  sensitivityColRange: 'Score (90 % des pondérations)',
  sensitivityColExample: 'Exemple de pondération',
  whatTitle: 'Qu’est-ce qui le ferait passer sous le seuil de contrôle ?',
  whatHelp:
    'Le seuil : les {controls} scores les plus élevés sur 13,8 millions de foyers (les contrôles issus du ' +
    'datamining en 2024). Pour chacune des pondérations {ensemble}, il est placé sur la population synthétique : ' +
    'le score du {controls}ᵉ foyer. Le but cherché : que ce foyer fasse partie des contrôlés dans moins de {goal} ' +
    'de ces pondérations (s’il l’est déjà : dans aucune). On ne propose de changer ni l’âge, ni les enfants, ni le ' +
    'passé.',
  details: 'Détails',
  whatAsk: 'Chercher',
  whatSearching: 'Recherche en cours…',
  whatNow: 'Dans {before} des pondérations {ensemble}, ce foyer ferait partie des {controls} foyers contrôlés.',
  whatAlready: 'C’est déjà moins de {goal} : rien à changer.',
  whatAlreadyNone: 'Il n’en ferait partie dans aucune de ces pondérations : rien à changer.',
  whatFoundZero:
    'Le plus petit changement après lequel il n’en ferait partie dans aucune de ces pondérations : {changes}.',
  whatNoneZero:
    'Aucun changement plausible de ce qu’on peut changer (jusqu’à {max} éléments à la fois) ne l’en fait sortir ' +
    'dans toutes ces pondérations.',
  whatFound: 'Le plus petit changement qui fait passer cette part sous {goal} : {changes}. Ensuite : {after}.',
  whatNone:
    'Aucun changement plausible de ce qu’on peut changer (jusqu’à {max} éléments à la fois) ne fait passer cette ' +
    'part sous {goal}.',
  whatSource: 'Source du chiffre de 2024',
  whatDetails: 'Détails : {tried} combinaisons essayées, sur {n} pondérations {ensemble}.',
  whatCalibrated: 'compatibles avec ce qui est publié',
  whatPrior: 'permises par les sens connus',
  whatFailed: 'La recherche n’a pas abouti : {detail}',
  changeTo: '{field} : {from} → {to}',
  fieldNotClaimed: 'Ne pas demander {benefit} (non-recours : ce droit serait perdu)',
  fieldOf: '{who} — {field}',
  weightSlider: 'Curseur du poids',
  weightsExportCsv: 'Exporter en tableau (CSV)',
  weightsExportJson: 'Exporter le modèle (JSON)',
  pinsExport: 'Exporter la comparaison (CSV)',
  savedModelsUnreadable:
    'Les modèles gardés sur cet appareil (« Se souvenir… ») n’ont pas pu être relus : ils sont laissés tels ' +
    'quels, rien n’est écrit par-dessus. Décochez « Se souvenir… » pour les effacer.',
} as const;

export const enExplorer: { [K in keyof typeof frExplorer]: string } = {
  logoddsDetails:
    'Details: effects are written in log-odds (the logarithm of the odds, p / (1 − p)). Log-odds effects add up ' +
    'exactly; probability-point steps depend on the order of the variables.',
  changeTitle: 'Before → after your last change',
  changeScore: 'Score: {before} → {after}',
  changeNone: 'Nothing moved for this model: none of its variables changes, the score stays the same.',
  changeTerms: 'What moved, variable by variable',
  changeUp: 'pushes the score up',
  changeDown: 'pulls the score down',
  changeDepends: 'effect that depends on the weights',
  changeDetails: 'Details: effects in log-odds (before → after)',
  changeColBefore: 'Before',
  changeColAfter: 'After',
  modelsTitle: 'The same household, model by model',
  modelsHelp:
    'Your household scored by every available model, on the same axis from 0 to 100 %. A range means the ' +
    'weights are not known: the score falls in it for 90 % of the weights drawn.',
  modelsCaption: 'Score of the household under each model',
  modelsColModel: 'Model',
  modelsColScore: 'Score',
  modelsColVariables: 'Variables used',
  modelsNotScorable: 'Cannot be scored: {reason}',
  modelsVariablesCount: '{count} variables',
  modelsUnnamed: 'of which {count} with unpublished content',
  modelsVersionsTitle: 'What changed between versions ({from} → {to})',
  modelsAppeared: 'New in {year}',
  modelsDisappeared: 'Gone since {year}',
  modelsKept: 'Kept',
  modelsNoneListed: 'none',
  sensitivityTitle: 'What if one thing about the household changed?',
  sensitivityHelp:
    'Each small chart shows the score as one thing about the household moves, everything else unchanged. The ' +
    'band covers 90 % of the possible weights; the line follows the example weighting.',
  sensitivityCaption: 'Score of the household as “{field}” moves',
  sensitivityShow: 'Show the curves, one thing at a time',
  sensitivityTables: 'Show the tables of these curves',
  sensitivityStill: 'Do not change this household’s score under this model:',
  sensitivityColValue: 'Value',
  sensitivityColRange: 'Score (90 % of the weights)',
  sensitivityColExample: 'Example weighting',
  whatTitle: 'What would bring it under the control threshold?',
  whatHelp:
    'The threshold: the {controls} highest scores among 13.8 million households (controls from data mining in ' +
    '2024). For each of the weightings {ensemble}, it is placed on the synthetic population: the score of the ' +
    '{controls}th household. The goal searched for: this household among the controlled under fewer than ' +
    '{goal} of these weightings (if it already is: under none). Age, children and the past are never proposed ' +
    'for change.',
  details: 'Details',
  whatAsk: 'Search',
  whatSearching: 'Searching…',
  whatNow: 'Under {before} of the weightings {ensemble}, this household would be among the {controls} controlled.',
  whatAlready: 'That is already under {goal}: nothing to change.',
  whatAlreadyNone: 'It would be among them under none of these weightings: nothing to change.',
  whatFoundZero: 'The smallest change after which it would be among them under none of these weightings: {changes}.',
  whatNoneZero: 'No plausible change to what can be changed (up to {max} things at once) takes it out under every one.',
  whatFound: 'The smallest change that brings this share under {goal}: {changes}. Then: {after}.',
  whatNone: 'No plausible change to what can be changed (up to {max} things at once) brings this share under {goal}.',
  whatSource: 'Source of the 2024 figure',
  whatDetails: 'Details: {tried} combinations tried, over {n} weightings {ensemble}.',
  whatCalibrated: 'compatible with what is published',
  whatPrior: 'allowed by the known directions',
  whatFailed: 'The search did not finish: {detail}',
  changeTo: '{field}: {from} → {to}',
  fieldNotClaimed: 'Not claiming {benefit} (non-take-up: this right would be lost)',
  fieldOf: '{who} — {field}',
  weightSlider: 'Weight slider',
  weightsExportCsv: 'Export as a table (CSV)',
  weightsExportJson: 'Export the model (JSON)',
  pinsExport: 'Export the comparison (CSV)',
  savedModelsUnreadable:
    'The models kept on this device (“Remember…”) could not be read back: they are left as they are and nothing ' +
    'is written over them. Untick “Remember…” to erase them.',
};

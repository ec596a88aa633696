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
    'Le seuil : la part des foyers contrôlés après le datamining en 2024 ({controls} sur {households}), soit ' +
    '{share}, lue comme un score. C’est une approximation : la répartition des scores de la CNAF n’est pas ' +
    'publique. On ne propose de changer ni l’âge, ni les enfants, ni le passé.',
  details: 'Détails',
  whatAsk: 'Chercher',
  whatSearching: 'Recherche en cours…',
  whatAlready: 'Ce foyer est déjà sous le seuil ({threshold}) pour la moitié au moins des pondérations possibles.',
  whatFound: 'Le plus petit changement qui le ferait passer sous le seuil ({threshold}) : {changes}.',
  whatAfter: 'Score médian ensuite : {after} (avant : {before}).',
  whatNone:
    'Aucun changement plausible de ce qu’on peut changer (jusqu’à {max} éléments à la fois) ne fait passer ce ' +
    'foyer sous le seuil ({threshold}).',
  whatSource: 'Source du chiffre de 2024',
  whatDetails: 'Détails : {tried} combinaisons essayées, sur la médiane de {n} pondérations tirées.',
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
    'The threshold: the share of households controlled after data mining in 2024 ({controls} of {households}), ' +
    'that is {share}, read as a score. It is an approximation: the CNAF’s score distribution is not public. ' +
    'Age, children and the past are never proposed for change.',
  details: 'Details',
  whatAsk: 'Search',
  whatSearching: 'Searching…',
  whatAlready: 'This household is already under the threshold ({threshold}) for at least half of the possible weights.',
  whatFound: 'The smallest change that would bring it under the threshold ({threshold}): {changes}.',
  whatAfter: 'Median score then: {after} (before: {before}).',
  whatNone:
    'No plausible change to what can be changed (up to {max} things at once) brings this household under the ' +
    'threshold ({threshold}).',
  whatSource: 'Source of the 2024 figure',
  whatDetails: 'Details: {tried} combinations tried, on the median of {n} weight draws.',
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

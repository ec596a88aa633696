// Problems in a file of several households (a class's scenarios, CSV or JSON): formats/scenarios.ts.
export const fr = {
  'scenarios.noName': 'ce foyer n’a pas de nom (colonne ou champ « name ») : donnez-lui en un',
  'scenarios.nameCut': 'nom trop long : seuls ses {max} premiers caractères sont gardés',
  'scenarios.otherJson':
    'ce fichier JSON est d’un autre format (« {format} ») : un fichier de foyers porte "format": "score-caf/foyers"',
  'scenarios.jsonShape':
    'un fichier JSON de foyers est une liste [{ "name": …, "household": { … } }, …] ou un objet ' +
    '{ "format": "{format}", "households": [ … ] }',
  'scenarios.entryShape': 'chaque foyer est un objet { "name": "…", "household": { … } }',
  'scenarios.tooMany': 'trop de foyers dans le fichier ({count}) : au plus {max}',
  'scenarios.none': 'le fichier ne contient aucun foyer',
  'scenarios.unknownColumn':
    'colonne « {column} » inconnue : rien n’a été importé (les colonnes possibles sont dans docs/households-csv.md)',
  'scenarios.duplicateColumn': 'colonne « {column} » en double : rien n’a été importé',
  'scenarios.noNameColumn': 'l’en-tête n’a pas de colonne « name » (le nom de chaque foyer) : rien n’a été importé',
  'scenarios.extraCell': 'cette ligne a plus de cellules que l’en-tête n’a de colonnes ({count})',
  'scenarios.hole': '{slot} est vide alors qu’une personne suivante est remplie',
};

export const en: Record<keyof typeof fr, string> = {
  'scenarios.noName': 'this household has no name (column or field "name"): give it one',
  'scenarios.nameCut': 'name too long: only its first {max} characters are kept',
  'scenarios.otherJson':
    'this JSON file is of another format ("{format}"): a households file carries "format": "score-caf/foyers"',
  'scenarios.jsonShape':
    'a JSON households file is a list [{ "name": …, "household": { … } }, …] or an object ' +
    '{ "format": "{format}", "households": [ … ] }',
  'scenarios.entryShape': 'each household is an object { "name": "…", "household": { … } }',
  'scenarios.tooMany': 'too many households in the file ({count}): at most {max}',
  'scenarios.none': 'the file holds no household',
  'scenarios.unknownColumn':
    'unknown column "{column}": nothing was imported (the possible columns are in docs/households-csv.md)',
  'scenarios.duplicateColumn': 'column "{column}" appears twice: nothing was imported',
  'scenarios.noNameColumn': 'the header has no "name" column (each household’s name): nothing was imported',
  'scenarios.extraCell': 'this line has more cells than the header has columns ({count})',
  'scenarios.hole': '{slot} is empty while a later person is filled in',
};

// Sentences of `npm run calibrate` (French first, as every command line).
export const CALIBRATE_CLI = {
  fr: {
    usage:
      'usage : npm run --silent calibrate -- --model <id|fichier> [--targets <csv>] [--samples N] [--seed S] ' +
      '[--reading controlled|datamined] [--use id,id] [--population <fichier>] [--lang fr|en]',
    samples:
      '--samples : entre {min} et {max} jeux de pondérations par génération (en dessous de {min}, les ' +
      'bornes 5 % et 95 % reposent sur moins de 10 jeux ; au-delà de {max}, un calcul dépasse dix minutes) ; ' +
      'reçu « {value} »',
    seed: '--seed : un entier de 0 à 4294967295 est attendu (reçu « {value} »)',
    reading: '--reading : « controlled » ou « datamined » est attendu (reçu « {value} »)',
    lang: '--lang : « fr » ou « en » est attendu (reçu « {value} »)',
    model: 'modèle inconnu « {ref} » : un identifiant ({known}) ou un fichier .json/.csv est attendu',
    card: 'le modèle {id} est une fiche (structure inconnue) : il ne peut pas être calibré',
    read: 'impossible de lire {path} : {detail}',
    modelFile: 'fichier de modèle invalide {path} :',
    targets: 'fichier de cibles invalide {path} :',
    population: 'fichier de population illisible {path} : {detail}',
  },
  en: {
    usage:
      'usage: npm run --silent calibrate -- --model <id|file> [--targets <csv>] [--samples N] [--seed S] ' +
      '[--reading controlled|datamined] [--use id,id] [--population <file>] [--lang fr|en]',
    samples:
      '--samples: between {min} and {max} weight sets per generation (below {min} the 5 % and 95 % bounds ' +
      'rest on fewer than 10 sets; above {max} a run takes over ten minutes); got "{value}"',
    seed: '--seed: a whole number from 0 to 4294967295 is expected (got "{value}")',
    reading: '--reading: "controlled" or "datamined" is expected (got "{value}")',
    lang: '--lang: "fr" or "en" is expected (got "{value}")',
    model: 'unknown model "{ref}": an id ({known}) or a .json/.csv file is expected',
    card: 'model {id} is a card (structure unknown): it cannot be calibrated',
    read: 'cannot read {path}: {detail}',
    modelFile: 'invalid model file {path}:',
    targets: 'invalid targets file {path}:',
    population: 'unreadable population file {path}: {detail}',
  },
} as const;

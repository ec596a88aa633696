// The `score` command's own sentences; the problems found in its files have their ids in problems/.
export const SCORE_CLI = {
  fr: {
    cannotRead: 'impossible de lire {path} : {reason}',
    notJson: '{path} n’est pas du JSON valide :',
    notText: '{path} n’est pas un fichier texte lisible :',
    unknownModel: 'modèle inconnu "{ref}" : choisissez parmi {ids} ou un fichier .json/.csv',
    badModel: 'le fichier de modèle {path} n’est pas valide :',
    warning: 'attention',
    missingModel: 'il manque --model <id|fichier.json|fichier.csv>',
    oneInput: 'donnez exactement une option parmi --profile <foyer.json> et --features <variables.json>',
    card: 'le modèle {id} ne peut pas être calculé : sa structure n’est pas publiée',
    badHousehold: 'le foyer {path} n’est pas valide :',
    badFeatures: 'les variables {path} ne sont pas valides :',
    badLang: '--lang vaut fr ou en (reçu "{lang}")',
    extra: 'argument en trop : {args}',
    oneBatchInput: 'donnez une seule option parmi --profile, --features et --jsonl',
    lineJson: 'JSON invalide : {detail}',
    lineShape: 'un objet JSON {"id", "features"} (ou {"id", "household"}) est attendu',
    lineId: 'une chaîne ou un nombre est attendu',
    lineInput: 'donnez exactement un des deux : "features" (variables du modèle) ou "household" (un foyer)',
    batchBad: '{bad} lignes sur {total} de {path} ne sont pas valides',
  },
  en: {
    cannotRead: 'cannot read {path}: {reason}',
    notJson: '{path} is not valid JSON:',
    notText: '{path} is not a readable text file:',
    unknownModel: 'unknown model "{ref}": use one of {ids} or a .json/.csv file',
    badModel: 'model file {path} is not valid:',
    warning: 'warning',
    missingModel: 'missing --model <id|file.json|file.csv>',
    oneInput: 'give exactly one of --profile <household.json> or --features <vars.json>',
    card: 'model {id} cannot be scored: its structure is not published',
    badHousehold: 'household {path} is not valid:',
    badFeatures: 'features {path} are not valid:',
    badLang: '--lang is fr or en (got "{lang}")',
    extra: 'unexpected argument: {args}',
    oneBatchInput: 'give only one of --profile, --features and --jsonl',
    lineJson: 'invalid JSON: {detail}',
    lineShape: 'expected a JSON object {"id", "features"} (or {"id", "household"})',
    lineId: 'expected a string or a number',
    lineInput: 'give exactly one of "features" (the model\'s variables) or "household" (a household)',
    batchBad: '{bad} of {total} lines of {path} are not valid',
  },
} as const;

// The `population` and `rank` commands' sentences.
export const POPULATION_CLI = {
  fr: {
    usage:
      'usage : npm run --silent population -- --summary | --model <id|fichier> --controlled ' +
      '[--threshold N] [--samples N] [--seed S] [--lang en]',
    rankUsage:
      'usage : npm run --silent rank -- --model <id|fichier> --profile <foyer.json> [--threshold ' +
      'N] [--samples N] [--seed S] [--lang en]',
    read: 'impossible de lire {path} : {detail}',
    file: '{path} n’est pas un fichier de population valide ({detail}) ; lancez npm run population:build',
    json: '{path} n’est pas un JSON valide : {detail}',
    notText: '{path} n’est pas un fichier texte lisible :',
    model: 'modèle inconnu « {ref} » : utilisez {known} ou un fichier .json/.csv',
    modelFile: 'le fichier de modèle {path} n’est pas valide :',
    card: 'le modèle {id} ne peut pas être calculé : sa structure n’est pas publiée',
    profile: 'le foyer {path} n’est pas valide :',
    integer: '--{name} : un entier positif est attendu (reçu « {value} »)',
    samples:
      '--samples est un nombre entier de 1 à {max} (chaque tirage classe toute la population : au-delà, des ' +
      'minutes de calcul) (reçu « {value} »)',
    threshold: '--threshold : un nombre de foyers (166000) ou une part (0.012 ou 1.2%) est attendu (reçu « {value} »)',
    lang: '--lang : « fr » ou « en » attendu (reçu « {value} »)',
  },
  en: {
    usage:
      'usage: npm run --silent population -- --summary | --model <id|file> --controlled ' +
      '[--threshold N] [--samples N] [--seed S] [--lang en]',
    rankUsage:
      'usage: npm run --silent rank -- --model <id|file> --profile <household.json> [--threshold ' +
      'N] [--samples N] [--seed S] [--lang en]',
    read: 'cannot read {path}: {detail}',
    file: '{path} is not a valid population file ({detail}); run npm run population:build',
    json: '{path} is not valid JSON: {detail}',
    notText: '{path} is not a readable text file:',
    model: 'unknown model "{ref}": use one of {known} or a .json/.csv file',
    modelFile: 'model file {path} is not valid:',
    card: 'model {id} cannot be scored: its structure is not published',
    profile: 'household {path} is not valid:',
    integer: '--{name}: a positive integer is expected (got "{value}")',
    samples:
      '--samples is a whole number from 1 to {max} (each draw ranks the whole population: beyond, minutes ' +
      'of computing) (got "{value}")',
    threshold: '--threshold: a number of households (166000) or a share (0.012 or 1.2%) is expected (got "{value}")',
    lang: '--lang: "fr" or "en" expected (got "{value}")',
  },
} as const;

// The `compare` command's own sentences (the file problems are shared with `score`).
export const COMPARE_CLI = {
  fr: {
    ...SCORE_CLI.fr,
    oneInput: 'donnez exactement une option parmi --{side} <foyer.json> et --{side}-features <variables.json>',
    badSamples: '--samples est un nombre entier de 1 à 10 000 000 (reçu "{value}")',
    badSeed: '--seed est un nombre entier de 0 à 4 294 967 295 (reçu "{value}")',
  },
  en: {
    ...SCORE_CLI.en,
    oneInput: 'give exactly one of --{side} <household.json> or --{side}-features <vars.json>',
    badSamples: '--samples is a whole number from 1 to 10,000,000 (got "{value}")',
    badSeed: '--seed is a whole number from 0 to 4,294,967,295 (got "{value}")',
  },
} as const;

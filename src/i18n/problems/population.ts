// Problems of the population and rank command lines: files, options, models, households.
export const fr = {
  'population.usage':
    'usage : npm run --silent population -- --summary | --model <id|fichier> --controlled ' +
    '[--threshold N] [--samples N] [--seed S] [--lang en]',
  'population.rankUsage':
    'usage : npm run --silent rank -- --model <id|fichier> --profile <foyer.json> [--threshold ' +
    'N] [--samples N] [--seed S] [--lang en]',
  'population.read': 'impossible de lire {path} : {detail}',
  'population.file': '{path} n’est pas un fichier de population valide ({detail}) ; lancez npm run population:build',
  'population.json': '{path} n’est pas un JSON valide : {detail}',
  'population.model': 'modèle inconnu « {ref} » : utilisez {known} ou un fichier .json/.csv',
  'population.modelFile': 'le fichier de modèle {path} n’est pas valide :',
  'population.card': 'le modèle {id} ne peut pas être calculé : sa structure n’est pas publiée',
  'population.profile': 'le foyer {path} n’est pas valide :',
  'population.integer': '--{name} : un entier positif est attendu (reçu « {value} »)',
  'population.threshold':
    '--threshold : un nombre de foyers (166000) ou une part (0.012 ou 1.2%) est attendu (reçu « {value} »)',
  'population.lang': '--lang : « fr » ou « en » attendu (reçu « {value} »)',
} as const;

export const en: Record<keyof typeof fr, string> = {
  'population.usage':
    'usage: npm run --silent population -- --summary | --model <id|file> --controlled ' +
    '[--threshold N] [--samples N] [--seed S] [--lang en]',
  'population.rankUsage':
    'usage: npm run --silent rank -- --model <id|file> --profile <household.json> [--threshold ' +
    'N] [--samples N] [--seed S] [--lang en]',
  'population.read': 'cannot read {path}: {detail}',
  'population.file': '{path} is not a valid population file ({detail}); run npm run population:build',
  'population.json': '{path} is not valid JSON: {detail}',
  'population.model': 'unknown model "{ref}": use one of {known} or a .json/.csv file',
  'population.modelFile': 'model file {path} is not valid:',
  'population.card': 'model {id} cannot be scored: its structure is not published',
  'population.profile': 'household {path} is not valid:',
  'population.integer': '--{name}: a positive integer is expected (got "{value}")',
  'population.threshold':
    '--threshold: a number of households (166000) or a share (0.012 or 1.2%) is expected (got "{value}")',
  'population.lang': '--lang: "fr" or "en" expected (got "{value}")',
};

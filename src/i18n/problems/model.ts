// Problems in a model file: JSON syntax, the model format, coefficient tables (CSV), model variables given directly.
export const fr = {
  // The file itself, before its format is known (formats/model-file.ts, formats/text.ts).
  'model.fileTooLarge': 'fichier trop grand ({size} ko) : un modèle fait au plus {max} ko',
  'model.fileEmpty': 'le fichier est vide',
  'model.unreadable': 'fichier illisible',
  'model.binary':
    'le fichier n’est pas du texte (octet nul ou binaire, par ex. un classeur .xlsx ou un PDF) : ' +
    'enregistrez le modèle en JSON ou le tableau en CSV (UTF-8)',
  'model.utf16':
    'le fichier est en UTF-16 {order} : enregistrez-le en UTF-8 (« CSV UTF-8 » dans Excel, ' +
    '« Unicode (UTF-8) » dans LibreOffice)',
  'model.decodedAsWindows1252':
    'le fichier n’est pas en UTF-8 (premier octet invalide ligne {line}) : il a été lu en Windows-1252, ' +
    'l’encodage d’Excel sous Windows ; vérifiez les accents des libellés',
  'model.notAModel':
    'ce fichier n’est ni un modèle JSON ni un tableau de coefficients : un modèle commence par « { », ' +
    'un tableau par l’en-tête variable,level,coefficient',

  // JSON syntax (formats/json-lines.ts).
  'json.unexpectedChar': 'JSON invalide : caractère inattendu {char}',
  'json.unexpectedEnd': 'JSON invalide : fin de fichier inattendue (fichier tronqué ?)',
  'json.expectedKey': 'JSON invalide : nom de propriété entre guillemets doubles attendu, trouvé {found}',
  'json.expectedColon': 'JSON invalide : « : » attendu après "{key}", trouvé {found}',
  'json.expectedCommaOrBrace': 'JSON invalide : « , » ou « } » attendu, trouvé {found}',
  'json.expectedCommaOrBracket': 'JSON invalide : « , » ou « ] » attendu, trouvé {found}',
  'json.duplicateKey': 'JSON invalide : clé "{key}" en double',
  'json.lineBreakInString': 'JSON invalide : saut de ligne dans une chaîne',
  'json.unterminatedString': 'JSON invalide : chaîne jamais refermée',
  'json.invalidEscape': 'JSON invalide : échappement invalide dans une chaîne',
  'json.invalidNumber': 'JSON invalide : nombre invalide à {found}',
  'json.trailingContent': 'JSON invalide : {found} inattendu après la fin du document',
  'json.nestingTooDeep': 'JSON invalide : imbrication trop profonde',

  // The model format (formats/model-validate.ts).
  'model.notAnObject': 'le fichier doit contenir un objet JSON { … }',
  'model.format': '"format" doit valoir "{expected}"',
  'model.id': '"id" manque ou contient des caractères non permis (lettres, chiffres, - _ .)',
  'model.kind': '"kind" vaut "model" ou "card"',
  'model.link': '"link" doit valoir "logit" (régression logistique)',
  'model.variablesNotList': '"variables" doit être une liste',
  'model.noVariables': 'un modèle calculable a au moins une variable',
  'model.publisherMissing': '"publisher" manque',
  'model.date': 'date attendue au format AAAA, AAAA-MM ou AAAA-MM-JJ',
  'model.sources': '"sources" doit lister au moins une source { id: { title, url } }',
  'model.sourceTitle': 'chaque source a un "title"',
  'model.sourceUrl': '"url" doit commencer par http:// ou https://',
  'model.text': 'texte attendu : "…" ou { "fr": "…", "en": "…" }',
  'model.status': '"status" vaut {statuses}',
  'model.numberShape': 'nombre attendu sous la forme { "value", "status", "source" }',
  'model.numberValue': '"value" doit être un nombre fini (|x| ≤ 1e6)',
  'model.numberSource': '"source" doit nommer une entrée de "sources" (reçu : {got})',
  'model.unknownWeightNotZero': 'un poids de statut "unknown" devrait valoir 0 : sa provenance n’est pas établie',
  'model.direction': '"direction" vaut "+", "-" ou "?" (reçu : {got})',
  'model.directionSource': '"directionSource" doit nommer une entrée de "sources" (reçu : {got})',
  'model.range': '"range" est une paire [min, max] de nombres finis avec min ≤ max',
  'model.rangeAgainstDirection':
    'l’intervalle [{min}, {max}] passe du côté de zéro que la direction "{direction}" exclut',
  'model.rangeOnFixed': 'un nombre de statut "{status}" est fixé à sa valeur : son "range" ne sert pas',
  'model.valueOutsideRange':
    'la valeur {value} sort de l’intervalle plausible [{min}, {max}] : l’exemple de pondération n’est pas un tirage possible',
  'model.valueAgainstDirection': 'la valeur {value} contredit la direction "{direction}" déclarée',
  'model.span': '"span" est un nombre strictement positif : l’écart usuel de la variable, dans son unité',
  'model.variableNotObject': 'chaque variable est un objet',
  'model.variableId': '"id" manque ou contient des caractères non permis',
  'model.variableTwice': 'la variable "{id}" est déjà définie plus haut',
  'model.variableSource': '"source" doit nommer une entrée de "sources"',
  'model.unitMissing': '"unit" manque (ex. "€/mois")',
  'model.encoding': '"encoding" vaut "linear" ou "bins"',
  'model.type': '"type" vaut boolean, categorical, numeric ou unknown',
  'model.levelsTooFew': 'une variable catégorielle a au moins deux niveaux',
  'model.levelId': 'chaque niveau a un "id"',
  'model.levelTwice': 'le niveau "{id}" apparaît deux fois',
  'model.referenceCoefficient': 'le niveau de référence n’a pas de coefficient (il vaut 0 par construction)',
  'model.reference': '"reference" doit nommer un des niveaux',
  'model.bins': '"bins" est une liste de tranches { min, max, coefficient }',
  'model.binBound': '"{name}" est un nombre ou null (sans borne)',
  'model.binsFirstMin': 'la première tranche commence à null (−∞) pour couvrir toutes les valeurs',
  'model.binsLastMax': 'la dernière tranche finit à null (+∞)',
  'model.binsGap':
    'trou entre deux tranches : celle-ci commence à {min}, la précédente finit à {previousMax} (min = max de la précédente)',
  'model.binsOverlap':
    'deux tranches se chevauchent : celle-ci commence à {min}, avant la fin de la précédente ({previousMax})',
  'model.binsUnsorted':
    'tranches dans le désordre : celle-ci ({min}…) vient avant la précédente, qui finit à {previousMax} ; triez-les par bornes croissantes',
  'model.binEmpty': 'tranche vide : max ({max}) doit être plus grand que min ({min})',
  'model.sd': '"sd" (écart-type) est un nombre fini positif ou nul',
  'model.impute': '"impute" est un objet { value, indicator? }',
  'model.input': '"input" est un objet { min?, max?, step?, typical? } : nombres finis, min ≤ max, step > 0',
  'model.imputeIndicator':
    '"indicator" doit nommer une variable du modèle, booléenne ou catégorielle aux niveaux "0" et "1" (reçu "{id}")',

  // Coefficient tables (formats/model-table.ts).
  'csv.unclosedQuote': 'guillemet ouvert jamais refermé',
  'csv.sd': '"sd" (écart-type, en log-odds) est un nombre positif ou nul (reçu "{value}")',
  'csv.missingNeedsBins':
    '{variable} : les lignes "missing" et "impute:" vont avec des tranches [min, max), pas seules ni avec "*"',
  'csv.missingLevelNotZero':
    '{variable} : le niveau "missing" d’une variable catégorielle est sa référence, de contribution 0 (reçu {value})',
  'csv.missingColumn': 'colonne "{column}" absente de l’en-tête (attendu : variable,level,coefficient[,scale])',
  'csv.emptyVariable': 'nom de variable vide',
  'csv.unreadableCoefficient': 'coefficient illisible : "{value}"',
  'csv.oddsRatioNotPositive': 'un odds ratio est strictement positif (reçu {value})',
  'csv.scale': '"scale" vaut logodds ou oddsratio (reçu "{value}")',
  'csv.direction': '"direction" vaut +, - ou ? (reçu "{value}")',
  'csv.range': '"min" et "max" vont ensemble : deux nombres avec min ≤ max (reçu "{min}" et "{max}")',
  'csv.interceptTwice': 'intercept déjà donné ligne {line}',
  'csv.noIntercept': 'aucune ligne "intercept,,<valeur>"',
  'csv.noVariables': 'aucune variable dans le tableau',
  'csv.templateVariableMissing':
    'la variable "{variable}" de {template} n’a pas de ligne : elle ne compte pas dans ce modèle',
  'csv.unknownVariable':
    '"{id}" n’est pas une variable connue de l’application : elle ne peut pas être calculée depuis un foyer ' +
    'et comptera à son niveau de référence',
  'csv.linearSingleRow': 'une variable linéaire (*) a une seule ligne (lignes {lines})',
  'csv.unknownLevel': 'niveau "{level}" inconnu pour {variable} (niveaux : {levels})',
  'csv.badBin':
    'colonne {column} (level) : niveau "{level}" illisible pour la variable numérique {variable} ; un niveau y est * (un poids par unité) ou un intervalle comme [0.5, 1) ou [1, inf), bornes écrites avec un point décimal',
  'csv.levelsMissing': 'il manque {count} niveaux ({levels}) : un seul niveau, la référence, peut être omis',

  // Model variables given directly (engine/check-features.ts).
  'features.notAnObject': 'objet { "variable": valeur } attendu',
  'features.unknownVariable': 'variable inconnue du modèle {model} (variables : {variables})',
  'features.boolean': 'true/false (ou 1/0) attendu',
  'features.number': 'nombre attendu',
  'features.unknownLevel': 'niveau inconnu "{value}" (niveaux : {levels})',
  'features.unknownForm': 'variable de forme inconnue : elle ne peut pas recevoir de valeur',
} as const;

export const en: Record<keyof typeof fr, string> = {
  'model.fileTooLarge': 'file too large ({size} kB): a model is at most {max} kB',
  'model.fileEmpty': 'the file is empty',
  'model.unreadable': 'unreadable file',
  'model.binary':
    'the file is not text (a NUL byte or binary data, e.g. an .xlsx workbook or a PDF): ' +
    'save the model as JSON or the table as CSV (UTF-8)',
  'model.utf16':
    'the file is in UTF-16 {order}: save it as UTF-8 ("CSV UTF-8" in Excel, "Unicode (UTF-8)" in LibreOffice)',
  'model.decodedAsWindows1252':
    'the file is not UTF-8 (first invalid byte on line {line}): it was read as Windows-1252, ' +
    'the encoding of Excel on Windows; check the accents of the labels',
  'model.notAModel':
    'this file is neither a JSON model nor a coefficient table: a model starts with "{", ' +
    'a table with the header variable,level,coefficient',

  'json.unexpectedChar': 'invalid JSON: unexpected {char}',
  'json.unexpectedEnd': 'invalid JSON: unexpected end of file (truncated file?)',
  'json.expectedKey': 'invalid JSON: expected a property name in double quotes, found {found}',
  'json.expectedColon': 'invalid JSON: expected \':\' after "{key}", found {found}',
  'json.expectedCommaOrBrace': "invalid JSON: expected ',' or '}', found {found}",
  'json.expectedCommaOrBracket': "invalid JSON: expected ',' or ']', found {found}",
  'json.duplicateKey': 'invalid JSON: duplicate key "{key}"',
  'json.lineBreakInString': 'invalid JSON: line break inside a string',
  'json.unterminatedString': 'invalid JSON: unterminated string',
  'json.invalidEscape': 'invalid JSON: invalid escape in string',
  'json.invalidNumber': 'invalid JSON: invalid number at {found}',
  'json.trailingContent': 'invalid JSON: unexpected {found} after the end of the document',
  'json.nestingTooDeep': 'invalid JSON: nesting too deep',

  'model.notAnObject': 'the file must hold a JSON object { … }',
  'model.format': '"format" must be "{expected}"',
  'model.id': '"id" is missing or has characters other than letters, digits, - _ .',
  'model.kind': '"kind" is "model" or "card"',
  'model.link': '"link" must be "logit" (logistic regression)',
  'model.variablesNotList': '"variables" must be a list',
  'model.noVariables': 'a scorable model has at least one variable',
  'model.publisherMissing': '"publisher" is missing',
  'model.date': 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
  'model.sources': '"sources" must list at least one source { id: { title, url } }',
  'model.sourceTitle': 'every source has a "title"',
  'model.sourceUrl': '"url" must start with http:// or https://',
  'model.text': 'expected a text: "…" or { "fr": "…", "en": "…" }',
  'model.status': '"status" is one of {statuses}',
  'model.numberShape': 'expected a number as { "value", "status", "source" }',
  'model.numberValue': '"value" must be a finite number (|x| ≤ 1e6)',
  'model.numberSource': '"source" must name an entry of "sources" (got {got})',
  'model.unknownWeightNotZero': 'a weight whose status is "unknown" should be 0: its provenance is not established',
  'model.direction': '"direction" is "+", "-" or "?" (got {got})',
  'model.directionSource': '"directionSource" must name an entry of "sources" (got {got})',
  'model.range': '"range" is a pair [min, max] of finite numbers with min ≤ max',
  'model.rangeAgainstDirection':
    'the interval [{min}, {max}] crosses to the side of zero that direction "{direction}" rules out',
  'model.rangeOnFixed': 'a number of status "{status}" is fixed at its value: its "range" is not used',
  'model.valueOutsideRange':
    'the value {value} lies outside the plausible interval [{min}, {max}]: the example weighting is not a possible draw',
  'model.valueAgainstDirection': 'the value {value} contradicts the declared direction "{direction}"',
  'model.span': '"span" is a strictly positive number: the usual spread of the variable, in its unit',
  'model.variableNotObject': 'every variable is an object',
  'model.variableId': '"id" is missing or has characters that are not allowed',
  'model.variableTwice': 'variable "{id}" is defined twice',
  'model.variableSource': '"source" must name an entry of "sources"',
  'model.unitMissing': '"unit" is missing (e.g. "€/month")',
  'model.encoding': '"encoding" is "linear" or "bins"',
  'model.type': '"type" is boolean, categorical, numeric or unknown',
  'model.levelsTooFew': 'a categorical variable has at least two levels',
  'model.levelId': 'every level has an "id"',
  'model.levelTwice': 'level "{id}" appears twice',
  'model.referenceCoefficient': 'the reference level has no coefficient (it is 0 by construction)',
  'model.reference': '"reference" must name one of the levels',
  'model.bins': '"bins" is a list of intervals { min, max, coefficient }',
  'model.binBound': '"{name}" is a number or null (unbounded)',
  'model.binsFirstMin': 'the first interval starts at null (−∞) so that every value is covered',
  'model.binsLastMax': 'the last interval ends at null (+∞)',
  'model.binsGap':
    'gap between two intervals: this one starts at {min}, the previous one ends at {previousMax} (min = previous max)',
  'model.binsOverlap': 'two intervals overlap: this one starts at {min}, before the previous one ends ({previousMax})',
  'model.binsUnsorted':
    'intervals out of order: this one ({min}…) comes before the previous one, which ends at {previousMax}; sort them by increasing bounds',
  'model.binEmpty': 'empty interval: max ({max}) must be greater than min ({min})',
  'model.sd': '"sd" (standard deviation) is a finite number, zero or more',
  'model.impute': '"impute" is an object { value, indicator? }',
  'model.input': '"input" is an object { min?, max?, step?, typical? }: finite numbers, min ≤ max, step > 0',
  'model.imputeIndicator':
    '"indicator" must name a variable of the model, boolean or categorical with levels "0" and "1" (got "{id}")',

  'csv.unclosedQuote': 'a quote is opened and never closed',
  'csv.sd': '"sd" (standard deviation, in log-odds) is a number, zero or more (got "{value}")',
  'csv.missingNeedsBins': '{variable}: "missing" and "impute:" rows go with [min, max) bins, not alone nor with "*"',
  'csv.missingLevelNotZero':
    '{variable}: the "missing" level of a categorical variable is its reference, contributing 0 (got {value})',
  'csv.missingColumn': 'column "{column}" missing from the header (expected variable,level,coefficient[,scale])',
  'csv.emptyVariable': 'empty variable name',
  'csv.unreadableCoefficient': 'unreadable coefficient: "{value}"',
  'csv.oddsRatioNotPositive': 'an odds ratio is strictly positive (got {value})',
  'csv.scale': '"scale" is logodds or oddsratio (got "{value}")',
  'csv.direction': '"direction" is +, - or ? (got "{value}")',
  'csv.range': '"min" and "max" go together: two numbers with min ≤ max (got "{min}" and "{max}")',
  'csv.interceptTwice': 'intercept already given on line {line}',
  'csv.noIntercept': 'no "intercept,,<value>" row',
  'csv.noVariables': 'no variable in the table',
  'csv.templateVariableMissing': 'variable "{variable}" of {template} has no row: it does not count in this model',
  'csv.unknownVariable':
    '"{id}" is not a variable the app knows: it cannot be derived from a household ' +
    'and will count at its reference level',
  'csv.linearSingleRow': 'a linear (*) variable has a single row (lines {lines})',
  'csv.unknownLevel': 'unknown level "{level}" for {variable} (levels: {levels})',
  'csv.badBin':
    'column {column} (level): unreadable level "{level}" for the numeric variable {variable}; a level there is * (one weight per unit) or an interval such as [0.5, 1) or [1, inf), bounds written with a decimal point',
  'csv.levelsMissing': '{count} levels are missing ({levels}): only one level, the reference, may be left out',

  'features.notAnObject': 'expected an object { "variable": value }',
  'features.unknownVariable': 'unknown variable for model {model} (variables: {variables})',
  'features.boolean': 'true/false (or 1/0) expected',
  'features.number': 'number expected',
  'features.unknownLevel': 'unknown level "{value}" (levels: {levels})',
  'features.unknownForm': 'variable of unknown form: it cannot take a value',
};

// Problems in a household: the app's form, share links, saved households, the `droits` CLI's input.
export const fr = {
  // Any checker: the problems of one kind past the first twenty, counted (problems/index.ts).
  'problems.more': '… et {count} autres du même type, à partir de cette ligne',
  'field.amountUnreadable': 'montant illisible ({value}) : un nombre d’euros est attendu',
  'field.amountNegative': 'un montant ne peut pas être négatif ({value} €)',
  'field.amountTooLarge': 'montant mensuel hors limites ({value} € > {max} €)',
  'field.missing': 'valeur manquante : un nombre entier entre {min} et {max} est attendu',
  'field.wholeNumber': 'nombre entier entre {min} et {max} attendu (reçu {value})',
  'field.yesNo': 'oui/non attendu (true ou false)',
  'field.oneOf': 'valeur « {value} » inconnue (possibles : {allowed})',
  'household.notObject': 'le foyer doit être un objet { … }',
  'household.month': 'mois attendu au format AAAA-MM, entre {first} et {last} (reçu {value})',
  'household.noAdult': 'le foyer a au moins un adulte (la personne qui a le dossier)',
  'household.tooManyAdults': 'un dossier CAF compte au plus deux adultes (reçu {count})',
  'household.tooManyChildren': 'au plus {max} enfants dans ce simulateur (reçu {count})',
  'household.childOlderThanParent':
    'un enfant de {age} ans avec un adulte de {oldestAdult} ans au plus : vérifiez les âges',
  'household.afNeedsTwo': 'les allocations familiales sont versées à partir de deux enfants de moins de 20 ans',
  'household.cfNeedsThree': 'le complément familial suppose au moins trois enfants de 3 à 21 ans',
  'household.rsaUnder25': 'le RSA est en principe réservé aux 25 ans et plus sans enfant',
  'household.rentNotTenant': 'un loyer est indiqué alors que le foyer n’est pas locataire : il est ignoré',
  'household.earningsWithoutWork': 'des revenus d’activité sont indiqués mais aucun mois travaillé sur 12',
  'household.adultAge': 'un adulte du dossier a au moins {min} ans (reçu {age})',
  'household.earningsWhileInactive':
    'des revenus d’activité pour une personne retraitée ou sans activité : vérifiez l’activité',
  'household.earningsHistory': '{months} montants mensuels attendus, du plus ancien au mois de la situation',
  'household.earningsStopped': 'un objet { "since": "AAAA-MM", "reason": … } est attendu',
  'household.childAge': 'au-delà de {max} ans une personne n’est plus un enfant à charge (reçu {age} ans)',
  'household.childAtSchool': 'à {age} ans un enfant est scolarisé (instruction obligatoire jusqu’à 16 ans)',
  'household.birthMonth':
    'mois de naissance attendu au format AAAA-MM, au plus tard le mois de la situation ({month}) (reçu {value}) : l’âge est retenu',
  'household.ageBirthMonth':
    'l’âge indiqué ({age} ans) ne correspond pas au mois de naissance {birthMonth} ({implied} ans) : le mois de naissance est retenu',
  'household.expectedBirthMonth':
    'mois de naissance attendu au format AAAA-MM, après le mois de la situation ({month}) et dans les 9 mois (reçu {value})',
  'household.expectedWithoutPregnancy':
    'un mois de naissance attendu est indiqué sans grossesse déclarée : il est ignoré',
  'droits.notObject': 'un objet JSON est attendu',
  'droits.month': 'mois attendu au format "AAAA-MM"',
  'droits.adults': 'un ou deux adultes attendus (reçu {count})',
  'droits.adultNotObject': 'un objet est attendu',
  'droits.childrenNotList': 'une liste est attendue',
  'droits.housingStatus': 'attendu : "tenant", "owner" ou "hosted"',
  'droits.applicationMonth': 'mois "AAAA-MM" attendu, pas après "month"',
  'droits.monthMap': 'un objet de montants mensuels {"AAAA-MM": euros} est attendu',
  'droits.monthKey': 'les clés sont des mois "AAAA-MM"',
  'droits.json': 'JSON invalide : {detail}',
  'droits.notText':
    'le fichier n’est pas du texte (octet nul ou binaire, par ex. un classeur .xlsx) : un foyer est un fichier JSON',
  'droits.monthTooEarly':
    'mois à partir de {first} attendu, quand les règles et leurs paramètres commencent (loi 2015-994) ; reçu "{value}"',
  'droits.monthTooLate':
    'mois jusqu’à {last} attendu (reçu "{value}") : au-delà, ce n’est plus une situation mais une faute de frappe',
  'droits.batchLine': 'un objet JSON {"id", "input"} est attendu',
  'droits.batchId': 'une chaîne ou un nombre est attendu',
  'droits.stoppedList': 'une liste de {"income", "since", "reason"} est attendue',
  'droits.stoppedItem': 'un objet {"income", "since", "reason"} est attendu',
  'link.tooLong': 'lien trop long ({length} caractères) : il a été ignoré',
  'link.lang': 'langue inconnue « {value} »',
  'link.model': 'nom de modèle illisible « {value} » : le modèle par défaut est affiché',
  'link.unknownModel':
    'le lien nomme le modèle « {id} », absent de cet appareil (un modèle importé ?) : le modèle par défaut est affiché',
  'link.weights': 'les pondérations modifiées du lien sont illisibles : le modèle sans modification est affiché',
  'link.profile': 'le profil du lien est illisible : le profil type du modèle est affiché',
  'link.household': 'le foyer du lien est illisible (lien tronqué ?) : un foyer par défaut est affiché',
  'link.oldBrowser':
    'ce navigateur ne sait pas lire ce lien court (il faut Safari 16.4, Chrome 103, Firefox 113 ou plus récents) : un foyer par défaut est affiché',
  'engine.unknownModel': 'modèle inconnu : {id}',
  'engine.card': 'ce modèle ne peut pas être simulé : sa structure n’est pas publiée',
  'engine.importFailed': 'le fichier n’a pas pu être chargé ({detail}) : le modèle affiché reste le même',
  'engine.importLost':
    'le moteur de calcul a cessé de répondre pendant l’import et a été relancé : importez le fichier à nouveau ; ' +
    'le modèle affiché reste le même',
  'engine.importUnread': 'le navigateur n’a pas pu lire le fichier : le modèle affiché reste le même',
  'engine.failed': 'le calcul a échoué ({detail}) : le score affiché n’est pas à jour',
} as const;

export const en: Record<keyof typeof fr, string> = {
  'problems.more': '… and {count} more of the same kind, from this line on',
  'field.amountUnreadable': 'unreadable amount ({value}): a number of euros is expected',
  'field.amountNegative': 'an amount cannot be negative ({value} €)',
  'field.amountTooLarge': 'monthly amount out of range ({value} € > {max} €)',
  'field.missing': 'missing value: a whole number between {min} and {max} is expected',
  'field.wholeNumber': 'whole number between {min} and {max} expected (got {value})',
  'field.yesNo': 'yes/no expected (true or false)',
  'field.oneOf': 'unknown value "{value}" (allowed: {allowed})',
  'household.notObject': 'the household must be an object { … }',
  'household.month': 'expected a month as YYYY-MM, between {first} and {last} (got {value})',
  'household.noAdult': 'the household has at least one adult (the file holder)',
  'household.tooManyAdults': 'a CAF file has at most two adults (got {count})',
  'household.tooManyChildren': 'at most {max} children in this simulator (got {count})',
  'household.childOlderThanParent': 'a child aged {age} with an adult aged at most {oldestAdult}: check the ages',
  'household.afNeedsTwo': 'family allowances start with two children under 20',
  'household.cfNeedsThree': 'the complément familial requires at least three children aged 3 to 21',
  'household.rsaUnder25': 'the RSA is in principle for people aged 25 or more when there is no child',
  'household.rentNotTenant': 'a rent is given but the household is not a tenant: it is ignored',
  'household.earningsWithoutWork': 'earnings are given but no month worked out of 12',
  'household.adultAge': 'an adult of the file is at least {min} (got {age})',
  'household.earningsWhileInactive': 'earnings for a retired or inactive person: check the activity',
  'household.earningsHistory':
    '{months} monthly amounts expected, oldest first, ending with the month of the situation',
  'household.earningsStopped': 'expected an object { "since": "YYYY-MM", "reason": … }',
  'household.childAge': 'beyond {max} a person is no longer a dependent child (got {age})',
  'household.childAtSchool': 'at {age} a child is at school (compulsory until 16)',
  'household.birthMonth':
    'expected a birth month as YYYY-MM, not after the month of the situation ({month}) (got {value}): the age is used',
  'household.ageBirthMonth':
    'the age given ({age}) does not match the birth month {birthMonth} ({implied}): the birth month is used',
  'household.expectedBirthMonth':
    'expected birth month as YYYY-MM, after the month of the situation ({month}) and within 9 months (got {value})',
  'household.expectedWithoutPregnancy': 'an expected birth month is given with no pregnancy declared: it is ignored',
  'droits.notObject': 'expected a JSON object',
  'droits.month': 'expected "YYYY-MM"',
  'droits.adults': 'expected one or two adults (got {count})',
  'droits.adultNotObject': 'expected an object',
  'droits.childrenNotList': 'expected a list',
  'droits.housingStatus': 'expected "tenant", "owner" or "hosted"',
  'droits.applicationMonth': 'expected "YYYY-MM" not after "month"',
  'droits.monthMap': 'expected an object of monthly amounts {"YYYY-MM": euros}',
  'droits.monthKey': 'keys are months "YYYY-MM"',
  'droits.json': 'invalid JSON: {detail}',
  'droits.notText':
    'the file is not text (a NUL byte or binary data, e.g. an .xlsx workbook): a household is a JSON file',
  'droits.monthTooEarly':
    'expected a month from {first}, when the rules and their parameters start (Loi 2015-994), got "{value}"',
  'droits.monthTooLate':
    'expected a month up to {last} (got "{value}"): beyond that it is a typing error, not a situation',
  'droits.batchLine': 'expected a JSON object {"id", "input"}',
  'droits.batchId': 'expected a string or a number',
  'droits.stoppedList': 'expected a list of {"income", "since", "reason"}',
  'droits.stoppedItem': 'expected an object {"income", "since", "reason"}',
  'link.tooLong': 'link too long ({length} characters): it was ignored',
  'link.lang': 'unknown language "{value}"',
  'link.model': 'unreadable model name "{value}": the default model is shown',
  'link.unknownModel':
    'the link names the model "{id}", which this device does not have (an imported one?): the default model is shown',
  'link.weights': 'the edited weights in the link are unreadable: the model without edits is shown',
  'link.profile': 'the profile in the link is unreadable: the model’s typical profile is shown',
  'link.household': 'the household in the link is unreadable (truncated link?): a default household is shown',
  'link.oldBrowser':
    'this browser cannot read this short link (it needs Safari 16.4, Chrome 103, Firefox 113 or later): a default household is shown',
  'engine.unknownModel': 'unknown model: {id}',
  'engine.card': 'this model cannot be simulated: its structure is not published',
  'engine.importFailed': 'the file could not be loaded ({detail}): the model shown stays the same',
  'engine.importLost':
    'the computing engine stopped answering during the import and was restarted: import the file again; ' +
    'the model shown stays the same',
  'engine.importUnread': 'the browser could not read the file: the model shown stays the same',
  'engine.failed': 'the computation failed ({detail}): no current score to show',
};

// Interface texts in French, the default language. Variable labels live in the model files.
import { frEmbed } from './texts/embed.ts';
import { frWorkshop } from './texts/workshop.ts';
import { frExplorer } from './texts/explorer.ts';
import { frExplain } from './texts/explain.ts';
import { frKept } from './texts/kept.ts';
import { frHeadline } from './texts/headline.ts';
import { frNarrowing } from './texts/narrowing.ts';
export const fr = {
  ...frEmbed,
  ...frWorkshop,
  appTitle: 'Le score CAF, sur votre appareil',
  appSubtitle:
    'Bac à sable du modèle de « datamining » de la CNAF : décrivez un foyer, voyez ce qui fait monter ou ' +
    'baisser le score de suspicion. Rien ne quitte votre appareil.',
  langSwitch: 'English',
  langSwitchLabel: 'Switch to English',
  skipToResult: 'Aller au résultat',
  household: 'Votre foyer',
  presets: 'Exemples de foyers',
  presetPlaceholder: 'Choisir un exemple…',
  month: 'Mois de la situation',
  adult: 'Adulte',
  holder: 'Personne qui a le dossier',
  partner: 'Conjoint·e',
  addPartner: 'Ajouter un·e conjoint·e',
  removePartner: 'Retirer le ou la conjoint·e',
  age: 'Âge',
  activity: 'Activité',
  earnings: 'Revenus d’activité nets (€/mois)',
  otherIncome: 'Chômage, retraite, autres revenus (€/mois)',
  aah: 'AAH perçue (€/mois)',
  children: 'Enfants',
  child: 'Enfant',
  addChild: 'Ajouter un enfant',
  removeChild: 'Retirer cet enfant',
  birthMonth: 'Mois et année de naissance',
  birthMonthAge: 'soit {age} ans',
  birthMonthWhy:
    'Sans le mois de naissance, l’âge seul ne dit pas si l’enfant aura 6 ans avant le 1er février (allocation de rentrée scolaire), s’il est né avant ou après mars 2012 (majoration des allocations familiales), ni le mois de ses 3, 14 ou 20 ans : l’anniversaire est alors supposé au milieu de l’année. Pour un enfant né en septembre, le mois ne dit pas non plus s’il a 18 ans au 15 septembre (ARS) : il est compté comme les ayant.',
  benefits: 'Prestations perçues (moyenne sur 12 mois, €/mois)',
  rsa: 'RSA',
  primeActivite: 'Prime d’activité',
  af: 'Allocations familiales',
  cf: 'Complément familial',
  housingAid: 'Aide au logement',
  otherBenefits: 'Autres prestations',
  housing: 'Logement',
  housingStatus: 'Vous êtes',
  rent: 'Loyer (€/mois)',
  situation: 'Situation du dossier',
  guardianship: 'Dossier géré par une tutelle ou curatelle',
  alimony: 'Pension alimentaire reçue (€/mois)',
  priorityNeighbourhood: 'Logement en quartier prioritaire (QPV)',
  separation12m: 'Séparation, divorce ou veuvage dans les 12 derniers mois',
  rentChanges18m: 'Changements de loyer déclarés en 18 mois',
  monthsWorked12: 'Mois travaillés sur les 12 derniers',
  adjustments24m: 'Rappel ou indu sur le dossier dans les 24 derniers mois',
  activities: {
    salarie: 'Salarié·e',
    independant: 'Indépendant·e',
    chomeur: 'Au chômage',
    etudiant: 'Étudiant·e',
    apprenti: 'Apprenti·e',
    retraite: 'Retraité·e',
    inactif: 'Sans activité',
  },
  childActivities: {
    scolaire: 'Scolarisé·e',
    etudiant: 'Étudiant·e',
    apprenti: 'Apprenti·e',
    emploi: 'En emploi',
    sans_activite: 'Sans activité',
  },
  housingStatuses: { locataire: 'Locataire', proprietaire: 'Propriétaire', heberge: 'Hébergé·e' },
  model: 'Modèle',
  loadModel: 'Charger un modèle…',
  loadModelHelp:
    'Fichier de modèle (.json) ou tableau de coefficients (.csv : variable,level,coefficient). Il est lu sur ' +
    'votre appareil, jamais envoyé.',
  exampleTable: 'Exemple de tableau (poids inventés, pas ceux de la CNAF)',
  importedBadge: 'Modèle importé',
  importedFrom: 'importé depuis',
  importOk: 'Modèle chargé',
  importFailed: 'Ce fichier n’a pas pu être chargé :',
  importWarnings: 'Avertissements :',
  score: 'Score de suspicion',
  scoreExplain:
    'Probabilité estimée par le modèle que le dossier ait un indu. Plus elle est haute, plus un contrôle est probable.',
  computing: 'Calcul…',
  rangeUpdating: 'mise à jour de la fourchette…',
  placeholderBanner:
    'Pondérations fictives : la CNAF n’a pas publié les poids de ce modèle. Ce score illustre le mécanisme ; ' +
    'ce n’est pas votre score réel.',
  unknownBanner: 'Provenance des pondérations non établie : ce score dépend entièrement du fichier importé.',
  publishedBanner: 'Toutes les pondérations utilisées sont publiées par la CNAF.',
  reportedBanner: 'Certaines pondérations ne sont que rapportées par la presse : le score reste incertain.',
  howPlaceholders: 'Comment les valeurs fictives ont été choisies',
  target: 'Ce que le modèle prédit',
  cannotScore: 'Ce modèle ne peut pas être simulé.',
  fixErrors: 'Le score n’est pas calculé tant que ces points ne sont pas corrigés (vos saisies sont conservées) :',
  warnings: 'À vérifier :',
  waterfall: 'Ce qui fait monter ou baisser le score',
  waterfallHelp:
    'Chaque barre part du score avant la variable et s’arrête au score après elle, dans l’ordre du modèle.',
  base: 'Constante (foyer de référence)',
  final: 'Score final',
  foldedRow: '{count} autres variables, à l’effet plus petit, réunies',
  tableCaption: 'Contributions de chaque variable au score',
  colVariable: 'Variable',
  colValue: 'Valeur du foyer',
  colLogodds: 'Log-cote',
  colStep: 'Probabilité avant → après',
  colStatus: 'Provenance du poids',
  colSource: 'Source',
  showTable: 'Voir le tableau des données',
  sweep: 'Et si les revenus d’activité changeaient ?',
  sweepHelp:
    'Score du foyer quand les revenus nets de la personne qui a le dossier varient de 0 à 2,5 SMIC, tout le ' +
    'reste inchangé.',
  sweepX: 'Revenus d’activité nets (€/mois)',
  sweepY: 'Score',
  sweepNow: 'Aujourd’hui',
  status: { published: 'publié', reported: 'rapporté', placeholder: 'fictif', unknown: 'inconnu' },
  missing: 'non calculable depuis le foyer : compté au niveau de référence',
  yes: 'oui',
  no: 'non',
  engineInThread: 'Le calcul tourne dans la page (aucun worker n’a pu démarrer).',
  engineRestarted: 'Le calcul ne répondait plus : il a été redémarré, avec votre foyer et vos modèles importés.',
  engineFallback:
    'Le calcul ne répondait plus : il tourne désormais dans la page, avec votre foyer et vos modèles importés.',
  privacy:
    'Confidentialité : tout est calculé dans votre navigateur. Aucune donnée n’est envoyée, aucun cookie, ' +
    'aucune mesure d’audience. Vérifiez-le dans l’onglet « Réseau » des outils de développement.',
  sources: 'Sources',
  line: 'ligne',
  share: 'Copier le lien de partage',
  shareDone: 'Lien copié (le foyer est dans le lien, après #).',
  shareRefused:
    'Le navigateur a refusé la copie dans le presse-papiers (c’est souvent le cas quand le simulateur est ' +
    'intégré dans une autre page). Copiez le lien à la main :',
  shareLink: 'Lien de partage',
  linkProblems:
    'Le lien ouvert contient des valeurs illisibles ; elles ont été remplacées par des valeurs par défaut :',
  entitlementsMode: 'RSA et prime d’activité',
  entitlementsComputed: 'Calculés d’après vos revenus (règles légales)',
  entitlementsDeclared: 'Montants que je saisis',
  notClaimedRsa: 'Je ne demande pas le RSA',
  notClaimedPrimeActivite: 'Je ne demande pas la prime d’activité',
  computedMean: 'moyenne calculée sur 12 mois',
  pregnant: 'Grossesse en cours',
  earningsByMonth: 'Revenus mois par mois',
  earningsByMonthHelp:
    'Par défaut, le même montant chaque mois travaillé (les derniers mois). Saisissez ici des mois différents ' +
    '; le mois le plus récent est celui de la situation.',
  earningsByMonthReset: 'Revenir au même montant chaque mois',
  droits: 'Vos droits estimés',
  droitsEstimate:
    'Estimation d’après les règles publiques (prime d’activité : CSS L842-1 et suivants ; RSA : CASF L262-2 et ' +
    'suivants). Seule la CAF calcule vos droits réels.',
  droitsMonth: 'Droit pour le mois de',
  droitsQuarter: 'Calculé sur les revenus de',
  droitsMonthly: 'Montant mensuel versé',
  droitsCrds: 'dont CRDS 0,5 % retenue',
  droitsUnderFloor: 'Moins de 15 € : rien n’est versé.',
  droitsRsaUnderFloor: 'Moins de 6 € : rien n’est versé.',
  droitsRsaIneligibleAge: 'RSA : pas de droit avant 25 ans sans enfant ni grossesse.',
  droitsRsaIneligibleStudent: 'RSA : les étudiant·es n’y ont en principe pas droit.',
  colMonth: 'Mois',
  colMf: 'Montant forfaitaire',
  colEarnings: 'Revenus d’activité',
  colPente: 'Part des revenus gardée',
  colBonus: 'Bonification',
  colResources: 'Ressources comptées',
  colFl: 'dont forfait logement',
  colAmount: 'Prime du mois',
  colRsaAmount: 'RSA du mois',
  noRight: 'Pas de droit',
  colFamilyAmount: 'Montant du mois',
  whyTitle: 'Ce qui fait ces montants',
  whyPaNoEarnings: 'Prime d’activité : sans revenus d’activité sur les mois de référence, elle n’est pas due.',
  whyPaAsf:
    'Prime d’activité : votre ASF ({asf} par mois) compte dans les ressources de la prime d’activité, avec les autres prestations familiales : elle la diminue d’autant.',
  whyPaFamily:
    'Prime d’activité : vos prestations familiales ({amount} par mois) comptent dans ses ressources et la diminuent d’autant.',
  whyPaEarnings:
    'Prime d’activité : elle suit vos revenus d’activité des trois mois de référence (61 % de ces revenus, plus une bonification individuelle).',
  whyRsaOver:
    'RSA : vos ressources des mois de référence ({resources} par mois, forfait logement compris) dépassent le montant forfaitaire de votre foyer ({mf}) : pas de droit.',
  whyRsaNeutralised:
    'RSA : les revenus d’un emploi qui a pris fin ne sont plus comptés (neutralisation, R262-13 CASF).',
  whyRsaDiff: 'RSA : le montant forfaitaire de votre foyer, moins vos ressources des trois mois de référence.',
  whyAfFromTwo: 'Allocations familiales : elles commencent au deuxième enfant de moins de 20 ans.',
  whyAfModulated:
    'Allocations familiales : {n} enfants, montant réduit selon les revenus de {year} (au-dessus d’un plafond).',
  whyAfChildren:
    'Allocations familiales : {n} enfants de moins de 20 ans, montant plein (revenus sous le premier plafond).',
  whyCfPaid: 'Complément familial : au moins trois enfants de 3 ans ou plus, ressources sous le plafond.',
  whyCfThree:
    'Complément familial : il faut au moins trois enfants de 3 à 21 ans, aucun de moins de 3 ans, et des ressources sous un plafond.',
  whyAsfOtherParent:
    'ASF : vous avez indiqué que l’autre parent participe à l’entretien des enfants, ou cela n’est pas indiqué : pas d’ASF.',
  whyAsfAlimony: 'ASF : la pension alimentaire reçue est déduite de l’ASF.',
  whyAsfFull:
    'ASF : {n} enfant(s) sans l’aide de l’autre parent. Elle compte dans les ressources de la prime d’activité et du RSA.',
  whyArs:
    'Allocation de rentrée scolaire : {n} enfant(s) de 6 à 18 ans à la rentrée de cette année, versée une fois, en août.',
  whyArsNone: 'Allocation de rentrée scolaire : aucun enfant de 6 à 18 ans à la rentrée de cette année.',
  whyHousingNotTenant: 'Aide au logement : calculée ici pour les locataires seulement.',
  whyHousing:
    'Aide au logement : selon votre loyer, votre zone et vos ressources de 12 mois ({resources} par an, arrondies à la centaine).',
  aspaNotice:
    'À partir de 65 ans, l’allocation de solidarité aux personnes âgées (ASPA, demandée à la caisse de retraite) passe avant le RSA : il faut d’abord la demander (L262-10 CASF). Le RSA calculé ici n’en tient pas compte.',
  aspaLink: 'L’ASPA et comment la demander (service-public.fr)',
  claimLink: 'Comment la demander (service-public.fr)',
  // AAH and prime à la naissance (ui/aah-why.ts, controls/DisabilityField, ExpectedBirthField, panels/AahPrimeRights).
  aahTitle: 'AAH et prime à la naissance',
  aahRate: 'Taux d’incapacité reconnu par la CDAPH',
  aahRateNone: 'non renseigné (l’AAH saisie est reprise)',
  aahRateUnder50: 'moins de 50 %',
  aahRate50: 'de 50 à 79 %',
  aahRate80: '80 % ou plus',
  aahRsdae: 'Restriction substantielle et durable d’accès à l’emploi reconnue par la CDAPH',
  aahComputedNote:
    'L’AAH est calculée par la loi à partir de ce taux : {amount} ce mois-ci. Le montant saisi n’est plus lu.',
  aahAdult: 'AAH — {who}',
  primeNaissance: 'Prime à la naissance',
  expectedBirthMonth: 'Mois de naissance attendu',
  expectedBirthWhy:
    'La prime à la naissance est versée le septième mois de grossesse, deux mois civils avant le mois de naissance attendu (D531-2 CSS).',
  whyAahQuarter:
    'AAH : {amount}, soit le plafond de {ceiling} par an moins vos revenus d’activité du trimestre précédent ({earnings} par an), comptés après un abattement de 80 % puis 40 % ({counted}, D821-9 CSS). Les revenus d’un conjoint ne comptent plus depuis octobre 2023.',
  whyAahYear:
    'AAH : {amount}, soit le plafond de {ceiling} par an moins vos ressources de {year} ({resources}). Les revenus d’un conjoint ne comptent plus depuis octobre 2023.',
  whyAahTaux: 'AAH : un taux d’incapacité de moins de 50 % ne l’ouvre pas (L821-2 CSS).',
  whyAahRsdae:
    'AAH : avec un taux de 50 à 79 %, il faut que la CDAPH reconnaisse une restriction substantielle et durable d’accès à l’emploi (L821-2 CSS).',
  whyAahAgeRsdae:
    'AAH : avec un taux de 50 à 79 %, elle cesse à l’âge de la retraite, où la retraite pour inaptitude prend le relais (L821-2 CSS).',
  whyAahAge: 'AAH : elle s’ouvre à 20 ans, ou à 16 ans pour qui n’est plus à la charge de ses parents (R821-1 CSS).',
  whyPrimePaid:
    'Prime à la naissance : {amount}, versée ce mois-ci, le septième mois de grossesse, sous le plafond de ressources de {year} ({ceiling}).',
  whyPrimeLater: 'Prime à la naissance : {amount}, à verser en {month}, deux mois avant la naissance attendue.',
  whyPrimeOver: 'Prime à la naissance : vos ressources de {year} ({resources}) dépassent le plafond ({ceiling}).',
  aahNotClaimed: 'Vous ne la demandez pas : vous pourriez avoir droit à environ {amount} par mois d’AAH.',
  primeNotClaimed:
    'Vous ne la demandez pas : vous pourriez avoir droit à {amount} de prime à la naissance, versés une fois.',
  whyPrimeNoMonth:
    'Prime à la naissance : indiquez le mois de naissance attendu pour savoir quand elle est versée et si elle est due.',
  earningsZeroAsk:
    'Vos revenus d’activité sont à 0 € : votre emploi a-t-il pris fin ? Si oui, cochez la case ci-dessous : le RSA ne compte plus alors vos revenus passés (neutralisation, R262-13 CASF).',
  droitsAverage: 'Moyenne des trois mois',
  mayBeEntitled: 'Vous pourriez avoir droit à environ',
  mayBeEntitledPrimeActivite: 'par mois de prime d’activité, que vous ne demandez pas.',
  mayBeEntitledRsa: 'par mois de RSA, que vous ne demandez pas.',
  claimWhere:
    'Pour vérifier et faire la demande : le simulateur officiel de la CAF (caf.fr, rubrique « Mes aides » › « ' +
    'Faire une simulation ») ou mesdroitssociaux.gouv.fr.',
  series: 'Montants versés sur les 12 derniers mois (ce que le modèle résume en moyenne)',
  derived: 'calculé',
  derivedNote:
    'Les montants de RSA et de prime d’activité entrent dans le modèle tels que calculés ci-dessous : modifier ' +
    'vos revenus les fait bouger, puis le score.',
  editHousehold: 'Modifier le foyer',
  hideEditor: 'Masquer le formulaire',
  embedCode: 'Code d’intégration (iframe)',
  embedHelp:
    'À coller dans un article : la page s’affiche en mode compact et ajuste sa hauteur. Le foyer est dans le ' +
    'lien ; rien n’est envoyé au site qui l’intègre.',
  embedReasons: 'Ce qui pèse le plus',
  embedUp: 'fait monter le score',
  embedDown: 'fait baisser le score',
  embedNoReason: 'Pour ce foyer, aucune variable ne fait bouger le score.',
  embedOpenFull: 'Ouvrir le simulateur complet',
  embedNewTab: '(nouvel onglet)',
  embedAllow:
    'Le cadre n’a besoin que de scripts : s’il est isolé (attribut sandbox), autorisez « allow-scripts », et ' +
    '« allow-popups allow-popups-to-escape-sandbox » pour le lien vers le simulateur complet. Il ne charge ' +
    'aucun autre fichier et n’a pas besoin de « allow-same-origin ».',
  embedScript:
    'La ligne <script> est facultative : elle ajuste la hauteur du cadre. Les sites qui utilisent Pym.js, ' +
    'les iframes AMP ou le script de Datawrapper n’en ont pas besoin : le cadre envoie aussi sa hauteur dans ' +
    'leurs formats, et rien d’autre.',
  printHousehold: 'Foyer :',
  printAdults: 'adultes, âgés de',
  printChildren: 'ans ; enfants :',
  printDate: 'Imprimé le',
  printLink: 'Pour rouvrir ce foyer :',
  stickyPoints: 'pt depuis la dernière modification',
  privacyTitle: 'Confidentialité',
  privacyBody: [
    'Cette application fonctionne entièrement dans votre navigateur. Le foyer que vous décrivez, les montants ' +
      'et le score ne sont envoyés à personne : il n’y a pas de serveur de calcul, pas de mesure d’audience, pas ' +
      'de cookie, pas de police ni de script venant d’un autre site.',
    "La page interdit elle-même toute connexion réseau (règle Content-Security-Policy « connect-src 'none' »). " +
      'Une fois chargée, elle fonctionne hors ligne.',
    'Un lien de partage contient le foyer après le signe #. Cette partie d’une adresse n’est jamais transmise ' +
      'au serveur qui héberge la page ; elle l’est en revanche à la personne à qui vous envoyez le lien.',
    'Rien n’est enregistré sur votre appareil, sauf si vous cochez « Se souvenir de ce foyer sur cet appareil ' +
      '» : le foyer est alors conservé dans le stockage local de ce navigateur (localStorage, clé « ' +
      'score-caf:foyer »), avec les modèles que vous avez importés ou modifiés et le modèle choisi (clé « ' +
      'score-caf:modeles »), jusqu’à ce que vous décochiez la case.',
    'Pour le vérifier : ouvrez les outils de développement de votre navigateur (F12), onglet « Réseau », puis ' +
      'modifiez le foyer : aucune requête ne part. Le code source est public.',
  ],
  privacyToggle: 'Confidentialité : ce que fait l’application',
  storageUnavailable:
    'Ce navigateur refuse le stockage local (navigation privée, cadre intégré ou réglage) : le foyer ne peut ' +
    'pas être conservé sur cet appareil.',
  saveFailed: 'Le navigateur a refusé d’enregistrer le foyer (stockage plein ou désactivé) : il n’est pas conservé.',
  savedPartial:
    'Le foyer enregistré sur cet appareil n’a pas pu être lu en entier. Voici ce qui a pu l’être ; rien n’est ' +
    'écrit tant que vous n’avez pas choisi.',
  savedUnreadable:
    'Quelque chose est enregistré sur cet appareil sous la clé « score-caf:foyer », mais ce n’est pas un foyer ' +
    'lisible. Il est laissé tel quel tant que vous ne l’effacez pas.',
  savedBehindLink:
    'Vous avez ouvert un lien : son foyer est affiché. Le foyer enregistré sur cet appareil est conservé, intact.',
  savedProblems: 'Ce qui n’a pas pu être lu :',
  savedKeep: 'Garder ce foyer et continuer à l’enregistrer',
  savedOpen: 'Ouvrir le foyer enregistré',
  savedDiscard: 'Effacer le foyer enregistré',
  asf: 'Allocation de soutien familial (ASF)',
  ars: 'Allocation de rentrée scolaire (ARS)',
  thisMonth: 'ce mois-ci, calculée',
  arsYearly: 'par an, versée en août',
  notClaimedThis: 'Je ne la demande pas',
  familyFromMonth:
    'Les prestations familiales et l’aide au logement sont calculées à partir de janvier 2024 ; avant, saisissez-les.',
  taxableIncomeN2: 'Revenu imposable de l’année N-2 (avis d’impôt, facultatif, €/an)',
  taxableIncomeN2Auto: 'estimé d’après vos revenus',
  earningsStopped: 'Mes revenus d’activité se sont arrêtés définitivement',
  earningsStoppedSince: 'Depuis le mois',
  earningsStoppedReason: 'Pourquoi',
  stopReasons: {
    endOfContract: 'Fin de contrat',
    dismissal: 'Licenciement',
    resignation: 'Démission',
    endOfBusiness: 'Fin d’activité indépendante',
    endOfUnemploymentRights: 'Fin des droits au chômage',
    other: 'Autre raison',
  },
  housingZone: 'Zone du logement',
  housingZones: {
    1: 'Zone 1 : Paris et sa proche banlieue',
    2: 'Zone 2 : grandes agglomérations',
    3: 'Zone 3 : reste du territoire',
  },
  otherParentMissing: 'L’autre parent ne participe pas à l’entretien des enfants (ou verse moins que l’ASF)',
  familyTitle: 'Prestations familiales et aide au logement',
  benefitCol: 'Prestation',
  familyNote:
    'Droit du mois, calculé par les règles publiques (CSS L521-1 et suivants, CCH L821-1 et suivants), avant CRDS ' +
    'sauf l’aide au logement (montant versé). Le modèle voit ces montants comme moyenne sur 12 mois.',
  rangeExplain:
    'Les pondérations de la CNAF ne sont pas publiques : pour 90 % des {n} pondérations tirées dans ce qui est ' +
    'connu (sens rapportés, plages plausibles), le score de ce foyer tombe dans cet intervalle.',
  rangeMedian: 'Valeur médiane :',
  oneExample: 'Un exemple de pondération :',
  oneExampleWhy: '(les poids inventés du fichier, pas ceux de la CNAF)',
  sortBySize: 'Trier par taille d’effet',
  termRangesCaption: 'Effet de chaque variable sur le score de ce foyer, quelles que soient les pondérations possibles',
  variable: 'Variable',
  effectRange: 'Effet sur le score',
  freeRow: '{count} variables au poids inconnu',
  between: 'entre {lo} et {hi}',
  termRangesHelp:
    'Ce que chaque variable peut faire au score de ce foyer, quel que soit son poids dans ce qui est connu : ' +
    'une valeur si le poids est publié, un intervalle sinon. Ouvrez la ligne repliée pour le détail.',
  exampleWaterfall: 'Voir un exemple de pondération, variable par variable (poids fictifs)',
  pinsTitle: 'Foyers côte à côte',
  pinsHelp:
    'Épinglez jusqu’à six foyers pour les comparer au vôtre sur le même axe de probabilité. La phrase dit ce qui ' +
    'tient quelles que soient les pondérations.',
  pinName: 'Nom',
  pinThis: 'Épingler ce foyer',
  pinPreset: 'Épingler un exemple',
  pinDefaultName: 'Foyer {n}',
  pinCurrent: 'Votre foyer',
  unpin: 'Retirer',
  verdictOwnHigher: 'Quelles que soient les pondérations, votre foyer a un score au moins aussi élevé que « {name} ».',
  verdictPinHigher: 'Quelles que soient les pondérations, « {name} » a un score au moins aussi élevé que votre foyer.',
  verdictEqual: 'Pour ce modèle, votre foyer et « {name} » ont le même score, quelles que soient les pondérations.',
  verdictNone:
    'Cela dépend des pondérations : {variables} peuvent faire pencher la balance entre votre foyer et « {name} ». ' +
    'Votre foyer est au-dessus dans {share} des {n} tirages.',
  weightsTitle: 'Pour les expert·es : modifier les pondérations',
  weightsFilter: 'Chercher un poids par identifiant :',
  weightsListed: 'Poids affichés : {shown} sur {total}',
  weightsHelp:
    'Chaque poids du modèle, en log-cote. Une modification crée une copie « modifiée » du modèle, calculée aussitôt ' +
    'et transmise par le lien de partage ; le fichier d’origine ne change pas.',
  weightsResetAll: 'Tout rétablir',
  weightsExport: 'Exporter le modèle modifié (JSON)',
  weightValue: 'Poids',
  weightReset: 'Rétablir',
  editedBadge: 'modifié',
  editedSource: 'Pondération modifiée dans l’application par la personne qui l’utilise (ni publiée, ni rapportée)',
  importing: 'Lecture et vérification du fichier…',
  remember: 'Se souvenir de ce foyer sur cet appareil',
  rememberHelp:
    'Conservé dans ce navigateur seulement (localStorage, clés « score-caf:foyer » et « score-caf:modeles » pour ' +
    'les modèles importés ou modifiés). Décochez pour l’effacer.',
  percent: '%',
  ...frExplorer,
  ...frExplain,
  ...frHeadline,
  ...frNarrowing,
  ...frKept,
} as const;

export type Dict = {
  [K in keyof typeof fr]: (typeof fr)[K] extends string
    ? string
    : (typeof fr)[K] extends readonly string[]
      ? readonly string[]
      : { [L in keyof (typeof fr)[K]]: string };
};

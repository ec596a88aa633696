// Interface texts in English.
import type { Dict } from './fr.ts';
import { enEmbed } from './texts/embed.ts';
import { enWorkshop } from './texts/workshop.ts';
import { enExplorer } from './texts/explorer.ts';
import { enExplain } from './texts/explain.ts';
import { enKept } from './texts/kept.ts';
import { enHeadline } from './texts/headline.ts';
import { enNarrowing } from './texts/narrowing.ts';
export const en: Dict = {
  ...enEmbed,
  ...enWorkshop,
  appTitle: 'The CAF score, on your own device',
  appSubtitle:
    'A sandbox of the CNAF “data-mining” model: describe a household, see what raises or lowers its suspicion ' +
    'score. Nothing leaves your device.',
  langSwitch: 'Français',
  langSwitchLabel: 'Passer en français',
  skipToResult: 'Skip to the result',
  household: 'Your household',
  presets: 'Example households',
  presetPlaceholder: 'Pick an example…',
  month: 'Month of the situation',
  adult: 'Adult',
  holder: 'File holder',
  partner: 'Partner',
  addPartner: 'Add a partner',
  removePartner: 'Remove the partner',
  age: 'Age',
  activity: 'Activity',
  earnings: 'Net earnings from work (€/month)',
  otherIncome: 'Unemployment, pension, other income (€/month)',
  aah: 'AAH received (€/month)',
  children: 'Children',
  child: 'Child',
  addChild: 'Add a child',
  removeChild: 'Remove this child',
  birthMonth: 'Month and year of birth',
  birthMonthAge: 'that is {age}',
  birthMonthWhy:
    'Without the month of birth, an age alone does not say whether the child turns 6 before 1 February (back-to-school allowance), was born before or after March 2012 (family allowance age supplement), nor the month of their 3rd, 14th or 20th birthday: the birthday is then taken in the middle of the year. For a child born in September, the month does not say either whether they are 18 on 15 September (ARS): they are counted as 18.',
  benefits: 'Benefits received (12-month mean, €/month)',
  rsa: 'RSA',
  primeActivite: 'Prime d’activité',
  af: 'Family allowances',
  cf: 'Complément familial',
  housingAid: 'Housing aid',
  otherBenefits: 'Other benefits',
  housing: 'Housing',
  housingStatus: 'You are',
  rent: 'Rent (€/month)',
  situation: 'File situation',
  guardianship: 'File managed by a guardian',
  alimony: 'Alimony received (€/month)',
  priorityNeighbourhood: 'Home in a priority neighbourhood (QPV)',
  separation12m: 'Separation, divorce or widowhood in the last 12 months',
  rentChanges18m: 'Rent changes declared in 18 months',
  monthsWorked12: 'Months worked in the last 12',
  adjustments24m: 'Reminder or overpayment on the file in the last 24 months',
  activities: {
    salarie: 'Employee',
    independant: 'Self-employed',
    chomeur: 'Unemployed',
    etudiant: 'Student',
    apprenti: 'Apprentice',
    retraite: 'Retired',
    inactif: 'Not working',
  },
  childActivities: {
    scolaire: 'At school',
    etudiant: 'Student',
    apprenti: 'Apprentice',
    emploi: 'Working',
    sans_activite: 'No activity',
  },
  housingStatuses: { locataire: 'Tenant', proprietaire: 'Owner', heberge: 'Housed by others' },
  model: 'Model',
  loadModel: 'Load a model…',
  loadModelHelp:
    'Model file (.json) or coefficient table (.csv: variable,level,coefficient). It is read on your device, ' +
    'never sent.',
  exampleTable: 'Example table (invented weights, not the CNAF’s)',
  importedBadge: 'Imported model',
  importedFrom: 'imported from',
  importOk: 'Model loaded',
  importFailed: 'This file could not be loaded:',
  importWarnings: 'Warnings:',
  score: 'Suspicion score',
  scoreExplain:
    'Probability, estimated by the model, that the file has an overpayment. The higher it is, the likelier a control.',
  computing: 'Computing…',
  rangeUpdating: 'updating the range…',
  placeholderBanner:
    'Stand-in weights: the CNAF has not published this model’s weights. This score shows the mechanism; it is ' +
    'not your real score.',
  unknownBanner: 'Provenance of the weights not established: this score depends entirely on the imported file.',
  publishedBanner: 'Every weight used is published by the CNAF.',
  reportedBanner: 'Some weights are only reported by the press: the score remains uncertain.',
  howPlaceholders: 'How the stand-in values were chosen',
  target: 'What the model predicts',
  cannotScore: 'This model cannot be simulated.',
  fixErrors: 'The score is not computed until these points are fixed (what you typed is kept):',
  warnings: 'To check:',
  waterfall: 'What raises or lowers the score',
  waterfallHelp: 'Each bar starts at the score before the variable and ends at the score after it, in model order.',
  base: 'Intercept (reference household)',
  final: 'Final score',
  foldedRow: '{count} other variables, of smaller effect, together',
  tableCaption: 'Contribution of each variable to the score',
  colVariable: 'Variable',
  colValue: 'Household value',
  colLogodds: 'Log-odds',
  colStep: 'Probability before → after',
  colStatus: 'Weight provenance',
  colSource: 'Source',
  showTable: 'Show the data table',
  sweep: 'What if earnings changed?',
  sweepHelp:
    'The household’s score as the file holder’s net earnings go from 0 to 2.5 SMIC, everything else unchanged.',
  sweepX: 'Net earnings (€/month)',
  sweepY: 'Score',
  sweepNow: 'Now',
  status: { published: 'published', reported: 'reported', placeholder: 'stand-in', unknown: 'unknown' },
  missing: 'cannot be derived from the household: counted at its reference level',
  yes: 'yes',
  no: 'no',
  engineInThread: 'The engine runs in the page (no worker could start).',
  engineRestarted: 'The engine stopped answering: it was restarted, with your household and imported models.',
  engineFallback: 'The engine stopped answering: it now runs in the page, with your household and imported models.',
  privacy:
    'Privacy: everything is computed in your browser. No data is sent, no cookie, no analytics. Check it in ' +
    'the “Network” tab of the developer tools.',
  sources: 'Sources',
  line: 'line',
  share: 'Copy the share link',
  shareDone: 'Link copied (the household is in the link, after #).',
  shareRefused:
    'The browser refused to copy to the clipboard (often the case when the sandbox is embedded in another ' +
    'page). Copy the link by hand:',
  shareLink: 'Share link',
  linkProblems: 'The opened link holds unreadable values; they were replaced by defaults:',
  entitlementsMode: 'RSA and prime d’activité',
  entitlementsComputed: 'Computed from your income (legal rules)',
  entitlementsDeclared: 'Amounts I type',
  notClaimedRsa: 'I do not claim the RSA',
  notClaimedPrimeActivite: 'I do not claim the prime d’activité',
  computedMean: '12-month computed mean',
  pregnant: 'Pregnancy',
  earningsByMonth: 'Earnings month by month',
  earningsByMonthHelp:
    'By default, the same amount every worked month (the latest months). Type different months here; the most ' +
    'recent month is the month of the situation.',
  earningsByMonthReset: 'Back to the same amount every month',
  droits: 'Your estimated rights',
  droitsEstimate:
    'An estimate from the public rules (prime d’activité: CSS L842-1 ff.; RSA: CASF L262-2 ff.). Only the CAF ' +
    'computes your actual rights.',
  droitsMonth: 'Right for the month of',
  droitsQuarter: 'Computed on the income of',
  droitsMonthly: 'Monthly amount paid',
  droitsCrds: 'of which 0.5 % CRDS withheld',
  droitsUnderFloor: 'Under 15 €: nothing is paid.',
  droitsRsaUnderFloor: 'Under 6 €: nothing is paid.',
  droitsRsaIneligibleAge: 'RSA: no right under 25 without a child or pregnancy.',
  droitsRsaIneligibleStudent: 'RSA: students are in principle not entitled.',
  colMonth: 'Month',
  colMf: 'Lump sum',
  colEarnings: 'Earnings',
  colPente: 'Share of earnings kept',
  colBonus: 'Bonus',
  colResources: 'Resources counted',
  colFl: 'of which housing flat rate',
  colAmount: 'Prime for the month',
  colRsaAmount: 'RSA for the month',
  noRight: 'No entitlement',
  colFamilyAmount: 'Amount for the month',
  whyTitle: 'What makes these amounts',
  whyPaNoEarnings: 'Prime d’activité: without earnings in the reference months, it is not due.',
  whyPaAsf:
    'Prime d’activité: your ASF ({asf} a month) counts in the prime d’activité’s resources, with the other family benefits: it lowers it by as much.',
  whyPaFamily:
    'Prime d’activité: your family benefits ({amount} a month) count in its resources and lower it by as much.',
  whyPaEarnings:
    'Prime d’activité: it follows your earnings of the three reference months (61 % of them, plus an individual bonus).',
  whyRsaOver:
    'RSA: your resources in the reference months ({resources} a month, housing flat rate included) exceed your household’s flat amount ({mf}): no entitlement.',
  whyRsaNeutralised: 'RSA: the earnings of a job that ended are no longer counted (neutralisation, R262-13 CASF).',
  whyRsaDiff: 'RSA: your household’s flat amount minus your resources of the three reference months.',
  whyAfFromTwo: 'Family allowances: they start with the second child under 20.',
  whyAfModulated: 'Family allowances: {n} children, reduced by the income of {year} (above a ceiling).',
  whyAfChildren: 'Family allowances: {n} children under 20, full amount (income under the first ceiling).',
  whyCfPaid: 'Complément familial: at least three children aged 3 or more, resources under the ceiling.',
  whyCfThree:
    'Complément familial: it needs at least three children aged 3 to 21, none under 3, and resources under a ceiling.',
  whyAsfOtherParent: 'ASF: you said that the other parent supports the children, or did not say otherwise: no ASF.',
  whyAsfAlimony: 'ASF: the alimony received is deducted from the ASF.',
  whyAsfFull:
    'ASF: {n} child(ren) without the other parent’s support. It counts in the resources of the prime d’activité and the RSA.',
  whyArs: 'Back-to-school allowance: {n} child(ren) aged 6 to 18 at this year’s school start, paid once, in August.',
  whyArsNone: 'Back-to-school allowance: no child aged 6 to 18 at this year’s school start.',
  whyHousingNotTenant: 'Housing aid: computed here for tenants only.',
  whyHousing:
    'Housing aid: from your rent, your zone and your resources over 12 months ({resources} a year, rounded up to the hundred).',
  aspaNotice:
    'From 65, the old-age solidarity allowance (ASPA, claimed from the pension fund) comes before the RSA: it must be claimed first (L262-10 CASF). The RSA computed here does not take it into account.',
  aspaLink: 'The ASPA and how to claim it (service-public.fr)',
  claimLink: 'How to claim it (service-public.fr)',
  // AAH and prime à la naissance (ui/aah-why.ts, controls/DisabilityField, ExpectedBirthField, panels/AahPrimeRights).
  aahTitle: 'AAH and birth grant',
  aahRate: 'Incapacity rate recognised by the CDAPH',
  aahRateNone: 'not given (the AAH typed is used)',
  aahRateUnder50: 'under 50 %',
  aahRate50: '50 to 79 %',
  aahRate80: '80 % or more',
  aahRsdae: 'Substantial and lasting restriction of access to employment recognised by the CDAPH',
  aahComputedNote:
    'The AAH is computed by the law from this rate: {amount} this month. The amount typed is no longer read.',
  aahAdult: 'AAH — {who}',
  primeNaissance: 'Birth grant (prime à la naissance)',
  expectedBirthMonth: 'Expected birth month',
  expectedBirthWhy:
    'The birth grant is paid in the seventh month of pregnancy, two calendar months before the expected birth month (D531-2 CSS).',
  whyAahQuarter:
    'AAH: {amount}, the ceiling of {ceiling} a year minus your earnings of the previous quarter ({earnings} a year), counted after an abatement of 80 % then 40 % ({counted}, D821-9 CSS). A partner’s income no longer counts since October 2023.',
  whyAahYear:
    'AAH: {amount}, the ceiling of {ceiling} a year minus your resources of {year} ({resources}). A partner’s income no longer counts since October 2023.',
  whyAahTaux: 'AAH: an incapacity rate under 50 % does not open it (L821-2 CSS).',
  whyAahRsdae:
    'AAH: with a rate of 50 to 79 %, the CDAPH must recognise a substantial and lasting restriction of access to employment (L821-2 CSS).',
  whyAahAgeRsdae:
    'AAH: with a rate of 50 to 79 %, it ends at the retirement age, when the incapacity pension takes over (L821-2 CSS).',
  whyAahAge: 'AAH: it opens at 20, or at 16 for someone no longer a dependent child (R821-1 CSS).',
  whyPrimePaid:
    'Birth grant: {amount}, paid this month, the seventh month of pregnancy, under the resource ceiling of {year} ({ceiling}).',
  whyPrimeLater: 'Birth grant: {amount}, to be paid in {month}, two months before the expected birth.',
  whyPrimeOver: 'Birth grant: your resources of {year} ({resources}) are above the ceiling ({ceiling}).',
  aahNotClaimed: 'You do not claim it: you may be entitled to about {amount} a month of AAH.',
  primeNotClaimed: 'You do not claim it: you may be entitled to {amount} of birth grant, paid once.',
  whyPrimeNoMonth: 'Birth grant: give the expected birth month to know when it is paid and whether it is due.',
  earningsZeroAsk:
    'Your earnings are 0 €: did your job end? If so, tick the box below: the RSA then no longer counts your past earnings (neutralisation, R262-13 CASF).',
  droitsAverage: 'Average of the three months',
  mayBeEntitled: 'You may be entitled to about',
  mayBeEntitledPrimeActivite: 'a month of prime d’activité, which you do not claim.',
  mayBeEntitledRsa: 'a month of RSA, which you do not claim.',
  claimWhere:
    'To check and to claim: the CAF’s official simulator (caf.fr, “Mes aides” › “Faire une simulation”) or ' +
    'mesdroitssociaux.gouv.fr.',
  series: 'Amounts paid over the last 12 months (which the model sums up as a mean)',
  derived: 'computed',
  derivedNote:
    'The RSA and prime d’activité amounts enter the model as computed below: changing your income moves them, ' +
    'then the score.',
  editHousehold: 'Edit the household',
  hideEditor: 'Hide the form',
  embedCode: 'Embed code (iframe)',
  embedHelp:
    'To paste in an article: the page shows in compact mode and adjusts its height. The household is in the ' +
    'link; nothing is sent to the site that embeds it.',
  embedReasons: 'What weighs most',
  embedUp: 'raises the score',
  embedDown: 'lowers the score',
  embedNoReason: 'For this household, no variable moves the score.',
  embedOpenFull: 'Open the full simulator',
  embedNewTab: '(new tab)',
  embedAllow:
    'The frame needs scripts only: if it is sandboxed, allow “allow-scripts”, and “allow-popups ' +
    'allow-popups-to-escape-sandbox” for the link to the full simulator. It loads no other file and does not ' +
    'need “allow-same-origin”.',
  embedScript:
    'The <script> line is optional: it adjusts the frame’s height. Sites that use Pym.js, AMP iframes or ' +
    'Datawrapper’s script do not need it: the frame also sends its height in their formats, and nothing else.',
  printHousehold: 'Household:',
  printAdults: 'adults, aged',
  printChildren: '; children:',
  printDate: 'Printed on',
  printLink: 'To reopen this household:',
  stickyPoints: 'pt since the last edit',
  privacyTitle: 'Privacy',
  privacyBody: [
    'This application runs entirely in your browser. The household you describe, the amounts and the score are ' +
      'sent to no one: there is no computing server, no analytics, no cookie, no font or script from another ' +
      'site.',
    "The page itself forbids every network connection (Content-Security-Policy rule “connect-src 'none'”). " +
      'Once loaded, it works offline.',
    'A share link holds the household after the # sign. That part of an address is never sent to the server ' +
      'hosting the page; it is, of course, sent to whoever you send the link to.',
    'Nothing is saved on your device unless you tick “Remember this household on this device”: the household ' +
      'is then kept in this browser’s local storage (localStorage, key “score-caf:foyer”), with the models you ' +
      'imported or edited and the chosen model (key “score-caf:modeles”), until you untick it.',
    'To check: open your browser’s developer tools (F12), “Network” tab, then edit the household: no request ' +
      'leaves. The source code is public.',
  ],
  privacyToggle: 'Privacy: what the application does',
  storageUnavailable:
    'This browser refuses local storage (private browsing, an embedded frame or a setting): the household ' +
    'cannot be kept on this device.',
  saveFailed: 'The browser refused to save the household (storage full or disabled): it is not kept.',
  savedPartial:
    'The household saved on this device could not be read in full. Here is what could be; nothing is written ' +
    'until you choose.',
  savedUnreadable:
    'Something is saved on this device under the key “score-caf:foyer”, but it is not a readable household. It ' +
    'is left as it is unless you erase it.',
  savedBehindLink: 'You opened a link: its household is shown. The household saved on this device is kept, untouched.',
  savedProblems: 'What could not be read:',
  savedKeep: 'Keep this household and go on saving it',
  savedOpen: 'Open the saved household',
  savedDiscard: 'Erase the saved household',
  asf: 'Allocation de soutien familial (ASF, child support allowance)',
  ars: 'Allocation de rentrée scolaire (ARS, back-to-school allowance)',
  thisMonth: 'this month, computed',
  arsYearly: 'a year, paid in August',
  notClaimedThis: 'I do not claim it',
  familyFromMonth: 'Family benefits and housing aid are computed from January 2024; before that, type them.',
  taxableIncomeN2: 'Taxable income of year N-2 (tax notice, optional, €/year)',
  taxableIncomeN2Auto: 'estimated from your earnings',
  earningsStopped: 'My earnings from work stopped for good',
  earningsStoppedSince: 'Since the month',
  earningsStoppedReason: 'Why',
  stopReasons: {
    endOfContract: 'End of contract',
    dismissal: 'Dismissal',
    resignation: 'Resignation',
    endOfBusiness: 'End of self-employment',
    endOfUnemploymentRights: 'End of unemployment rights',
    other: 'Other reason',
  },
  housingZone: 'Housing zone',
  housingZones: {
    1: 'Zone 1: Paris and its inner suburbs',
    2: 'Zone 2: large cities',
    3: 'Zone 3: elsewhere',
  },
  otherParentMissing: 'The other parent does not support the children (or pays less than the ASF)',
  familyTitle: 'Family benefits and housing aid',
  benefitCol: 'Benefit',
  familyNote:
    'This month’s right by the public rules (CSS L521-1 ff., CCH L821-1 ff.), before CRDS except the housing aid ' +
    '(the amount paid). The model sees these amounts as a 12-month mean.',
  rangeExplain:
    'The CNAF’s weights are not public: for 90 % of {n} weightings drawn within what is known (reported ' +
    'directions, plausible ranges), this household’s score falls in this interval.',
  rangeMedian: 'Median:',
  oneExample: 'One example weighting:',
  oneExampleWhy: '(the file’s made-up weights, not the CNAF’s)',
  sortBySize: 'Sort by size of effect',
  termRangesCaption: 'Effect of each variable on this household’s score, whatever the possible weights',
  variable: 'Variable',
  effectRange: 'Effect on the score',
  freeRow: '{count} variables of unknown weight',
  between: 'between {lo} and {hi}',
  termRangesHelp:
    'What each variable can do to this household’s score, whatever its weight within what is known: one value ' +
    'when the weight is published, an interval otherwise. Open the folded row for the detail.',
  exampleWaterfall: 'See one example weighting, variable by variable (placeholder weights)',
  pinsTitle: 'Households side by side',
  pinsHelp:
    'Pin up to six households to compare with yours on one probability axis. The sentence says what holds ' +
    'whatever the weights.',
  pinName: 'Name',
  pinThis: 'Pin this household',
  pinPreset: 'Pin an example',
  pinDefaultName: 'Household {n}',
  pinCurrent: 'Your household',
  unpin: 'Remove',
  verdictOwnHigher: 'Whatever the weights, your household scores at least as high as “{name}”.',
  verdictPinHigher: 'Whatever the weights, “{name}” scores at least as high as your household.',
  verdictEqual: 'For this model, your household and “{name}” score the same, whatever the weights.',
  verdictNone:
    'It depends on the weights: {variables} can tip the balance between your household and “{name}”. ' +
    'Your household is higher in {share} of {n} draws.',
  weightsTitle: 'For experts: edit the weights',
  weightsFilter: 'Find a weight by id:',
  weightsListed: 'Weights shown: {shown} of {total}',
  weightsHelp:
    'Each weight of the model, in log-odds. An edit makes an “edited” copy of the model, scored at once and carried ' +
    'by the share link; the original file does not change.',
  weightsResetAll: 'Reset all',
  weightsExport: 'Export the edited model (JSON)',
  weightValue: 'Weight',
  weightReset: 'Reset',
  editedBadge: 'edited',
  editedSource: 'Weight edited in the app by the person using it (neither published nor reported)',
  importing: 'Reading and checking the file…',
  remember: 'Remember this household on this device',
  rememberHelp:
    'Kept in this browser only (localStorage, keys “score-caf:foyer” and “score-caf:modeles” for imported or ' +
    'edited models). Untick to erase it.',
  percent: '%',
  ...enExplorer,
  ...enExplain,
  ...enHeadline,
  ...enNarrowing,
  ...enKept,
};

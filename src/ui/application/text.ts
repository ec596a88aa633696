// The words of the views of a model whose variables are not household facts (Amsterdam's Slimme
// Check), kept beside them rather than in the shared dictionaries: French first, English second.

import type { Lang } from '../../i18n/index.ts';

const fr = {
  formTitle: 'La demande',
  formHelp:
    'Ce modèle ne note pas un foyer de la CAF mais une demande d’aide sociale à Amsterdam : ses variables sont les siennes. Le formulaire part d’un profil publié par Lighthouse Reports.',
  reset: 'Revenir au profil type',
  missing: 'non renseigné',
  derived: 'calculé par le modèle',
  derivedHelp: '1 quand la valeur est manquante et remplacée, 0 sinon : le modèle le calcule lui-même.',
  range: 'de {min} à {max}',
  yes: 'oui',
  no: 'non',
  scoreTitle: 'Score',
  failed: 'Le calcul n’a pas pu noter ce profil : modifiez un champ pour réessayer.',
  exact: 'Score exact : tous les poids de ce modèle sont publiés (aucune fourchette, aucun exemple).',
  context:
    'Contexte : les demandes d’aide sociale (bijstand) d’Amsterdam, pas les 166 000 contrôles de la CAF ; le calage sur les chiffres de la CNAF ne s’applique pas à ce modèle.',
  flagged: 'probabilité que la demande soit jugée « digne d’une enquête »',
  waterfall: 'Ce qui fait le score, terme par terme',
  waterfallHelp:
    'Chaque ligne ajoute le terme d’une variable, lu dans la table publiée, en partant de la constante du modèle.',
  showTables: 'Afficher les tableaux',
  shapes: 'Comment chaque variable fait bouger le score',
  shapesHelp:
    'Chaque petit graphique est la table publiée d’un terme : sa contribution (en log-cote) sur les valeurs de la variable, la bande à ± 1 écart-type entre les 25 sacs du modèle, et le point de ce profil.',
  shapeCaption: 'Contribution de « {variable} » selon sa valeur',
  colFrom: 'de',
  colTo: 'à (exclu)',
  colLevel: 'valeur',
  colTerm: 'contribution (log-cote)',
  colSd: 'écart-type',
  here: 'ce profil',
  compareTitle: 'Les deux versions côte à côte',
  compareHelp:
    'Le même profil, noté par les deux versions : ce que la « repondération » du 31 mai 2022 a déplacé, terme par terme.',
  colVariable: 'variable',
  colDiff: 'écart',
  intercept: 'constante',
  interceptRow: 'Constante du modèle',
  total: 'score',
  factsTitle: 'Ce que l’on sait de ce modèle',
  factAuc: 'AUC sur les demandes de test : {auc} (0,5 = hasard, 1 = parfait)',
  factAucCv: 'AUC en validation croisée : {cv} ; sur l’apprentissage : {train}',
  factPrecision: 'Précision {precision}, rappel {recall} sur le test',
  factSamples:
    'Demandes : {trainNeg} + {trainPos} à l’apprentissage, {testNeg} + {testPos} au test (non digne / digne d’enquête)',
  factIncome: 'Revenus manquants remplacés par {mean}, la moyenne d’apprentissage',
  pilotStatus: 'statut',
  factPilot:
    'Testé d’avril à août 2023 sur environ 1 600 demandes, puis abandonné comme un échec : à peine mieux que le hasard. Les deux versions et 16 384 profils notés ont été publiés par Lighthouse Reports (juin 2025, avec MIT Technology Review et Trouw).',
  glosses:
    'Les libellés français et anglais sont nos traductions des noms néerlandais, pas des définitions officielles.',
  sources: 'Sources',
};

export type AppText = typeof fr;

const en: AppText = {
  formTitle: 'The application',
  formHelp:
    'This model does not score a CAF household but a welfare application in Amsterdam: its variables are its own. The form starts from a profile published by Lighthouse Reports.',
  reset: 'Back to the typical profile',
  missing: 'missing',
  derived: 'computed by the model',
  derivedHelp: '1 when the value is missing and replaced, 0 otherwise: the model computes it itself.',
  range: 'from {min} to {max}',
  yes: 'yes',
  no: 'no',
  scoreTitle: 'Score',
  failed: 'The engine could not score this profile: change a field to try again.',
  exact: 'Exact score: every weight of this model is published (no range, no example).',
  context:
    'Context: Amsterdam’s welfare (bijstand) applications, not the CAF’s 166,000 controls; the calibration on the CNAF’s figures does not apply to this model.',
  flagged: 'probability that the application is judged "worth investigating"',
  waterfall: 'What makes the score, term by term',
  waterfallHelp: 'Each row adds one variable’s term, read in the published table, starting from the model’s intercept.',
  showTables: 'Show the tables',
  shapes: 'How each variable moves the score',
  shapesHelp:
    'Each small chart is one term’s published table: its contribution (log-odds) over the variable’s values, the band at ± 1 standard deviation across the model’s 25 bags, and this profile’s point.',
  shapeCaption: 'Contribution of "{variable}" by its value',
  colFrom: 'from',
  colTo: 'to (excluded)',
  colLevel: 'value',
  colTerm: 'contribution (log-odds)',
  colSd: 'standard deviation',
  here: 'this profile',
  compareTitle: 'The two versions side by side',
  compareHelp: 'The same profile, scored by both versions: what the "reweighting" of 31 May 2022 moved, term by term.',
  colVariable: 'variable',
  colDiff: 'difference',
  intercept: 'intercept',
  interceptRow: 'Model intercept',
  total: 'score',
  factsTitle: 'What is known of this model',
  factAuc: 'AUC on the test applications: {auc} (0.5 = chance, 1 = perfect)',
  factAucCv: 'Cross-validated AUC: {cv}; on the training data: {train}',
  factPrecision: 'Precision {precision}, recall {recall} on the test set',
  factSamples:
    'Applications: {trainNeg} + {trainPos} for training, {testNeg} + {testPos} for testing (not worth / worth investigating)',
  factIncome: 'Missing income replaced by {mean}, the training mean',
  pilotStatus: 'status',
  factPilot:
    'Piloted from April to August 2023 on about 1,600 applications, then dropped as a failure: barely better than chance. Both versions and 16,384 scored profiles were published by Lighthouse Reports (June 2025, with MIT Technology Review and Trouw).',
  glosses: 'The French and English labels are our glosses of the Dutch names, not official definitions.',
  sources: 'Sources',
};

export const APP_TEXT: Record<Lang, AppText> = { fr, en };

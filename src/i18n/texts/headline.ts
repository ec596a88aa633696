// The headline's texts: among the 166,000 controlled or not, over the weightings compatible with what
// is published (or allowed by the known directions), the rank band, the switch between the two, the
// published targets and the calibration in the worker (French, then English).

export const frHeadline = {
  hlLead:
    'Dans {share} des pondérations compatibles avec ce qui est publié, ce foyer ferait partie des 166 000 foyers contrôlés.',
  hlLeadPrior:
    'Dans {share} des pondérations permises par les sens connus, ce foyer ferait partie des 166 000 foyers contrôlés.',
  hlRank: 'Son score serait plus haut que celui de {low} à {high} des 13,8 millions de foyers.',
  hlSets:
    '{n} pondérations ; 5 % à 95 % d’entre elles pour le rang. Ce ne sont pas celles de la CNAF, qui ne sont pas publiques.',
  hlNarrow: 'Les chiffres publiés resserrent ce rang de {n} % (avec les sens seulement : {low} à {high}).',
  hlWiden:
    'Les chiffres publiés élargissent ce rang de {n} % (avec les sens seulement : {low} à {high}) : une seule cible porte sur l’ordre des foyers, et elle peut élargir un rang autant que le resserrer.',
  hlSame: 'Les chiffres publiés ne changent pas la largeur de ce rang (avec les sens seulement : {low} à {high}).',
  hlOtherSide: 'Avec les sens et les chiffres publiés : {low} à {high}.',
  hlLoading: 'Calcul du rang de ce foyer parmi les 13,8 millions de foyers…',
  hlNotCalibrated:
    'Ce modèle (importé ou modifié) n’a pas encore de pondérations compatibles avec ce qui est publié : son rang parmi les foyers et la part des pondérations où il serait contrôlé ne peuvent pas encore être donnés.',
  hlCalibrate: 'Calibrer ce modèle',
  hlTargetsPending:
    'Les pondérations compatibles avec les cibles choisies ne sont pas encore calculées : la réponse ci-dessus est celle des sens seulement.',
  hlUnavailable: 'Le rang parmi les foyers n’est pas disponible dans cette version de la page.',
  hlProbMore: 'Ce que cette fourchette veut dire',
  hlPredicts: 'Ce que le modèle prédit, selon les pondérations :',
  hlProbWhat: 'Probabilité que « {target} » — pas une probabilité d’être contrôlé.',
  hlProbEnsemble: 'Sur les pondérations de la réponse ci-dessus : {low} – {high} (médiane {median}).',
  hlKnown: 'Ce qui est connu',
  hlSideDirections: 'les sens seulement',
  hlSidePublished: 'les sens et les chiffres publiés',
  hlTargets: 'Les chiffres publiés, leur source et leur lecture',
  hlTargetsHelp:
    'Une pondération est « compatible avec ce qui est publié » quand, sur la population synthétique, son groupe des 166 000 foyers contrôlés respecte chaque chiffre coché (valeur ± tolérance). La tolérance n’est jamais élargie.',
  hlValue: 'Valeur retenue : {value} ± {tol}',
  hlUse: 'Utiliser ce chiffre',
  hlKeeps: 'Seul, ce chiffre garde {share} des pondérations permises par les sens connus.',
  hlKeepsWhat:
    'Mesure du resserrement : la part des pondérations tirées avec les sens seulement qui respectent ce chiffre à elle seule.',
  hlReading: 'Lecture des 36 %',
  hlReadingControlled: 'le groupe contrôlé est celui du datamining : 36 % ± 5 (par défaut)',
  hlReadingDatamined:
    'les 30 % de contrôles hors datamining ont la part de la population (16 %) : 44,6 % ± 7,1 dans le datamining',
  hlSource: 'Source',
  hlInterpretation: 'Lecture pour le modèle',
  hlRunning: 'Calibration en cours : étape {g}, {s} pondérations essayées (au plus {max})…',
  hlStop: 'Arrêter la calibration',
  hlStopped: 'Calibration arrêtée : la réponse reste celle des sens seulement.',
  hlStoppedNone:
    'Calibration arrêtée : ce modèle n’a toujours pas de pondérations compatibles avec ce qui est publié, ni de rang parmi les foyers. « Calibrer ce modèle » la relance depuis le début.',
  hlUnmet:
    'Ces chiffres ne peuvent pas tous être respectés ensemble : aucune des {n} pondérations essayées ne les respecte tous. Aucune tolérance n’a été élargie. Les plus proches (distance 1 = bord de la tolérance) :',
  hlClosest: 'distance {d}',
  hlMet: 'Calibration terminée : {n} pondérations compatibles ({s} essayées).',
  hlFailed: 'La calibration n’a pas pu se faire ({reason}).',
} as const;

export const enHeadline: { [K in keyof typeof frHeadline]: string } = {
  hlLead:
    'In {share} of the weightings compatible with what is published, this household would be among the 166,000 controlled.',
  hlLeadPrior:
    'In {share} of the weightings the known directions allow, this household would be among the 166,000 controlled.',
  hlRank: 'Its score would be higher than that of {low} to {high} of the 13.8 million households.',
  hlSets: '{n} weightings; 5 % to 95 % of them for the rank. They are not the CNAF’s, which are not public.',
  hlNarrow: 'The published figures narrow this rank by {n} % (directions only: {low} to {high}).',
  hlWiden:
    'The published figures widen this rank by {n} % (directions only: {low} to {high}): only one target bears on the order of households, and it can widen a rank as well as narrow it.',
  hlSame: 'The published figures leave the width of this rank unchanged (directions only: {low} to {high}).',
  hlOtherSide: 'With the directions and the published figures: {low} to {high}.',
  hlLoading: 'Placing this household among the 13.8 million households…',
  hlNotCalibrated:
    'This model (imported or edited) has no weightings compatible with what is published yet: its rank among households and the share of weightings under which it would be controlled cannot be given yet.',
  hlCalibrate: 'Calibrate this model',
  hlTargetsPending:
    'The weightings compatible with the chosen targets are not computed yet: the answer above is the directions-only one.',
  hlUnavailable: 'The rank among households is not available in this version of the page.',
  hlProbMore: 'What this range means',
  hlPredicts: 'What the model predicts, depending on the weightings:',
  hlProbWhat: 'Probability that “{target}” — not a probability of being controlled.',
  hlProbEnsemble: 'Over the weightings of the answer above: {low} – {high} (median {median}).',
  hlKnown: 'What is known',
  hlSideDirections: 'the directions only',
  hlSidePublished: 'the directions and the published figures',
  hlTargets: 'The published figures, their source and their reading',
  hlTargetsHelp:
    'A weighting is “compatible with what is published” when, on the synthetic population, its group of 166,000 controlled households meets every ticked figure (value ± tolerance). The tolerance is never widened.',
  hlValue: 'Value used: {value} ± {tol}',
  hlUse: 'Use this figure',
  hlKeeps: 'On its own, this figure keeps {share} of the weightings the known directions allow.',
  hlKeepsWhat: 'How narrowing is measured: the share of directions-only weightings that meet this figure on its own.',
  hlReading: 'Reading of the 36 %',
  hlReadingControlled: 'the controlled group is the data-mined one: 36 % ± 5 (default)',
  hlReadingDatamined:
    'the 30 % of controls outside data mining have the population’s share (16 %): 44.6 % ± 7.1 in the data-mined group',
  hlSource: 'Source',
  hlInterpretation: 'Reading for the model',
  hlRunning: 'Calibrating: step {g}, {s} weightings tried (at most {max})…',
  hlStop: 'Stop the calibration',
  hlStopped: 'Calibration stopped: the answer stays the directions-only one.',
  hlStoppedNone:
    'Calibration stopped: this model still has no weightings compatible with what is published, and no rank among households. “Calibrate this model” starts it again from the beginning.',
  hlUnmet:
    'These figures cannot all be met together: none of the {n} weightings tried meets them all. No tolerance was widened. The closest (distance 1 = edge of the tolerance):',
  hlClosest: 'distance {d}',
  hlMet: 'Calibration done: {n} compatible weightings ({s} tried).',
  hlFailed: 'The calibration could not run ({reason}).',
};

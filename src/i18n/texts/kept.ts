// What the page says about what "Se souvenir…" keeps when something outside this tab got in the
// way: another tab of the browser, or a browser storage too small for an imported model.
export const frKept = {
  otherTabFollowed: 'Ce foyer a été modifié dans un autre onglet : cette page affiche la version enregistrée.',
  otherTabErased:
    'Un autre onglet a effacé le foyer enregistré : il n’est plus conservé sur cet appareil (cochez ' +
    '« Se souvenir… » pour le conserver à nouveau).',
  otherTabModels:
    'Un autre onglet a enregistré d’autres modèles. Cette page n’écrit plus les siens tant que vous n’avez pas choisi.',
  otherTabReload: 'Recharger la page avec les modèles de l’autre onglet',
  otherTabKeepMine: 'Enregistrer les modèles de cet onglet à la place',
  understood: 'Compris',
  weightRefused: 'valeur refusée (« {value} ») : le poids garde sa valeur',
  modelsNotKept:
    'Trop gros pour le stockage de ce navigateur, ce modèle n’est pas conservé sur cet appareil (il reste ' +
    'ouvert jusqu’à la fermeture de la page) :',
  modelsLost:
    'Ce modèle importé n’a pas pu être conservé sur cet appareil (trop gros pour le stockage du navigateur) : ' +
    'importez-le à nouveau pour l’utiliser.',
} as const;

export const enKept: Record<keyof typeof frKept, string> = {
  otherTabFollowed: 'This household was changed in another tab: this page shows the saved version.',
  otherTabErased:
    'Another tab erased the saved household: it is no longer kept on this device (tick “Remember…” to keep it again).',
  otherTabModels: 'Another tab saved other models. This page no longer writes its own until you choose.',
  otherTabReload: 'Reload the page with the other tab’s models',
  otherTabKeepMine: 'Save this tab’s models instead',
  understood: 'Got it',
  weightRefused: 'value refused (“{value}”): the weight keeps its value',
  modelsNotKept:
    'Too big for this browser’s storage, this model is not kept on this device (it stays open until the page closes):',
  modelsLost:
    'This imported model could not be kept on this device (too big for the browser’s storage): import it again to use it.',
};

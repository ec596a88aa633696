// The one sentence of the population view in the one-file page (which leaves the population out):
// apart from the view's other texts, so that the one-file page carries only this.
export const frPopulationStandalone = {
  popTitle: 'Où se situe ce foyer parmi 13,8 millions de foyers ?',
  popStandalone:
    'La population synthétique n’est pas incluse dans cette version en un seul fichier (elle pèse 6 Mo) : ' +
    'ouvrez l’application complète pour voir le rang du foyer et la composition du groupe contrôlé.',
};

export const enPopulationStandalone: typeof frPopulationStandalone = {
  popTitle: 'Where does this household stand among 13.8 million?',
  popStandalone:
    'The synthetic population is not included in this one-file version (it weighs 6 MB): open the full app ' +
    'to see the household’s rank and who fills the controlled group.',
};

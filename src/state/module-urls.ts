// Where the worker loads the app's own data modules from: beside the page, whatever path serves it.
// Kept apart from the population view's store so that the page's start imports none of that view.

/** The synthetic population's module (the worker checks it is the app's own before importing it). */
export const populationUrl = (): string => new URL('population/foyers.js', document.baseURI).href;

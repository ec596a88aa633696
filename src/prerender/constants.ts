// Names the build and the page agree on (the build script reads them without loading the app).

/** The id of the `<script type="application/json">` element that carries the prerendered state. */
export const STATE_ELEMENT = 'prerendered-state';
/** Set on <html> before the first paint when the prerendered view is not the one this visit opens. */
export const STALE_ATTRIBUTE = 'data-prerender-stale';
/** Set on <html> before the first paint when index.html is opened where it cannot run (file://, an opaque origin). */
export const WRONG_FILE_ATTRIBUTE = 'data-wrong-file';

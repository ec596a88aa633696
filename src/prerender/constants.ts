// Names the build and the page agree on (the build script reads them without loading the app).

/** The id of the `<script type="application/json">` element that carries the prerendered state. */
export const STATE_ELEMENT = 'prerendered-state';
/** Set on <html> before the first paint when the prerendered view is not the one this visit opens. */
export const STALE_ATTRIBUTE = 'data-prerender-stale';
/** Set on <html> before the first paint when index.html is opened where it cannot run (file://, an opaque origin). */
export const WRONG_FILE_ATTRIBUTE = 'data-wrong-file';
/** Set on <html> by the boot script, removed by the app once it runs: how the page knows its code never came. */
export const BOOTING_ATTRIBUTE = 'data-booting';
/** Set on <html> when the app has not run after BOOT_SLOW_MS (or failed to start): a note says so. */
export const BOOT_SLOW_ATTRIBUTE = 'data-boot-slow';
/** Long enough for a slow phone to parse the app, short enough that nobody waits on a blank page unaware. */
export const BOOT_SLOW_MS = 8000;

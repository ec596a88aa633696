// When a panel below the first screen is needed: as it comes near the viewport (a generous margin, so
// that a tall projector screen gets what it shows at once), or at the reader's first sign of intent
// (scrolling, a key, a pointer, focus, a change of fragment, printing), whichever comes first. A first
// visit then fetches only what the first screen shows.

const INTENT = ['scroll', 'wheel', 'keydown', 'pointerdown', 'touchstart', 'focusin', 'hashchange', 'beforeprint'];
/** Past the viewport, by this much, a panel is near enough to load (the height of one more screen). */
export const NEAR = '100% 0px 100% 0px';

let intent: Promise<void> | undefined;
/** Resolves at the first sign of intent on the page (one set of listeners for every panel). */
function firstIntent(): Promise<void> {
  return (intent ??= new Promise((resolve) => {
    const go = () => {
      for (const e of INTENT) removeEventListener(e, go, true);
      resolve();
    };
    for (const e of INTENT) addEventListener(e, go, { capture: true, passive: true });
  }));
}

// Listening from the start: a reader who scrolls before the first panel mounts has shown intent too.
if (typeof addEventListener === 'function') void firstIntent();

/** Calls `run` once, when `el` comes near the viewport or at the first intent; returns a canceller. */
export function whenNeeded(el: Element, run: () => void): () => void {
  // The one-file page carries every panel already (nothing to fetch): it renders them at once, as before.
  if (import.meta.env?.MODE === 'standalone') return (run(), () => undefined);
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    io?.disconnect();
    run();
  };
  const io =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((es) => (es.some((e) => e.isIntersecting) ? once() : undefined), {
          rootMargin: NEAR,
        })
      : undefined;
  io?.observe(el);
  void firstIntent().then(once);
  // Without an observer (old browsers), nothing tells where the panel is: load it now.
  if (!io) once();
  return () => {
    done = true;
    io?.disconnect();
  };
}

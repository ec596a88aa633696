// Auto-height for iframes: the embedded page tells its host how tall its content is, and nothing
// else (no household data leaves the frame), in the formats hosts already understand.

export const HEIGHT_MESSAGE = 'score-caf:height';

/** The messages for one height: ours, Pym.js's, AMP's and Datawrapper's, all sent every time. */
export function heightMessages(height: number, id: string): unknown[] {
  return [
    { type: HEIGHT_MESSAGE, height },
    `pymxPYMx${id}xPYMxheightxPYMx${height}`,
    { sentinel: 'amp', type: 'embed-size', height },
    { 'datawrapper-height': { [id]: height } },
  ];
}

/**
 * The frame's id as Pym's child reads it (`?childId=…`, which Pym's parent and our embed code
 * put in the frame's address); the query is the frame's own, so reading it reads nothing of the host.
 */
export function childId(search: string): string {
  const id = new URLSearchParams(search).get('childId');
  return id && /^[\w-]{1,64}$/.test(id) ? id : 'score-caf';
}

/**
 * Posts the height of `content` (its border box plus its margins) to the parent window whenever
 * it changes, up or down; returns a stop function. The document's own height would never shrink
 * below the frame's, so the content box is measured instead. Inbound messages are never read.
 */
export function reportHeight(content: HTMLElement, win: Window = window): () => void {
  if (win.parent === win) return () => undefined;
  const id = childId(win.location.search);
  let last = 0;
  const send = () => {
    const style = win.getComputedStyle(content);
    const height = Math.ceil(
      content.getBoundingClientRect().bottom + win.scrollY + (parseFloat(style.marginBottom) || 0),
    );
    if (height === last) return;
    last = height;
    for (const m of heightMessages(height, id)) win.parent.postMessage(m, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(content);
  send();
  return () => observer.disconnect();
}

// Auto-height for iframes: the embedded page tells its host how tall it is, and nothing else
// (no household data leaves the frame). The host snippet in embed-code.ts listens for it.

export const HEIGHT_MESSAGE = 'score-caf:height';

/** Posts the document height to the parent window whenever it changes; returns a stop function. */
export function reportHeight(win: Window = window): () => void {
  if (win.parent === win) return () => undefined;
  let last = 0;
  const send = () => {
    const height = Math.ceil(win.document.documentElement.scrollHeight);
    if (height !== last) win.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    last = height;
  };
  const observer = new ResizeObserver(send);
  observer.observe(win.document.documentElement);
  send();
  return () => observer.disconnect();
}

// Starts the engine worker from a blob: URL so that it runs under the page's own CSP: a worker
// loaded from a script file takes the policy of that file's response, and a static host sends none.

import workerFile from './engine.worker.ts?worker&url';
import { READY } from './backends.ts';

let shim: string | undefined;

/**
 * A module worker whose body imports the real worker script, then says it listens. Chromium gives
 * a blob: worker its creator's policy: fetch and WebSocket meet connect-src 'none', import() meets
 * script-src 'self'. A static `import` would not do: in a module worker it is checked against
 * worker-src, which allows blob: only. The URL is made absolute here (a blob: URL has no path to
 * resolve against), which keeps `base: './'` working from any directory. With top-level await the
 * worker takes messages before the import is done, and drops them: hence the READY message.
 */
export function spawnWorker(): Worker {
  if (!shim) {
    const file = JSON.stringify(new URL(workerFile, import.meta.url).href);
    const script = `await import(${file});\npostMessage(${JSON.stringify(READY)});\n`;
    // Kept for the page's lifetime: restarts reuse it, and revoking it early could race the load.
    shim = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
  }
  return new Worker(shim, { type: 'module', name: 'engine' });
}

// The worker is only the engine behind Comlink (the view's score phase goes as its own message). It
// serves only when started from the page's blob: shim (spawn.ts), which runs under the page's CSP:
// started from this file's own URL (which page script could do, worker-src 'self' being there for
// sw.js) it would run under no policy at all, since a static host sends no CSP header with a script
// file, so it then closes without listening.
import { expose } from 'comlink';
import { createApi } from './api.ts';
import { withPhases } from './phase.ts';

if (self.location.protocol === 'blob:') expose(withPhases(createApi(), (m) => postMessage(m)));
else self.close();

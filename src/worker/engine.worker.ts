// The worker is only the engine behind Comlink. It serves only when started from the page's blob:
// shim (spawn.ts), which runs under the page's CSP: started from this file's own URL (which page
// script could do, worker-src 'self' being there for sw.js) it would run under no policy at all,
// since a static host sends no CSP header with a script file, so it then closes without listening.
import { expose } from 'comlink';
import { createApi } from './api.ts';

if (self.location.protocol === 'blob:') expose(createApi());
else self.close();

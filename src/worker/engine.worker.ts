// The worker is only the engine behind Comlink (the view's score phase goes as its own message).
import { expose } from 'comlink';
import { createApi } from './api.ts';
import { withPhases } from './phase.ts';

expose(withPhases(createApi(), (m) => postMessage(m)));

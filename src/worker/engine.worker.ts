// The worker is only the engine behind Comlink.
import { expose } from 'comlink';
import { createApi } from './api.ts';
expose(createApi());

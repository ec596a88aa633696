// A phased call's first phase (the view's score) travels as its own message on the worker's port:
// ahead of the call's reply and in order with it. A Comlink proxy callback would open a new
// MessageChannel per call, whose messages the page may handle later than the worker's own.

import type { OnScore, ViewRequest } from '../engine/index.ts';

export const PHASE = 'engine-phase';

export interface PhaseMessage {
  [PHASE]: number;
  value: unknown;
}

export const isPhase = (d: unknown): d is PhaseMessage => typeof d === 'object' && d !== null && PHASE in d;

/** What a view's engine answers: anything with `view(req, onScore)`, such as createApi()'s object. */
interface Viewing {
  view(req: ViewRequest, onScore?: OnScore): unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any request, any progress: only the callback is mapped
  calibrate?(req: any, onProgress?: (p: any) => void): unknown;
}

/**
 * The worker's api as exposed: the page sends a number in place of the view's callback, and the
 * score goes back through `post` under that number.
 */
export function withPhases<A extends Viewing>(api: A, post: (m: PhaseMessage) => void): A {
  const phase =
    (tag: number): OnScore =>
    (value) =>
      post({ [PHASE]: tag, value });
  return {
    ...api,
    view: (req: ViewRequest, tag?: unknown) => api.view(req, typeof tag === 'number' ? phase(tag) : undefined),
    // The calibration's progress goes the same way, under its own number, as many times as it comes.
    ...(api.calibrate
      ? {
          calibrate: (req: unknown, tag?: unknown) =>
            api.calibrate!(req, typeof tag === 'number' ? (phase(tag) as (p: unknown) => void) : undefined),
        }
      : {}),
  };
}

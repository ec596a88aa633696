// A panel below the first screen loads once: when its place comes near the viewport, or at the
// reader's first sign of intent, whichever comes first; never at mount. Globals stand in for the page.
import { beforeAll, describe, expect, it } from 'vitest';

const listeners = new Map<string, Set<() => void>>();
const observers: { cb: (es: { isIntersecting: boolean }[]) => void; margin?: string; on: boolean }[] = [];
let whenNeeded: typeof import('../../src/ui/primitives/when-needed.ts').whenNeeded;

beforeAll(async () => {
  const g = globalThis as Record<string, unknown>;
  g.addEventListener = (t: string, f: () => void) =>
    void (listeners.get(t) ?? listeners.set(t, new Set()).get(t))!.add(f);
  g.removeEventListener = (t: string, f: () => void) => void listeners.get(t)?.delete(f);
  g.IntersectionObserver = class {
    o: (typeof observers)[number];
    constructor(cb: (es: { isIntersecting: boolean }[]) => void, opts: { rootMargin?: string }) {
      this.o = { cb, margin: opts.rootMargin, on: false };
      observers.push(this.o);
    }
    observe() {
      this.o.on = true;
    }
    disconnect() {
      this.o.on = false;
    }
  };
  ({ whenNeeded } = await import('../../src/ui/primitives/when-needed.ts'));
});
const fire = (type: string) => [...(listeners.get(type) ?? [])].forEach((f) => f());
const settle = () => new Promise((r) => setTimeout(r, 0));
const el = {} as Element;

describe('whenNeeded', () => {
  it('waits at mount, runs once when its place comes near, with a margin of one more screen', async () => {
    let runs = 0;
    whenNeeded(el, () => runs++);
    const o = observers.at(-1)!;
    expect(o.margin).toBe('100% 0px 100% 0px');
    await settle();
    expect(runs).toBe(0);
    o.cb([{ isIntersecting: false }]);
    expect(runs).toBe(0);
    o.cb([{ isIntersecting: true }]);
    o.cb([{ isIntersecting: true }]);
    expect(runs).toBe(1);
    expect(o.on).toBe(false);
  });

  it('runs every waiting panel at the first sign of intent, and not a cancelled one', async () => {
    let a = 0;
    let b = 0;
    whenNeeded(el, () => a++);
    const cancel = whenNeeded(el, () => b++);
    cancel();
    await settle();
    expect(a).toBe(0);
    fire('keydown');
    await settle();
    expect([a, b]).toEqual([1, 0]);
    // The listeners are gone once intent was shown; a panel mounted later loads at once.
    expect([...listeners.values()].every((s) => s.size === 0)).toBe(true);
    let c = 0;
    whenNeeded(el, () => c++);
    await settle();
    expect(c).toBe(1);
  });
});

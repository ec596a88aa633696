import { afterEach, describe, expect, it } from 'vitest';
import { localMonth } from '../../src/state/clock.ts';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('localMonth', () => {
  it('is already December in Paris at 00:30 on 1 December, while UTC is still in November', () => {
    process.env.TZ = 'Europe/Paris';
    const instant = new Date('2026-11-30T23:30:00Z');
    expect(instant.toISOString().slice(0, 7)).toBe('2026-11');
    expect(localMonth(instant)).toBe('2026-12');
  });
  it('is still November in Martinique when UTC has reached December', () => {
    process.env.TZ = 'America/Martinique';
    expect(localMonth(new Date('2026-12-01T02:00:00Z'))).toBe('2026-11');
  });
  it('pads the month to two digits', () => {
    process.env.TZ = 'UTC';
    expect(localMonth(new Date('2026-03-15T12:00:00Z'))).toBe('2026-03');
  });
});

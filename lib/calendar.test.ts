import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar';

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2026-11-25', 7)).toBe('2026-12-02');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('agrees with the platform calendar for any date and offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80_000 }), fc.integer({ min: -5000, max: 5000 }), (start, offset) => {
        const iso = new Date(start * 86_400_000).toISOString().slice(0, 10);
        expect(addDays(iso, offset)).toBe(new Date((start + offset) * 86_400_000).toISOString().slice(0, 10));
      }),
      { numRuns: 2000 },
    );
  });
});

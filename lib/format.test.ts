import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatEffect, plural } from './format';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [1200, '1,200'],
    [1_000_000, '1,000,000'],
    [12345.5, '12,345.5'],
  ])('%d → %s', (n, text) => expect(formatCount(n)).toBe(text));

  it('agrees with the en-GB number format for whole numbers', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => formatCount(n) === n.toLocaleString('en-GB')));
  });
});

describe('plural, formatDate and formatEffect', () => {
  it('chooses the noun by the count', () => {
    expect(plural(1, 'week')).toBe('1 week');
    expect(plural(2, 'week')).toBe('2 weeks');
    expect(plural(1200, 'mailbox', 'mailboxes')).toBe('1,200 mailboxes');
  });

  it('writes dates as people read them, agreeing with the en-GB long date', () => {
    expect(formatDate('2025-10-14')).toBe('14 October 2025');
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(formatDate(iso)).toBe(
          new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
        );
      }),
    );
  });

  it('signs effects as the contract does', () => {
    expect([formatEffect(12), formatEffect(-5), formatEffect(0), formatEffect('excludes')]).toEqual(['+12', '-5', '+0', 'excludes']);
  });
});

describe('formatCount with amounts too small for plain figures', () => {
  it('writes an amount below a millionth as 0, never as an exponent', () => {
    for (const n of [1e-7, 5e-324, -1e-9]) expect(formatCount(n)).toBe('0');
    expect(formatCount(0.000001)).toBe('0.000001');
    expect(formatCount(0.5)).toBe('0.5');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from './format-number';

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

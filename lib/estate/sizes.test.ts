import { describe, expect, it } from 'vitest';
import { BYTES_PER_GB, gigabytes, readSize } from './sizes';

describe('sizes as Exchange exports them', () => {
  it.each([
    ['1.234 GB (1,325,000,000 bytes)', 1_325_000_000],
    ['12.5 MB (13,107,200 bytes)', 13_107_200],
    ['1,234 GB (1.325.000.000 bytes)', 1_325_000_000],
    ['1,234 Go (1 325 000 000 octets)', 1_325_000_000],
    ["1.234 GB (1'325'000'000 bytes)", 1_325_000_000],
    ['1325000000', 1_325_000_000],
    ['0 B (0 bytes)', 0],
  ])('%s is %d bytes, the figure in parentheses', (text, bytes) => {
    expect(readSize(text)).toEqual({ ok: true, bytes });
  });

  it('reads a size without bytes by its unit, in binary units, with the decimal mark the file’s culture uses', () => {
    expect(readSize('12.5 MB')).toEqual({ ok: true, bytes: 12.5 * 1024 * 1024 });
    expect(readSize('12,5 MB', true)).toEqual({ ok: true, bytes: 12.5 * 1024 * 1024 });
  });

  it('treats empty and Unlimited as no value, and anything else as not a size', () => {
    expect(readSize('')).toEqual({ ok: true, bytes: null });
    expect(readSize('Unlimited')).toEqual({ ok: true, bytes: null });
    expect(readSize('lots')).toEqual({ ok: false });
    expect(readSize('12 parsecs')).toEqual({ ok: false });
  });

  it('rounds gigabytes up to one decimal so a mailbox with mail never reads as 0 GB', () => {
    expect(gigabytes(1)).toBe(0.1);
    expect(gigabytes(0)).toBe(0);
    expect(gigabytes(3 * BYTES_PER_GB)).toBe(3);
  });
});

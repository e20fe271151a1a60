import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from './format';
import { isPlainNumber, parseQuantity, type Measure } from './parse-quantity';

const MEASURES: Measure[] = ['count', 'gigabytes', 'megabytes', 'weeks', 'megabits'];
const whole = fc.integer({ min: 0, max: 1_000_000 });

describe('parseQuantity reads what people type in a meeting', () => {
  it.each([
    ['9 TB', 'gigabytes', 9 * 1024],
    ['9TB', 'gigabytes', 9 * 1024],
    ['900 GB', 'gigabytes', 900],
    ['1.5 tb', 'gigabytes', 1536],
    ['512 MB', 'gigabytes', 0.5],
    ['1.5k', 'count', 1500],
    ['2 thousand', 'count', 2000],
    ['3,000', 'count', 3000],
    ['3 000', 'count', 3000],
    [' 250 mailboxes ', 'count', 250],
    ['6 weeks', 'weeks', 6],
    ['3 months', 'weeks', 13],
    ['6 months', 'weeks', 26],
    ['1 year', 'weeks', 52],
    ['14 days', 'weeks', 2],
    ['2 GB', 'megabytes', 2048],
    ['1 Gbps', 'megabits', 1000],
    ['200 Mbit/s', 'megabits', 200],
  ] as const)('%j as %s is %d', (text, measure, value) => expect(parseQuantity(text, measure)).toBe(value));

  it.each([
    ['lots', 'count'],
    ['-5', 'count'],
    ['12,34', 'count'],
    ['9 TB', 'weeks'],
    ['6 weeks', 'gigabytes'],
    ['3 apples', 'count'],
    ['', 'gigabytes'],
    ['1..5', 'count'],
    ['١٢', 'count'],
  ] as const)('refuses %j as %s', (text, measure) => expect(parseQuantity(text, measure)).toBeNaN());

  it('reads a plain number, with or without thousands commas, as itself in every measure', () => {
    fc.assert(
      fc.property(whole, fc.constantFrom(...MEASURES), (n, measure) => {
        expect(parseQuantity(String(n), measure)).toBe(n);
        expect(parseQuantity(formatCount(n), measure)).toBe(n);
      }),
    );
  });

  it('a terabyte is 1,024 gigabytes (as PowerShell’s 1TB/1GB), a thousand is 1,000', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => {
        expect(parseQuantity(`${n} TB`, 'gigabytes')).toBe(n * 1024);
        expect(parseQuantity(`${n}k`, 'count')).toBe(n * 1000);
        expect(parseQuantity(`${n} GB`, 'gigabytes')).toBe(n);
      }),
    );
  });

  it('months and days become whole weeks, within half a week of the time in a 52-week year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), (n) => {
        expect(Math.abs(parseQuantity(`${n} months`, 'weeks') - (n * 52) / 12)).toBeLessThanOrEqual(0.5);
        expect(Math.abs(parseQuantity(`${n} days`, 'weeks') - n / 7)).toBeLessThanOrEqual(0.5);
        expect(parseQuantity(`${n} years`, 'weeks')).toBe(n * 52);
      }),
    );
  });

  it('text without a digit is never read as a number', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/\d/.test(s)),
        fc.constantFrom(...MEASURES),
        (s, measure) => {
          expect(parseQuantity(s, measure)).toBeNaN();
        },
      ),
    );
  });

  it('never returns a negative or infinite number', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...MEASURES), (s, measure) => {
        const n = parseQuantity(s, measure);
        expect(Number.isNaN(n) || (n >= 0 && Number.isFinite(n))).toBe(true);
      }),
    );
  });

  it('knows which text was a plain number', () => {
    expect(isPlainNumber(' 300 ')).toBe(true);
    expect(isPlainNumber('9 TB')).toBe(false);
    expect(isPlainNumber('1,200')).toBe(false);
  });
});

/**
 * Reads a quantity as people type it in a meeting: "9 TB", "900 GB", "1.5k", "3,000", "6 weeks", "3 months".
 * Pure: text in, a number in the answer's own unit out (NaN when the text is not a quantity of that kind).
 */

/** What an answer measures, which decides the units it accepts. */
export type Measure = 'count' | 'gigabytes' | 'megabytes' | 'weeks' | 'megabits';

/**
 * Binary multiples for sizes, as Exchange and PowerShell count them (`1TB / 1GB` is 1,024), so a figure read from
 * the help commands and one typed with a unit agree. Network speeds are decimal, as providers sell them.
 */
const KIBI = 1024;
const WEEKS_PER_MONTH = 52 / 12;

/** Each measure's units (lower case, spaces removed) and how many of the answer's unit one of them is. */
const UNITS: Record<Measure, Record<string, number>> = {
  count: { '': 1, mailbox: 1, mailboxes: 1, users: 1, user: 1 },
  gigabytes: {
    '': 1,
    gb: 1,
    g: 1,
    gib: 1,
    gigabytes: 1,
    gigabyte: 1,
    tb: KIBI,
    t: KIBI,
    tib: KIBI,
    terabytes: KIBI,
    terabyte: KIBI,
    mb: 1 / KIBI,
    mib: 1 / KIBI,
    megabytes: 1 / KIBI,
    pb: KIBI * KIBI,
    petabytes: KIBI * KIBI,
  },
  megabytes: {
    '': 1,
    mb: 1,
    m: 1,
    mib: 1,
    megabytes: 1,
    megabyte: 1,
    kb: 1 / KIBI,
    kib: 1 / KIBI,
    kilobytes: 1 / KIBI,
    gb: KIBI,
    gib: KIBI,
    gigabytes: KIBI,
    gigabyte: KIBI,
  },
  weeks: {
    '': 1,
    w: 1,
    wk: 1,
    wks: 1,
    week: 1,
    weeks: 1,
    d: 1 / 7,
    day: 1 / 7,
    days: 1 / 7,
    month: WEEKS_PER_MONTH,
    months: WEEKS_PER_MONTH,
    mo: WEEKS_PER_MONTH,
    y: 52,
    yr: 52,
    yrs: 52,
    year: 52,
    years: 52,
  },
  megabits: {
    '': 1,
    mbps: 1,
    'mbit/s': 1,
    mbit: 1,
    mb: 1,
    m: 1,
    megabits: 1,
    gbps: 1000,
    'gbit/s': 1000,
    gbit: 1000,
    gb: 1000,
    g: 1000,
    gigabits: 1000,
    kbps: 0.001,
    'kbit/s': 0.001,
  },
};

/** Words that scale the number itself ("1.5k", "2 thousand"), whatever the unit after them. */
const MAGNITUDES: Record<string, number> = { '': 1, k: 1000, thousand: 1000, million: 1_000_000 };

/**
 * Digits with optional thousands groups ("3,000", "1 200"), an optional decimal part and exponent (the form a share
 * link may carry for a very small or large figure, "1e-7"); or a leading-dot decimal.
 */
const NUMBER = /^(?:(?:\d{1,3}(?:[,\u00a0 ]\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?/;

/** Converted values keep at most this many decimals, so "900 MB" reads as 0.88 GB rather than 0.87890625. */
const DECIMALS = 2;

/**
 * The quantity the text means, in the measure's own unit (GB for gigabytes, weeks for weeks), or NaN.
 * A value converted from another unit is rounded: weeks to whole weeks, the rest to two decimals.
 * @example parseQuantity('9 TB', 'gigabytes') // 9216
 * @example parseQuantity('3 months', 'weeks') // 13
 * @example parseQuantity('1.5k', 'count') // 1500
 * @example parseQuantity('lots', 'count') // NaN
 */
export function parseQuantity(text: string, measure: Measure): number {
  const trimmed = text.trim().toLowerCase();
  const match = NUMBER.exec(trimmed);
  if (!match) return Number.NaN;
  const number = Number(match[0].replace(/[,\u00a0 ]/g, ''));
  const rest = trimmed.slice(match[0].length).replace(/\s+/g, '');
  const [magnitude, unit] = splitSuffix(rest, measure);
  if (magnitude === undefined || unit === undefined) return Number.NaN;
  const value = number * magnitude * unit;
  if (!Number.isFinite(value)) return Number.NaN;
  if (unit === 1) return value;
  return measure === 'weeks' ? Math.round(value) : round(value);
}

/** Splits what follows the number into a magnitude ("k") and a unit ("tb"), or undefined when either is unknown. */
function splitSuffix(rest: string, measure: Measure): [number | undefined, number | undefined] {
  const units = UNITS[measure];
  if (rest in units) return [1, units[rest]];
  for (const word of Object.keys(MAGNITUDES)) {
    if (word !== '' && rest.startsWith(word) && rest.slice(word.length) in units) return [MAGNITUDES[word], units[rest.slice(word.length)]];
  }
  return [undefined, undefined];
}

const round = (n: number) => Math.round(n * 10 ** DECIMALS) / 10 ** DECIMALS;

/**
 * Whether the text was more than a plain number in the answer's unit (a unit, a "k", thousands commas), so the form
 * should show back how it was read.
 * @example isPlainNumber('300') // true; isPlainNumber('9 TB') // false
 */
export function isPlainNumber(text: string): boolean {
  return /^\d+(\.\d+)?$/.test(text.trim());
}

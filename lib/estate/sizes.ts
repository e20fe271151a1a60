/** Bytes in a gigabyte as Exchange counts them (ByteQuantifiedSize uses binary units: 1 GB = 1,073,741,824 bytes). */
export const BYTES_PER_GB = 1024 ** 3;

const UNITS: Record<string, number> = { b: 1, byte: 1, bytes: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4 };
/** Digit grouping PowerShell cultures use: comma, dot, apostrophe (de-CH), space, no-break and narrow no-break space (fr-FR). */
const GROUPING = /[,.'\u2019 \u00a0\u202f]/g;
const IN_PARENTHESES = /\(\s*([\d,.'\u2019 \u00a0\u202f]+?)\s*[\p{L}]*\s*\)/u;
const WITH_UNIT = /^([\d,.'\u2019 \u00a0\u202f]+?)\s*([a-z]+)$/i;

export type SizeRead = { ok: true; bytes: number | null } | { ok: false };

/**
 * Reads a size as Exchange exports it, preferring the exact bytes in parentheses. Empty and "Unlimited" are no value.
 * Without bytes in parentheses, `decimalComma` says whether "1,5 GB" means one and a half (files written with `;`
 * between values come from cultures that write a decimal comma).
 * @example readSize('1.234 GB (1,325,000,000 bytes)') // { ok: true, bytes: 1325000000 }
 * @example readSize('1,234 GB (1.325.000.000 bytes)') // { ok: true, bytes: 1325000000 }
 * @example readSize('Unlimited') // { ok: true, bytes: null }
 */
export function readSize(raw: string, decimalComma = false): SizeRead {
  const fast = bytesInParentheses(raw);
  if (fast !== null) return { ok: true, bytes: fast };
  const text = raw.trim();
  if (text === '' || /^unlimited$/i.test(text)) return { ok: true, bytes: null };
  const exact = IN_PARENTHESES.exec(text);
  if (exact?.[1]) return wholeNumber(exact[1]);
  if (/^\d[\d,.'\u2019 \u00a0\u202f]*$/.test(text) && !/[.,]\d{1,2}$/.test(text)) return wholeNumber(text);
  const withUnit = WITH_UNIT.exec(text);
  const factor = withUnit ? UNITS[(withUnit[2] ?? '').toLowerCase()] : undefined;
  if (!withUnit?.[1] || factor === undefined) return { ok: false };
  const value = decimalNumber(withUnit[1], decimalComma);
  return Number.isFinite(value) ? { ok: true, bytes: Math.round(value * factor) } : { ok: false };
}

/** A count as exported ("1234", or "1,234" / "1.234" / "1 234" grouped); empty is no value. */
export function readCount(raw: string): { ok: true; count: number | null } | { ok: false } {
  const text = raw.trim();
  if (text === '') return { ok: true, count: null };
  if (!/^\d[\d,.'\u2019 \u00a0\u202f]*$/.test(text)) return { ok: false };
  const read = wholeNumber(text);
  return read.ok ? { ok: true, count: read.bytes } : read;
}

/** The fast path for "… (1,325,000,000 bytes)": the digits between "(" and " bytes)", any grouping; null if not that shape. */
function bytesInParentheses(text: string): number | null {
  const open = text.lastIndexOf('(');
  if (open === -1 || !text.endsWith(' bytes)')) return null;
  let value = 0;
  let digits = 0;
  for (let i = open + 1; i < text.length - 7; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
    } else if (c !== 44 && c !== 46 && c !== 32 && c !== 39 && c !== 0xa0 && c !== 0x202f && c !== 0x2019) return null;
  }
  return digits > 0 && digits <= 16 ? value : null;
}

function wholeNumber(text: string): SizeRead {
  const digits = text.replace(GROUPING, '');
  return /^\d{1,16}$/.test(digits) ? { ok: true, bytes: Number(digits) } : { ok: false };
}

function decimalNumber(text: string, decimalComma: boolean): number {
  const [group, decimal] = decimalComma ? [/[.'\u2019 \u00a0\u202f]/g, ','] : [/[,'\u2019 \u00a0\u202f]/g, '.'];
  const cleaned = text.replace(group, '').replace(decimal, '.');
  return /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/**
 * Bytes as gigabytes with one decimal, rounded up so a non-empty mailbox never reads as 0 GB.
 * @example gigabytes(1_325_000_000) // 1.3
 */
export function gigabytes(bytes: number): number {
  return bytes <= 0 ? 0 : Math.ceil((bytes / BYTES_PER_GB) * 10 - 1e-9) / 10;
}

import { formatCount } from '../format';

/**
 * The longest pasted text the bounce lookup reads, in characters: a whole Exchange bounce with its original message
 * headers is a few thousand, so this leaves room for a long log excerpt while bounding the work per request.
 */
export const SMTP_MAX_CHARS = 20_000;

/**
 * What to say when pasted text is past the limit (counted in characters, not UTF-16 units), or undefined.
 * Kept apart from the code tables so the browser can check before sending.
 */
export function smtpTooLong(text: string): string | undefined {
  if (text.length <= SMTP_MAX_CHARS) return undefined; // no string this short in units is longer in characters
  const length = [...text].length;
  return length > SMTP_MAX_CHARS
    ? `The text is ${formatCount(length)} characters long: paste up to ${formatCount(SMTP_MAX_CHARS)}, like the lines of the bounce that hold the codes`
    : undefined;
}

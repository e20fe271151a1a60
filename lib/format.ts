/**
 * Writes a number with thousands separators, without Intl or regex look-aheads (it runs on every assessment).
 * @example formatCount(1200) // '1,200'
 */
export function formatCount(n: number): string {
  // Below a millionth JavaScript writes an exponent ("1e-7"): a person reads such an amount as 0.
  if (n < 1e-6 && n > -1e-6) return '0';
  if (n < 1000 && n > -1000) return String(n);
  // One assessment writes the same few numbers (the mailbox count above all) many times: remember the last one.
  if (n === lastCount) return lastText;
  const text = String(n);
  const dot = text.indexOf('.');
  const whole = dot === -1 ? text : text.slice(0, dot);
  let grouped = '';
  for (let i = whole.length; i > 0; i -= 3) grouped = whole.slice(Math.max(0, i - 3), i) + (grouped ? `,${grouped}` : '');
  lastCount = n;
  lastText = dot === -1 ? grouped : grouped + text.slice(dot);
  return lastText;
}
let lastCount = Number.NaN;
let lastText = '';

/**
 * A count with its noun, singular or plural as the count needs.
 * @example plural(1, 'week') // '1 week'; plural(1200, 'mailbox', 'mailboxes') // '1,200 mailboxes'
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/**
 * An ISO date (YYYY-MM-DD) as people read it, without the Date global (lib/ has no clock).
 * @example formatDate('2025-10-14') // '14 October 2025'
 */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/**
 * A score effect as the contract writes it: "+n", "-n", "+0", or "excludes".
 * @example formatEffect(12) // '+12'; formatEffect(-5) // '-5'; formatEffect('excludes') // 'excludes'
 */
export function formatEffect(effect: number | 'excludes'): string {
  return effect === 'excludes' ? 'excludes' : effect >= 0 ? `+${effect}` : String(effect);
}

/**
 * Writes a number with thousands separators, without Intl or regex look-aheads (it runs on every assessment).
 * @example formatCount(1200) // '1,200'
 */
export function formatCount(n: number): string {
  const text = String(n);
  if (n < 1000 && n > -1000) return text;
  const dot = text.indexOf('.');
  const whole = dot === -1 ? text : text.slice(0, dot);
  let grouped = '';
  for (let i = whole.length; i > 0; i -= 3) grouped = whole.slice(Math.max(0, i - 3), i) + (grouped ? `,${grouped}` : '');
  return dot === -1 ? grouped : grouped + text.slice(dot);
}

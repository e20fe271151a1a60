import type { ExchangeEntry } from '../types';
import { ADDRESS_CODES } from './addresses';
import { PERMISSION_CODES } from './permissions';
import { REPUTATION_CODES } from './reputation';
import { ROUTING_CODES } from './routing';

/**
 * Every Exchange code we explain, each row citing the Microsoft page it rests on.
 * @example EXCHANGE_CODES.length > 40 // true
 */
export const EXCHANGE_CODES: readonly ExchangeEntry[] = [...ADDRESS_CODES, ...ROUTING_CODES, ...PERMISSION_CODES, ...REPUTATION_CODES];

/**
 * The row for an enhanced code written as class.subject.detail: an exact code first, else a range holding it.
 * @example findExchangeEntry('5.7.620')?.source // 'N0' (the banned-IP range 5.7.606–5.7.649)
 */
export function findExchangeEntry(code: string): ExchangeEntry | undefined {
  const exact = EXCHANGE_CODES.find((e) => e.codes?.includes(code));
  if (exact) return exact;
  const cut = code.lastIndexOf('.');
  const prefix = code.slice(0, cut);
  const detail = Number(code.slice(cut + 1));
  return EXCHANGE_CODES.find((e) => e.range !== undefined && e.range.prefix === prefix && detail >= e.range.from && detail <= e.range.to);
}

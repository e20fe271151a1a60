import type { SourceId } from '../sources';

/** What the sending server does with a reply, from the code's first digit (2, 3, 4 or 5). */
export type CodeClass = 'success' | 'intermediate' | 'temporary' | 'permanent';

/**
 * What we know about one code. `cause` and `check` speak of a move to Microsoft 365.
 * @example const full: CodeInfo = { meaning: 'The mailbox is full.', source: 'R3463' };
 */
export interface CodeInfo {
  meaning: string;
  cause?: string;
  check?: string;
  source: SourceId;
}

/**
 * A reply text that Microsoft documents for a code. Without a meaning of its own it only confirms the entry;
 * with one, it replaces the entry's explanation (one code, several documented texts: 5.2.2, 5.4.1, 5.7.1).
 * @example const quota: TextVariant = { text: /submission quota exceeded/i, meaning: 'The sender passed a sending limit.', source: 'N0' };
 */
export interface TextVariant extends Partial<CodeInfo> {
  text: RegExp;
}

/**
 * One row of the Exchange table: exact codes (`codes`) or a documented range of details (`range`),
 * the class its codes belong to, and the documented texts that sharpen it.
 * @example const row: ExchangeEntry = { codes: ['4.3.1'], class: 'temporary', meaning: 'Insufficient system resources.', source: 'NEX' };
 */
export interface ExchangeEntry extends CodeInfo {
  codes?: readonly string[];
  range?: { prefix: string; from: number; to: number };
  class: CodeClass;
  variants?: readonly TextVariant[];
}

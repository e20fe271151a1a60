import { questionFor } from '@/lib/questions';

/**
 * A label put inside a sentence: its first letter in lower case, unless the label starts with an acronym
 * ("IMAP…"); the rest as written, so "AD FS", "CU" and "MFA" keep their capitals.
 * @example inSentence('Servers on the current or previous CU') // 'servers on the current or previous CU'
 */
export function inSentence(label: string): string {
  return /^[A-Z][A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** The name of a mail system as the source question offers it ("Google Workspace"); undefined for a value not in the list. */
export const sourceLabel = (source: string): string | undefined => questionFor('source').options?.find((o) => o.value === source)?.label;

/**
 * Items joined as in a sentence.
 * @example listWords(['mailboxes', 'budget', 'timeline']) // 'mailboxes, budget and timeline'
 */
export const listWords = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

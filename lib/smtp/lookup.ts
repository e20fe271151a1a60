import { explainReplies, type SmtpVerdict } from '../smtp-codes';
import { SOURCES_CITED } from '../sources';

import { smtpTooLong } from './limit';

export { SMTP_MAX_CHARS } from './limit';

/** A reply explained, with the page it rests on spelled out (the browser gets the citation, not the sources table). */
export type SmtpReply = SmtpVerdict & { sourceTitle: string; sourceUrl: string };

/** What the lookup shows for some pasted text: the text as pasted (never cut), what is wrong with it, or the replies. */
export interface SmtpLookup {
  text: string;
  error?: string;
  replies: SmtpReply[];
}

export const SMTP_EMPTY: SmtpLookup = { text: '', replies: [] };

/**
 * Explains the SMTP replies in pasted text, or says what to do: paste something, paste less, or paste text with a code.
 * @example lookUpSmtp('550 5.1.1 User unknown').replies[0].label // '550 5.1.1'
 */
export function lookUpSmtp(text: string): SmtpLookup {
  if (text.trim() === '') return { text, replies: [], error: 'Paste an SMTP reply or a bounce message, like 550 5.1.1 User unknown' };
  const tooLong = smtpTooLong(text);
  if (tooLong) return { text, replies: [], error: tooLong };
  const replies = explainReplies(text).map((r) => ({
    ...r,
    sourceTitle: SOURCES_CITED[r.source].title,
    sourceUrl: SOURCES_CITED[r.source].url,
  }));
  return replies.length === 0
    ? { text, replies, error: 'No SMTP code was found in that text: codes look like 550, 4.4.7 or 5.7.230' }
    : { text, replies };
}

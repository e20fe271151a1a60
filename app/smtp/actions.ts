'use server';

import { lookUpSmtp, type SmtpLookup } from '@/lib/smtp/lookup';

/**
 * The bounce lookup's form posts here (a server action: with or without JavaScript), so pasted text, which may hold
 * addresses, stays out of the address bar, history and access logs, and no paste is too long for a request line.
 */
export async function explainSmtp(_previous: SmtpLookup, form: FormData): Promise<SmtpLookup> {
  const text = form.get('text');
  return lookUpSmtp(typeof text === 'string' ? text : '');
}

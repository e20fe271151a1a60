import type { SourceId } from './sources';

export type CodeClass = 'success' | 'temporary' | 'permanent' | 'intermediate';

/** What we know about one code. `cause` and `check` speak of a move to Microsoft 365. */
interface CodeInfo {
  meaning: string;
  cause?: string;
  check?: string;
  source: SourceId;
}

/** RFC 5321 basic reply codes. */
const BASIC: Record<string, CodeInfo> = {
  '211': { meaning: 'System status or help reply.', source: 'R5321' },
  '214': { meaning: 'Help message for people.', source: 'R5321' },
  '220': { meaning: 'The server is ready.', source: 'R5321' },
  '221': { meaning: 'The server is closing the connection.', source: 'R5321' },
  '250': { meaning: 'The requested action was completed.', source: 'R5321' },
  '251': { meaning: 'The user is not local; the message will be forwarded.', source: 'R5321' },
  '252': { meaning: 'The user cannot be verified, but the message will be accepted.', source: 'R5321' },
  '354': { meaning: 'Start sending the message body.', source: 'R5321' },
  '421': { meaning: 'The service is not available and is closing the connection.', cause: 'The receiving server is overloaded, restarting or throttling you.', check: 'Let the sender retry; check the receiving server is up and not rate-limiting the sending IP.', source: 'R5321' },
  '450': { meaning: 'Mailbox unavailable for now (busy or blocked by policy); try again later.', cause: 'A greylisting or throttling pause, or a mailbox that is being moved.', check: 'Wait for the retry; if it persists, check the mailbox and any greylisting.', source: 'R5321' },
  '451': { meaning: 'Local error in processing; the action was aborted.', cause: 'A temporary fault on the receiving side, often a lookup that failed.', check: 'Check DNS and connector settings on the receiving side; let the sender retry.', source: 'R5321' },
  '452': { meaning: 'Not enough system storage; the action was not taken.', cause: 'The receiving server’s queue or disk is full.', check: 'Check disk space and queues on the receiving server.', source: 'R5321' },
  '455': { meaning: 'The server cannot accept the parameters right now.', source: 'R5321' },
  '500': { meaning: 'Syntax error: command not recognised.', source: 'R5321' },
  '501': { meaning: 'Syntax error in parameters or arguments.', source: 'R5321' },
  '502': { meaning: 'Command not implemented.', source: 'R5321' },
  '503': { meaning: 'Bad sequence of commands.', cause: 'Often authentication is needed before sending.', check: 'Check the sending device or application authenticates (SMTP AUTH) as the connector expects.', source: 'R5321' },
  '504': { meaning: 'Command parameter not implemented.', source: 'R5321' },
  '550': { meaning: 'Mailbox unavailable: not found, no access, or refused by policy. Not retried.', cause: 'A recipient that does not exist (yet) where the mail arrived, or a policy block.', check: 'Read the enhanced code that follows (like 5.1.1 or 5.7.1) for which.', source: 'R5321' },
  '551': { meaning: 'The user is not local; try another path.', source: 'R5321' },
  '552': { meaning: 'Storage allocation exceeded: the message is too big or the mailbox is full.', check: 'Check the mailbox quota and the message size limits on both sides.', source: 'R5321' },
  '553': { meaning: 'Mailbox name not allowed (bad address syntax).', source: 'R5321' },
  '554': { meaning: 'Transaction failed (often refused as spam or by policy).', check: 'Read the enhanced code and the text after it.', source: 'R5321' },
  '555': { meaning: 'MAIL FROM or RCPT TO parameters not recognised.', source: 'R5321' },
};

/** RFC 3463 enhanced codes (subject.detail, the class comes first) and the Exchange Online ones worth knowing (facts §6). */
const ENHANCED: Record<string, CodeInfo> = {
  '1.1': { meaning: 'Bad destination mailbox address: the recipient does not exist.', source: 'R3463' },
  '1.2': { meaning: 'Bad destination system: the domain does not exist or accepts no mail.', source: 'R3463' },
  '1.3': { meaning: 'Bad destination mailbox address syntax.', source: 'R3463' },
  '1.6': { meaning: 'The mailbox has moved and left no forwarding address.', source: 'R3463' },
  '1.10': { meaning: 'The recipient’s domain publishes a null MX: it accepts no mail.', source: 'R3463' },
  '2.1': { meaning: 'The mailbox is disabled and accepts no messages.', source: 'R3463' },
  '2.2': { meaning: 'The mailbox is full.', source: 'R3463' },
  '2.3': { meaning: 'The message is longer than the mailbox accepts.', source: 'R3463' },
  '3.4': { meaning: 'The message is too big for the system.', source: 'R3463' },
  '4.1': { meaning: 'No answer from the next host.', source: 'R3463' },
  '4.2': { meaning: 'Bad connection: it dropped while sending.', source: 'R3463' },
  '4.4': { meaning: 'Unable to route: no path to the destination.', source: 'R3463' },
  '4.7': { meaning: 'Delivery time expired: the message waited in the queue too long.', source: 'R3463' },
  '5.0': { meaning: 'Other or undefined protocol status.', source: 'R3463' },
  '7.0': { meaning: 'Other or undefined security status.', source: 'R3463' },
  '7.1': { meaning: 'Delivery not authorised: the message was refused.', source: 'R3463' },
};

/** Full codes with an Exchange Online meaning that differs from, or adds to, the generic one. */
const EXCHANGE_ONLINE: Record<string, CodeInfo> = {
  '4.4.7': { meaning: 'Message expired: it stayed in the queue past the retry limit without being delivered.', cause: 'The destination could not be reached for a day or more: often an MX record, connector or firewall left pointing at a server that no longer takes mail.', check: 'Check the MX record and the outbound connectors to on-premises; confirm the destination answers on port 25.', source: 'R3463' },
  '4.7.230': { meaning: 'Exchange Online is throttling mail from your on-premises Exchange because the server is out of date.', cause: 'The on-premises server is on an unsupported cumulative update or security update (transport-based enforcement).', check: 'Update the on-premises Exchange servers to the current or previous cumulative update and latest security update; blocking (5.7.230) follows if you do not.', source: 'M9' },
  '5.7.230': { meaning: 'Exchange Online is blocking mail from your on-premises Exchange because the server is out of date.', cause: 'Throttling (4.7.230) was not acted on: the on-premises server is still unsupported.', check: 'Update the on-premises servers to a supported cumulative update now; hybrid mail flow stops until you do.', source: 'M9' },
  '5.1.1': { meaning: 'Recipient not found: the address does not exist in the receiving organisation.', cause: 'During a move: the mailbox has not been created yet in Microsoft 365, or the MX already points to Microsoft 365 for users still on the old system.', check: 'Check the user exists in Microsoft 365 with this address (proxy addresses included); for IMAP moves, create users before switching MX.', source: 'R3463' },
  '5.2.2': { meaning: 'The recipient’s mailbox is full.', cause: 'A mailbox larger than its Microsoft 365 plan’s quota after the move.', check: 'Check the mailbox size against its licence (50 or 100 GB); enable an archive or assign a bigger licence.', source: 'M7' },
  '5.4.1': { meaning: 'Relay access denied: the recipient is not in a domain this organisation accepts, or directory-based edge blocking refused it.', cause: 'An accepted domain missing or of the wrong type in Microsoft 365, or a recipient not yet synced.', check: 'Check the domain is an accepted domain (internal relay while mailboxes are split) and the recipient exists.', source: 'R3463' },
  '5.7.1': { meaning: 'Delivery not authorised: the sender is not allowed to send to this recipient.', cause: 'Restrictions on a group or mailbox, or a connector that does not recognise the sending server.', check: 'Check delivery restrictions on the recipient and the inbound connector for the sending server.', source: 'R3463' },
  '5.7.708': { meaning: 'Access denied: traffic from this tenant is blocked for poor reputation.', cause: 'A new tenant sending a lot of mail at once, or mail that looks like spam.', check: 'Warm up sending gradually and route through your own verified domain; contact Microsoft support if it persists.', source: 'M7' },
};

const CLASS_MEANING: Record<string, { kind: CodeClass; text: string }> = {
  '2': { kind: 'success', text: 'Success: the action was completed.' },
  '3': { kind: 'intermediate', text: 'Intermediate: the server waits for more from the sender.' },
  '4': { kind: 'temporary', text: 'Temporary failure: the sender retries, and it may still get through.' },
  '5': { kind: 'permanent', text: 'Permanent failure: it will not be retried; something must change first.' },
};

const SUBJECT_MEANING: Record<string, string> = {
  '0': 'other or undefined',
  '1': 'the address',
  '2': 'the recipient’s mailbox',
  '3': 'the receiving mail system',
  '4': 'the network or routing',
  '5': 'the mail protocol',
  '6': 'the message content or format',
  '7': 'security or policy',
};

export interface CodeLookup {
  code: string;
  kind: 'basic' | 'enhanced';
  class: CodeClass;
  classText: string;
  known: boolean;
  meaning: string;
  cause?: string;
  check?: string;
  source: SourceId;
}

function lookupEnhanced(code: string): CodeLookup {
  const [cls = '', subject = '', detail = ''] = code.split('.');
  const c = CLASS_MEANING[cls]!;
  const info = EXCHANGE_ONLINE[code] ?? ENHANCED[`${subject}.${detail}`];
  if (info) return { code, kind: 'enhanced', class: c.kind, classText: c.text, known: true, ...info };
  const about = SUBJECT_MEANING[subject];
  return {
    code,
    kind: 'enhanced',
    class: c.kind,
    classText: c.text,
    known: false,
    meaning: `Not in our table. ${about ? `It concerns ${about}.` : 'Its subject is not a standard one.'}`,
    source: 'R3463',
  };
}

function lookupBasic(code: string): CodeLookup {
  const c = CLASS_MEANING[code[0]!]!;
  const info = BASIC[code];
  return info
    ? { code, kind: 'basic', class: c.kind, classText: c.text, known: true, ...info }
    : { code, kind: 'basic', class: c.kind, classText: c.text, known: false, meaning: 'Not in our table.', source: 'R5321' };
}

const ENHANCED_RE = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)/g;
const BASIC_RE = /(?<![\d.#-])([2-5][0-5]\d)(?=[\s-]|$)/g;

/**
 * Finds SMTP reply codes in pasted text (a reply line, a bounce, a log) and explains each, once, in order.
 * @example explainCodes('550 5.7.230 Message rejected').map((c) => c.code) // ['550', '5.7.230']
 */
export function explainCodes(text: string): CodeLookup[] {
  const found: { index: number; code: string; kind: 'basic' | 'enhanced' }[] = [];
  for (const m of text.matchAll(ENHANCED_RE)) found.push({ index: m.index, code: `${m[1]}.${Number(m[2])}.${Number(m[3])}`, kind: 'enhanced' });
  for (const m of text.matchAll(BASIC_RE)) found.push({ index: m.index, code: m[1]!, kind: 'basic' });
  found.sort((a, b) => a.index - b.index);
  const seen = new Set<string>();
  const out: CodeLookup[] = [];
  for (const f of found) {
    if (seen.has(f.code)) continue;
    seen.add(f.code);
    out.push(f.kind === 'enhanced' ? lookupEnhanced(f.code) : lookupBasic(f.code));
  }
  return out;
}

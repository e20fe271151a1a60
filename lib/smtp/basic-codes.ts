import type { CodeInfo } from './types';

/**
 * RFC 5321 basic reply codes, read when nothing more specific is known about a reply.
 * @example BASIC_CODES['421']?.meaning // 'The service is not available and is closing the connection.'
 */
export const BASIC_CODES: Readonly<Record<string, CodeInfo>> = {
  '211': { meaning: 'System status or help reply.', source: 'R5321' },
  '214': { meaning: 'Help message for people.', source: 'R5321' },
  '220': { meaning: 'The server is ready.', source: 'R5321' },
  '221': { meaning: 'The server is closing the connection.', source: 'R5321' },
  '250': { meaning: 'The requested action was completed.', source: 'R5321' },
  '251': { meaning: 'The user is not local; the message will be forwarded.', source: 'R5321' },
  '252': { meaning: 'The user cannot be verified, but the message will be accepted.', source: 'R5321' },
  '354': { meaning: 'Start sending the message body.', source: 'R5321' },
  '421': {
    meaning: 'The service is not available and is closing the connection.',
    cause: 'The receiving server is overloaded, restarting or throttling you.',
    check: 'Let the sender retry; check the receiving server is up and not rate-limiting the sending IP.',
    source: 'R5321',
  },
  '450': {
    meaning: 'Mailbox unavailable for now (busy or blocked by policy); try again later.',
    cause: 'A greylisting or throttling pause, or a mailbox that is being moved.',
    check: 'Wait for the retry; if it persists, check the mailbox and any greylisting.',
    source: 'R5321',
  },
  '451': {
    meaning: 'Local error in processing; the action was aborted.',
    cause: 'A temporary fault on the receiving side, often a lookup that failed.',
    check: 'Check DNS and connector settings on the receiving side; let the sender retry.',
    source: 'R5321',
  },
  '452': {
    meaning: 'Not enough system storage; the action was not taken.',
    cause: 'The receiving server’s queue or disk is full.',
    check: 'Check disk space and queues on the receiving server.',
    source: 'R5321',
  },
  '455': { meaning: 'The server cannot accept the parameters right now.', source: 'R5321' },
  '500': { meaning: 'Syntax error: command not recognised.', source: 'R5321' },
  '501': { meaning: 'Syntax error in parameters or arguments.', source: 'R5321' },
  '502': { meaning: 'Command not implemented.', source: 'R5321' },
  '503': {
    meaning: 'Bad sequence of commands.',
    cause: 'Often authentication is needed before sending.',
    check: 'Check the sending device or application authenticates (SMTP AUTH) as the connector expects.',
    source: 'R5321',
  },
  '504': { meaning: 'Command parameter not implemented.', source: 'R5321' },
  '550': {
    meaning: 'Mailbox unavailable: not found, no access, or refused by policy. Not retried.',
    cause: 'A recipient that does not exist (yet) where the mail arrived, or a policy block.',
    check: 'Read the enhanced code that follows (like 5.1.1 or 5.7.1) for which.',
    source: 'R5321',
  },
  '551': { meaning: 'The user is not local; try another path.', source: 'R5321' },
  '552': {
    meaning: 'Storage allocation exceeded: the message is too big or the mailbox is full.',
    check: 'Check the mailbox quota and the message size limits on both sides.',
    source: 'R5321',
  },
  '553': { meaning: 'Mailbox name not allowed (bad address syntax).', source: 'R5321' },
  '554': {
    meaning: 'Transaction failed (often refused as spam or by policy).',
    check: 'Read the enhanced code and the text after it.',
    source: 'R5321',
  },
  '555': { meaning: 'MAIL FROM or RCPT TO parameters not recognised.', source: 'R5321' },
};

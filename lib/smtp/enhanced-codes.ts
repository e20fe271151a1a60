import type { CodeClass, CodeInfo } from './types';

/**
 * RFC 3463 enhanced codes by subject.detail (the class comes first), for codes Exchange gives no meaning of its own.
 * @example ENHANCED_CODES['2.2']?.meaning // 'The mailbox is full.'
 */
export const ENHANCED_CODES: Readonly<Record<string, CodeInfo>> = {
  '1.1': { meaning: 'Bad destination mailbox address: the recipient does not exist.', source: 'R3463' },
  '1.2': { meaning: 'Bad destination system: the domain does not exist or accepts no mail.', source: 'R3463' },
  '1.3': { meaning: 'Bad destination mailbox address syntax.', source: 'R3463' },
  '1.6': { meaning: 'The mailbox has moved and left no forwarding address.', source: 'R3463' },
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

/**
 * What the first digit of a code says: the class, and a sentence about retrying.
 * @example CLASS_MEANING['4']?.kind // 'temporary'
 */
export const CLASS_MEANING: Readonly<Record<string, { kind: CodeClass; text: string }>> = {
  '2': { kind: 'success', text: 'Success: the action was completed.' },
  '3': { kind: 'intermediate', text: 'Intermediate: the server waits for more from the sender.' },
  '4': { kind: 'temporary', text: 'Temporary failure: the sender retries, and it may still get through.' },
  '5': { kind: 'permanent', text: 'Permanent failure: it will not be retried; something must change first.' },
};

/**
 * What the middle number of an enhanced code is about (RFC 3463 subjects).
 * @example SUBJECT_MEANING['7'] // 'security or policy'
 */
export const SUBJECT_MEANING: Readonly<Record<string, string>> = {
  '0': 'other or undefined',
  '1': 'the address',
  '2': 'the recipient’s mailbox',
  '3': 'the receiving mail system',
  '4': 'the network or routing',
  '5': 'the mail protocol',
  '6': 'the message content or format',
  '7': 'security or policy',
};

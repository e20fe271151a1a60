import type { ExchangeEntry } from '../types';

/**
 * Exchange codes about the recipient's address and mailbox (5.1.x, 5.2.x), each from Microsoft's page for it.
 * @example ADDRESS_CODES.find((e) => e.codes?.includes('5.1.10'))?.source // 'N5110'
 */
export const ADDRESS_CODES: readonly ExchangeEntry[] = [
  {
    codes: ['5.1.0'],
    class: 'permanent',
    meaning:
      'Sender denied: the receiving server would not take this message from this sender, or could not resolve the recipient it was addressed to.',
    cause:
      'People replying to old messages, or picking the recipient from Outlook’s Auto-Complete list, after the mailbox moved between on-premises Exchange and Exchange Online: the address looks the same, but the internal identifiers behind the cached entry changed. Or the recipient blocks this sender.',
    check:
      'Remove the recipient from the Auto-Complete list, type the address again and resend. Check your SPF record lists every server that now sends mail for your domain.',
    source: 'N510',
    variants: [
      {
        text: /SPF Permanent Error/i,
        meaning: 'The recipient’s server rejected the address because of an SPF error for the sender’s domain.',
        check:
          'Check your SPF record includes every source of mail for your domain, Microsoft 365 as well as any servers still sending during the move.',
      },
    ],
  },
  {
    codes: ['5.1.1'],
    class: 'permanent',
    meaning: 'Bad destination mailbox address: the address does not exist in the system the message reached.',
    cause:
      'A mistyped or removed address; a mailbox that moved while Outlook still holds the old entry in its recipient cache; an MX record still pointing to an old server; or a forwarding rule sending a copy to an address that is gone.',
    check:
      'Check the spelling; clear the recipient from the Auto-Complete list and pick it again; check the MX record points to Exchange Online (one MX record only); look for Inbox or mail flow rules forwarding to a dead address.',
    source: 'N511',
    variants: [
      {
        text: /RESOLVER\.ADR\.ExRecipNotFound/i,
        meaning: 'Exchange found no recipient with this address in its directory (RESOLVER.ADR.ExRecipNotFound).',
        cause:
          'The address is wrong, or the mailbox was deleted and created again: senders’ Auto-Complete entries still carry the old internal (X.500 / LegacyExchangeDN) address.',
        check: 'Have senders delete the Auto-Complete entry and choose the recipient again; check the recipient exists with this address.',
        source: 'NEX',
      },
    ],
  },
  {
    codes: ['5.1.8'],
    class: 'permanent',
    meaning: 'Access denied, bad outbound sender: Exchange Online has blocked this account from sending because it sent too much spam.',
    cause: 'Almost always a compromised account (phishing or malware), not a migration setting.',
    check:
      'Reset the password, scan the devices, look for forwarding Inbox rules or new delegates, then unblock the account on the Restricted users page of the Microsoft Defender portal; sending comes back within a few hours.',
    source: 'N518',
  },
  {
    codes: ['5.1.10'],
    class: 'permanent',
    meaning: 'Recipient not found: Exchange Online looked the recipient’s SMTP address up and found no one with it.',
    cause:
      'Common after a move: the address, or one of its proxy addresses, is missing from the mailbox or mail user in Microsoft 365 (not synced yet, or never added); the user has no licence; the domain is Authoritative while some recipients still live on-premises without a mail user or contact; or a forwarding rule points to an address that no longer exists.',
    check:
      'Find the recipient in the Microsoft 365 admin center and check its addresses and licence; run directory synchronisation if it comes from on-premises; in hybrid, check the accepted domain type (Internal Relay needs a connector to on-premises) and that the MX record is right.',
    source: 'N5110',
    variants: [{ text: /RESOLVER\.ADR\.RecipientNotFound|not found by SMTP address lookup/i }],
  },
  {
    codes: ['5.1.90'],
    class: 'permanent',
    meaning: 'Daily recipient limit reached: this sender has written to more recipients today than Exchange Online’s sending limits allow.',
    cause:
      'Bulk sending from one mailbox (for example an application or script that used to send through the old server), or an account that has been compromised and sends spam.',
    check: 'Compare the volume with the sending limits of Exchange Online; check the account for signs of compromise.',
    source: 'N0',
  },
  {
    codes: ['5.2.2'],
    class: 'permanent',
    meaning:
      'Either the recipient’s mailbox is full, or, when Exchange Online says “Submission quota exceeded”, the sender went past a sending limit. The text after the code tells which.',
    check: 'Read the text after the code: mailbox full is the recipient’s quota; submission quota is the sender’s rate limit.',
    source: 'N0',
    variants: [
      {
        text: /submission quota/i,
        meaning: 'Submission quota exceeded: the sender went past Exchange Online’s recipient or message rate limit.',
        cause: 'Bulk sending from one mailbox, or a compromised account sending spam.',
        check: 'Compare the volume with the sending limits of Exchange Online; check the account for signs of compromise.',
      },
      {
        text: /mailbox\s+(?:is\s+)?full/i,
        meaning: 'Mailbox full: the recipient’s mailbox is over its storage quota and takes no new mail.',
        cause: 'A mailbox that came over larger than the quota it has now.',
        check: 'Check the mailbox size against its quota; move old mail to an archive or raise the quota.',
        source: 'NEX',
      },
    ],
  },
  {
    codes: ['5.2.3'],
    class: 'permanent',
    meaning: 'Message too large for this recipient (RESOLVER.RST.RecipSizeLimit): it is bigger than the size limit set for the recipient.',
    cause:
      'A message size limit on the recipient lower than the message; after a move, the limit on the new mailbox may not be the one people had before.',
    check: 'Send it again without the large attachments, or raise the recipient’s message size limit.',
    source: 'NEX',
    variants: [{ text: /RESOLVER\.RST\.RecipSizeLimit/i }],
  },
  {
    codes: ['5.2.121'],
    class: 'permanent',
    meaning:
      'Too many messages from one sender to this recipient in an hour: Exchange Online caps how many one sender may send to one recipient per hour.',
    cause: 'An automated sender (an application, a scanner, a monitoring system) writing to the same person over and over.',
    check: 'Try again later and make the sender send fewer messages an hour to that recipient.',
    source: 'N0',
  },
  {
    codes: ['5.2.122'],
    class: 'permanent',
    meaning: 'This recipient has received more messages this hour, from all senders together, than Exchange Online accepts.',
    cause: 'A storm of automated mail to one mailbox.',
    check: 'Try again later; find what floods the mailbox and slow it down.',
    source: 'N0',
  },
];

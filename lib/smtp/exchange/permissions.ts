import type { ExchangeEntry } from '../types';

const RESTRICTED_RECIPIENT_CHECK =
  'The recipient’s admin can clear “Require that all senders are authenticated” in its delivery restrictions, or add the sender to its allowed senders (an outside sender needs a mail contact or mail user first).';

/**
 * Exchange codes about permission to send: relaying, authentication and recipients that refuse outside senders (5.7.x).
 * @example PERMISSION_CODES.find((e) => e.codes?.includes('5.7.64'))?.source // 'N5764'
 */
export const PERMISSION_CODES: readonly ExchangeEntry[] = [
  {
    codes: ['5.7.1'],
    class: 'permanent',
    meaning:
      'Not authorised: a security setting on the sender’s or the recipient’s side stopped the message. The text after the code says which.',
    cause:
      'No permission to send to a restricted group or mailbox (groups of more than 5,000 members also need a moderator’s approval), a mail flow rule that rejects it, no right to relay through a server on the way, or mail routed to the wrong server.',
    check:
      'Ask the recipient’s admin or the group owner to allow the sender; check mail flow rules; check the MX record and, in hybrid, the connectors.',
    source: 'N571',
    variants: [
      {
        text: /unable to relay/i,
        meaning: 'Unable to relay: the receiving server is not the final destination for this domain and will not pass the message on.',
        cause:
          'An MX record pointing at a system that does not accept the domain, or a device or application relaying through a server without permission.',
        check:
          'Check the MX record points to the system that accepts the domain; give the relaying device or application permission (a connector) on the server it sends through.',
      },
      {
        text: /client was not authenticated/i,
        meaning: 'Client was not authenticated: the receiving server accepts this message only from senders that have signed in.',
        cause:
          'A device or application sending without authenticating, or a recipient set to take mail only from authenticated (inside) senders.',
        check: 'Make the sending system authenticate, or allow it by a connector; check the recipient’s delivery restrictions.',
      },
      {
        text: /RESOLVER\.RST\.AuthRequired/i,
        meaning:
          'Authentication required: the recipient, such as a mail-enabled public folder in Exchange Online, takes mail only from authenticated senders.',
        cause: 'Outside senders writing to a public folder whose settings accept only inside senders.',
        check:
          'In the public folder’s mail flow settings, clear “Require that all senders are authenticated” and accept mail from all senders.',
      },
      {
        text: /blocked using Blocklist 1/i,
        meaning: 'The sending server’s IP address is on Microsoft’s blocklist.',
        check: 'Forward the report to delist@messaging.microsoft.com to ask for the address to be removed.',
      },
      { text: /delivery not authori[sz]ed/i },
    ],
  },
  {
    codes: ['5.7.12'],
    class: 'permanent',
    meaning: 'Sender not authenticated by organisation: the recipient takes mail only from inside its own organisation.',
    cause:
      'A recipient set to require authenticated senders; during a move, mail arriving from the other system over the internet counts as outside mail.',
    check: RESTRICTED_RECIPIENT_CHECK,
    source: 'N5712',
  },
  {
    codes: ['5.7.13', '5.7.135'],
    class: 'permanent',
    meaning: 'Sender not authenticated for public folder: the public folder takes mail only from inside its organisation.',
    cause: 'A mail-enabled public folder set to require authenticated senders.',
    check:
      'In the public folder’s mail flow settings, clear “Require that all senders are authenticated”, or let the chosen outside senders in.',
    source: 'N5713',
  },
  {
    codes: ['5.7.57'],
    class: 'permanent',
    meaning:
      'Client was not authenticated to send anonymous mail during MAIL FROM: an application or device sending through smtp.office365.com did not sign in.',
    cause:
      'Scanners, multifunction devices and applications moved from the old mail server to smtp.office365.com without the credentials of a user with an Exchange Online mailbox, or unable to use TLS, which signing in requires.',
    check:
      'In the device or application, check the user name and password belong to a mailbox in Exchange Online and that it can negotiate TLS.',
    source: 'N5757',
  },
  {
    codes: ['5.7.64'],
    class: 'permanent',
    meaning:
      'TenantAttribution; Relay Access Denied: Exchange Online could not tie mail arriving from your on-premises servers to your organisation through its inbound connector.',
    cause:
      'Something changed on-premises so the inbound connector no longer matches: the sending server’s IP address changed, or the certificate name no longer matches the connector.',
    check: 'Update the inbound connector from on-premises so its IP addresses or certificate name match the servers that send now.',
    source: 'N5764',
    variants: [{ text: /TenantAttribution/i }],
  },
  {
    codes: ['5.7.124'],
    class: 'permanent',
    meaning: 'Sender not in the group’s allowed-senders list: the distribution group takes mail only from the people it lists.',
    cause:
      'A group whose delivery restrictions came across with it; even the owner may need to be on the list. Groups of more than 5,000 members accept only members, with a moderator’s approval.',
    check: 'Add the sender, or a group they belong to, to the allowed senders, or let everyone send to the group.',
    source: 'N57124',
  },
  {
    codes: ['5.7.133'],
    class: 'permanent',
    meaning: 'Sender not authenticated for group: the distribution group refuses mail from outside its organisation.',
    cause: 'A group set to accept mail only from inside the organisation; during a move, senders on the other system can count as outside.',
    check:
      'The group owner or the admin can allow people inside and outside the organisation in the group’s delivery management, or allow chosen senders.',
    source: 'N57133',
  },
  {
    codes: ['5.7.134'],
    class: 'permanent',
    meaning: 'Sender not authenticated for mailbox: the mailbox refuses mail from outside its organisation.',
    cause: 'A mailbox set to require authenticated senders; during a move, senders on the other system can count as outside.',
    check: RESTRICTED_RECIPIENT_CHECK,
    source: 'N57134',
  },
  {
    codes: ['5.7.136'],
    class: 'permanent',
    meaning: 'Sender not authenticated: the recipient is a mail user set to refuse mail from outside its organisation.',
    cause:
      'In a hybrid or staged move, people whose mailbox is on the other side appear as mail users; a restriction on the mail user turns outside senders away.',
    check: RESTRICTED_RECIPIENT_CHECK,
    source: 'N57136',
  },
];

import type { ExchangeEntry } from '../types';

/**
 * Exchange codes about servers, routing and the message itself (4.3.x, 4.4.x, 5.4.x, 5.6.x).
 * @example ROUTING_CODES.find((e) => e.codes?.includes('4.3.1'))?.class // 'temporary'
 */
export const ROUTING_CODES: readonly ExchangeEntry[] = [
  {
    codes: ['4.3.1'],
    class: 'temporary',
    meaning:
      'Insufficient system resources: the receiving Exchange server is short of disk space or memory and refuses mail for now. The sender keeps retrying.',
    cause:
      'An on-premises Exchange server still receiving or relaying during the move: the disk that holds its queue database is low on free space (back pressure), or it is short of memory, for example a virtual machine on dynamic memory.',
    check:
      'Free space on the queue database’s disk or move the queue database; give Exchange virtual machines fixed memory. Mail waits and flows again once resources recover.',
    source: 'NEX',
    variants: [{ text: /insufficient system resources/i }],
  },
  {
    codes: ['4.4.7'],
    class: 'temporary',
    meaning:
      'Message expired: the receiving server could not be reached, would not take the message, or timed out, and the message sat in the queue until it expired. Exchange Online keeps retrying for two days before it sends this report.',
    cause:
      'An MX record, connector or firewall left pointing at a server that no longer takes mail; in hybrid, on-premises IP addresses or firewall rules that changed since the Hybrid Configuration Wizard last ran.',
    check:
      'Check the MX record of the recipient’s domain and that its server accepts mail; in hybrid, give the report to the on-premises admins and rerun the Hybrid Configuration Wizard if addresses or firewall rules changed.',
    source: 'N447',
    variants: [{ text: /QUEUE\.Expired/i }],
  },
  {
    codes: ['4.4.316'],
    class: 'temporary',
    meaning:
      'Connection refused: Exchange Online tried to hand the message to a server outside Microsoft 365, and that server or its network refused the connection.',
    cause: 'A problem at the receiving side, for example a server switched off or firewalled while mail is still routed to it.',
    check: 'The error names the IP address that refused: find who runs it and have them fix the server or network.',
    source: 'N0',
  },
  {
    codes: ['5.4.1'],
    class: 'permanent',
    meaning: 'Relay access denied: the server that refused the message does not accept mail for the recipient’s domain.',
    cause:
      'An MX record that is wrong or still propagating (up to 72 hours); a domain that is not an accepted domain, or not Active, in Microsoft 365; or, in hybrid, on-premises Send and Receive connectors that no longer fit.',
    check:
      'Check the MX record points to Exchange Online (one only); check the domain is Active and listed under accepted domains (Authoritative, or Internal Relay for a shared domain); in hybrid, rerun the Hybrid Configuration Wizard.',
    source: 'N541',
    variants: [
      {
        text: /recipient address rejected:?\s*access denied/i,
        meaning:
          'Recipient address rejected: Exchange Online turned the message away at the edge because the recipient does not exist in its directory (Directory-Based Edge Blocking).',
        cause:
          'A recipient that is not (yet) in Exchange Online: during a move, often one that still lives on the old system and has not been synced or created as a mail user or contact.',
        check:
          'Check the recipient exists in Exchange Online with this address; if some recipients stay on another system for now, check the accepted domain type and directory synchronisation.',
        source: 'N0',
      },
      { text: /relay access denied/i },
    ],
  },
  {
    codes: ['5.4.6'],
    class: 'permanent',
    meaning:
      'Routing loop (hop count exceeded), reported by an on-premises Exchange server: the message went round in circles and Exchange stopped it after about 20 hops.',
    cause:
      'In hybrid: connectors that send mail back and forth between on-premises and Exchange Online, or forwarding rules that answer one message with another.',
    check:
      'Check the connector used for hybrid routes by smart host to the on-premises server (rerunning the Hybrid Configuration Wizard fixes most set-ups); check forwarding in the sender’s and recipient’s rules.',
    source: 'N546',
    variants: [{ text: /hop count exceeded/i }],
  },
  {
    codes: ['5.4.14'],
    class: 'permanent',
    meaning:
      'Routing loop (hop count exceeded) in Exchange Online: it accepted the message for the domain but could not route it to the recipient.',
    cause:
      'An accepted domain set up the wrong way for where the mailboxes are, or, in hybrid, connectors that route the message in circles (for example DNS routing where a smart host is needed, or all outgoing mail routed via on-premises without a matching On-premises connector).',
    check:
      'Check the recipient’s domain is an accepted domain of the right type; in hybrid, check the connector used for hybrid or rerun the Hybrid Configuration Wizard.',
    source: 'N546',
    variants: [{ text: /hop count exceeded/i }],
  },
  {
    codes: ['5.4.300'],
    class: 'permanent',
    meaning:
      'Message expired: delivery took too long, because the destination server never answered, or because a report about this message could not be delivered back to its sender.',
    cause: 'A destination server that is down or unreachable, such as one retired during the move while mail still goes to it.',
    check: 'Check the destination domain’s MX record and server, as for 4.4.7; check the sender’s own address can receive mail.',
    source: 'N0',
  },
  {
    codes: ['5.6.11'],
    class: 'permanent',
    meaning:
      'Invalid characters: the message holds bare line feeds, and the receiving server cannot take them because it does not support chunking (the SMTP BDAT command). Microsoft 365 no longer removes them for it.',
    cause:
      'An older receiving server, such as an old on-premises system still taking mail during the move, or an email program that writes bare line feeds.',
    check:
      'The receiving admin can allow bare line feeds (on an Exchange Receive connector, BareLinefeedRejectionEnabled $false) or move to a server that supports BDAT; the sender can try another program such as Outlook on the web, or send without the attachment.',
    source: 'N5611',
  },
];

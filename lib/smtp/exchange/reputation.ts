import type { ExchangeEntry } from '../types';

const OUT_OF_DATE_CHECK =
  'Bring the on-premises Exchange servers up to a supported version with the latest updates; the Exchange admin center report “Out-of-date connecting on-premises Exchange servers” lists them. An admin can pause enforcement for up to 90 days a calendar year (New-TenantExemptionInfo) while updating.';
const BANNED_ACCOUNT_CHECK =
  'Make sure any compromise of the account is dealt with and reset its credentials, then ask Microsoft support to restore its sending.';

/**
 * Exchange Online codes about trust: out-of-date servers, IP and account reputation, tenant blocks, DMARC.
 * @example REPUTATION_CODES.find((e) => e.codes?.includes('5.7.708'))?.meaning.includes('IP') // true
 */
export const REPUTATION_CODES: readonly ExchangeEntry[] = [
  {
    codes: ['4.7.230'],
    class: 'temporary',
    meaning:
      'Exchange Online is throttling connections from your on-premises Exchange server for some minutes each hour, because the server’s version is out of date (transport-based enforcement).',
    cause:
      'Mail from an on-premises Exchange server that is out of support or missing updates, arriving over an inbound connector of type OnPremises: hybrid mail flow, or on-premises forwarding to mailboxes already moved.',
    check: `${OUT_OF_DATE_CHECK} Blocking (5.7.230) follows if nothing changes.`,
    source: 'N230',
    variants: [{ text: /version is out-of-date/i }],
  },
  {
    codes: ['5.7.230'],
    class: 'permanent',
    meaning:
      'Exchange Online is blocking connections from your on-premises Exchange server for some minutes each hour, because the server’s version is out of date (transport-based enforcement).',
    cause: 'Throttling (4.7.230) was not acted on: the on-premises server is still out of support or missing updates.',
    check: `${OUT_OF_DATE_CHECK} Its connections keep being blocked for part of each hour until then.`,
    source: 'N230',
    variants: [{ text: /version is out-of-date/i }],
  },
  {
    range: { prefix: '4.7', from: 500, to: 699 },
    class: 'temporary',
    meaning:
      'IP throttling: the sending IP address suddenly sends far more mail than it used to, so Exchange Online holds it back for now (a form of greylisting).',
    cause:
      'A new or much busier source, such as an on-premises server or a third-party service that starts relaying mail through Microsoft 365 during the move without a connector.',
    check:
      'Set up a connector from your own mail server (for relaying through Microsoft 365), or one for the partner service that mail passes through first; send only test mail from the onmicrosoft.com domain.',
    source: 'N47500',
  },
  {
    codes: ['5.7.25'],
    class: 'permanent',
    meaning:
      'The sending IPv6 address has no reverse DNS record, and Exchange Online takes mail over IPv6 only from addresses that have one.',
    cause: 'A server that sends to Microsoft 365 over IPv6 without a reverse (PTR) record for its address.',
    check: 'Add a reverse DNS record for the sending IPv6 address.',
    source: 'N0',
  },
  {
    codes: ['5.7.501'],
    class: 'permanent',
    meaning: 'Access denied, spam abuse detected: the sending account is banned because it was found sending spam.',
    cause: 'Usually a compromised account.',
    check: BANNED_ACCOUNT_CHECK,
    source: 'N0',
  },
  {
    codes: ['5.7.502', '5.7.503'],
    class: 'permanent',
    meaning: 'Access denied, banned sender: the sending account is banned because it was found sending spam.',
    cause: 'Usually a compromised account.',
    check: BANNED_ACCOUNT_CHECK,
    source: 'N0',
  },
  {
    codes: ['5.7.505'],
    class: 'permanent',
    meaning: 'Access denied, banned recipient: the recipient you wrote to is not valid.',
    check: 'Check the recipient’s address; contact Microsoft support if you think this is wrong.',
    source: 'N0',
  },
  {
    codes: ['5.7.506'],
    class: 'permanent',
    meaning:
      'Access denied, bad HELO: the sending server introduced itself with the name of the server it was connecting to, not with its own fully qualified domain name, which spam software typically does.',
    cause: 'A server or device whose HELO/EHLO name is set to the receiving host’s name.',
    check: 'Set the name the sending server gives in HELO/EHLO to its own fully qualified domain name.',
    source: 'N0',
  },
  {
    codes: ['5.7.509'],
    class: 'permanent',
    meaning: 'Access denied: the sending domain in the From address fails DMARC, and its DMARC policy says to reject failures.',
    cause:
      'SPF or DKIM missing, wrong or not aligned with the From domain, for example for a server or service that started sending for the domain during the move; forwarding can also break SPF and DKIM.',
    check:
      'Read the Authentication-Results header in the report, then fix SPF (every source of mail), DKIM signing and alignment for the domain.',
    source: 'N0',
  },
  {
    codes: ['5.7.511'],
    class: 'permanent',
    meaning: 'Access denied, banned sender: the IP address you send from is banned.',
    check: 'To ask for removal, email delist@microsoft.com with the full report code and the IP address, or use Microsoft’s delist portal.',
    source: 'N0',
  },
  {
    range: { prefix: '5.7', from: 606, to: 649 },
    class: 'permanent',
    meaning: 'Access denied, banned sending IP: the IP address you send from is banned.',
    cause: 'An IP address whose reputation suffered from a compromise or from malicious traffic.',
    check:
      'Follow good sending practice and check the address’s reputation; if it is wrong, ask for removal on Microsoft’s self-service delist portal.',
    source: 'N0',
  },
  {
    range: { prefix: '5.7', from: 700, to: 749 },
    class: 'permanent',
    meaning: 'Your tenant is blocked from sending: most of its mail was found suspicious.',
    cause: 'Compromised accounts or servers, or an open relay, sending spam through the tenant.',
    check: 'Deal with any compromise or open relay, then contact Microsoft support through your usual channel.',
    source: 'N57700',
  },
  {
    codes: ['5.7.705'],
    class: 'permanent',
    meaning:
      'Access denied, tenant has exceeded threshold: your organisation sent too much spam or bulk mail, and its outgoing mail is blocked.',
    cause:
      'Compromised on-premises servers, or compromised admin accounts used to create connectors that let spam through. Rarely, a subscription renewed after it had expired (the service can take about a day to catch up).',
    check: 'Find and fix the cause, then explain it to Microsoft support to have the block lifted; do not let the subscription lapse.',
    source: 'N57700',
  },
  {
    codes: ['5.7.708'],
    class: 'permanent',
    meaning:
      'Access denied, traffic not accepted from this IP: the mail came from an IP address with a low reputation. It concerns the sending IP address, not a block of your whole tenant.',
    cause:
      'Sending from low-reputation IP addresses of the kind new customers typically get, for example from a new tenant before licences are bought.',
    check: 'If you must send from these addresses before you can buy licences, ask Microsoft support for an exception until you can.',
    source: 'N57700',
    variants: [{ text: /traffic not accepted from this IP/i }],
  },
  {
    codes: ['5.7.750'],
    class: 'permanent',
    meaning:
      'Client blocked from sending from unregistered domains: the tenant sent a suspicious amount of mail from domains that are not added and verified in Microsoft 365.',
    cause:
      'Mail sent through your connectors from domains not yet added to the tenant, for example a domain still waiting to move; or attackers using a compromised account to add connectors.',
    check:
      'Add and verify every domain you send from (or use a certificate-based connector whose certificate names a verified domain); look for connectors you do not recognise and for compromised accounts.',
    source: 'N57700',
  },
];

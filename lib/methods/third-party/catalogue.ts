import { DATES } from '../../facts/dates';
import { LIMITS } from '../../facts/limits';
import { TOOL_RATE_PER_MOVE } from '../../facts/planning';
import { formatCount, formatDate } from '../../format';
import { PST_STEP, RELAY_STEP } from '../shared';
import type { Catalogue } from '../types';

const { mrsLargestItemMb: ITEM, partnerMailboxes: PARTNER } = LIMITS;

export const thirdPartyCatalogue: Catalogue = {
  summary: 'A migration tool (or a partner running one) copies mailboxes, calendars and contacts over each system’s interfaces, paid per mailbox, with delta syncs before the switch.',
  fitsWhen: ['Hosted Exchange, where a cutover needs more access than providers give', 'Calendars and contacts from an IMAP system', 'Exchange 2003, which cannot offer the TLS 1.2 Microsoft 365 requires', `Very large or complex estates (Microsoft suggests a partner above ${formatCount(PARTNER.value)} mailboxes)`],
  pros: ['Reaches sources the built-in methods cannot', 'Mail, calendars and contacts, often archives and public folders too', 'Scheduling, reports and delta syncs built in', 'A partner can carry the work'],
  cons: ['Paid per mailbox, plus any partner days', 'Admin access needed on both sides', `Tools that still write through EWS stop working in Exchange Online (switched off for third-party apps from ${formatDate(DATES.ewsRetirementStarts.date)})`, 'Outlook profiles are set up afresh', 'No shared free/busy while people move'],
  limits: [
    { label: 'Largest item', value: `${ITEM.value} MB (the Exchange Online message limit)`, source: ITEM.source },
    { label: 'Interface into Exchange Online', value: 'Microsoft Graph: EWS is being switched off for third-party apps', source: 'M14' },
    { label: 'Speed', value: `tools quote ${TOOL_RATE_PER_MOVE.low}–${TOOL_RATE_PER_MOVE.high} GB an hour per mailbox; a pilot tells your own`, source: TOOL_RATE_PER_MOVE.source },
  ],
  prerequisites: ['A tool chosen on what it moves, how it writes to Exchange Online (Microsoft Graph, not EWS) and its price per mailbox', 'An admin login on the source with access to every mailbox, and admin consent for the tool in Microsoft 365', 'Every user created and licensed in Microsoft 365 (directory sync can create them)'],
  userImpact: ['A new Outlook profile or app account on every device', 'Mail starts arriving in Microsoft 365 when the MX record changes', 'Calendars and contacts arrive with the mail'],
  endState: 'Mailboxes live in Exchange Online; the source is retired or the provider’s contract ended once the last delta sync has run.',
  sources: ['M1', 'M8', 'M14'],
  steps: [
    { id: 'shortlist', text: 'Shortlist tools on what they move (mail, calendars, contacts, archives, public folders), the access they need on each side and the price per mailbox; name no winner before a pilot.' },
    { id: 'graph', text: 'Confirm in writing that the tool writes to Exchange Online through Microsoft Graph, not Exchange Web Services.' },
    { id: 'access', text: (a) => `Get an admin login on the source with access to every mailbox${a.source === 'hosted-exchange' ? ' from your provider' : ''} and grant the tool admin consent in Microsoft 365.` },
    { id: 'verify-domain', text: 'Add and verify your domain in Microsoft 365.' },
    { id: 'create-users', text: 'Create and license every user in Microsoft 365 (a bulk CSV or PowerShell helps).', when: (a) => a.directorySync !== 'in-place' },
    { id: 'synced-users', text: 'Check Microsoft Entra Connect has created every user, and license them.', when: (a) => a.directorySync === 'in-place' },
    { id: 'pilot', text: 'Run a pilot with a few real mailboxes and measure its speed and what arrives.' },
    { id: 'pre-stage', text: 'Copy mailboxes in batches ahead of the switch, keeping people who act for each other together, and let the tool run delta syncs.' },
    { id: 'switch-mx', text: 'Point the MX record at Microsoft 365, then run the last delta sync.' },
    { id: 'profiles', text: 'Set up Outlook and phones for the new mailboxes.' },
    PST_STEP,
    RELAY_STEP,
    { id: 'retire', text: (a) => (a.source === 'hosted-exchange' ? 'End the provider’s contract once the last delta sync has run.' : 'Retire the source once the last delta sync has run.') },
  ],
};

import { LIMITS } from '../../facts/limits';
import { SOURCE_SYSTEMS } from '../../facts/source-systems';
import { formatCount } from '../../format';
import { ARCHIVES_TO_PST_STEP, PST_STEP, RELAY_STEP } from '../shared';
import type { Catalogue } from '../types';

const { stagedBatchRows: ROWS, cutoverMaxMailboxes: CUTOVER_MAX, mrsLargestItemMb: ITEM, defaultConcurrency, maxConcurrency, enforcementPauseDays } = LIMITS;

export const stagedCatalogue: Catalogue = {
  summary: 'Mailboxes on Exchange 2003 or 2007 move in batches over weeks or months, with accounts synced from your Active Directory.',
  fitsWhen: ['Exchange 2003 or 2007 only', `More than ${formatCount(CUTOVER_MAX.value)} mailboxes, or fewer that you want to move in stages`, 'An admin who can follow the batches through'],
  pros: ['Moves as many mailboxes as you like, batch by batch', 'Batches can be sized and timed to fit the business', 'Accounts stay managed in on-premises AD through directory sync', 'Less disruption than moving everyone at once'],
  cons: ['Only for Exchange 2003 and 2007', 'No shared free/busy between moved and waiting users', 'Outlook profiles are rebuilt after each batch', 'Out-of-office settings do not move', 'Public folders and archive mailboxes stay behind', 'Needs an admin throughout'],
  limits: [
    { label: 'Sources', value: 'Exchange 2003 and 2007 only', source: 'M3' },
    { label: 'Rows in one batch CSV', value: `up to ${formatCount(ROWS.value)}; batches repeat with no total ceiling`, source: ROWS.source },
    { label: 'Largest item', value: `${ITEM.value} MB (Exchange Online message limit)`, source: ITEM.source },
    { label: 'Mailboxes moved at once', value: `${defaultConcurrency.value} by default, up to ${maxConcurrency.value}`, source: defaultConcurrency.source },
  ],
  prerequisites: ['Directory sync (Microsoft Entra Connect) running before the first batch', 'Outlook Anywhere and a public certificate on the source', 'TLS 1.2 on the source (Exchange 2003 on Windows Server 2003 has none)', 'A migration account with full access to the mailboxes'],
  userImpact: ['A new Outlook profile after each person’s batch', 'Out-of-office messages must be set again', 'Moved and waiting users cannot see each other’s free/busy'],
  endState: 'Directory sync keeps running, so accounts are still managed on-premises; the old Exchange 2003/2007 servers can be retired.',
  sources: ['M1', 'M3'],
  steps: [
    { id: 'tls', text: (a) => `Plan around TLS: ${SOURCE_SYSTEMS[a.source].short} cannot offer TLS 1.2, which Microsoft 365 requires. Add a newer Exchange server to move through, or use a migration tool or PST export.`, when: (a) => SOURCE_SYSTEMS[a.source].tls12 === 'no' },
    { id: 'tls-check', text: (a) => `Turn on TLS 1.2 on the ${SOURCE_SYSTEMS[a.source].short} servers (it depends on the Windows version and updates) and test the connection before the first batch.`, when: (a) => SOURCE_SYSTEMS[a.source].tls12 === 'depends' },
    { id: 'set-up-sync', text: 'Install Microsoft Entra Connect and sync your users to Microsoft 365.', when: (a) => a.directorySync !== 'in-place' },
    { id: 'check-sync', text: 'Check that directory sync covers every user who will move.', when: (a) => a.directorySync === 'in-place' },
    { id: 'verify-domain', text: 'Add and verify your domain in Microsoft 365.' },
    { id: 'outlook-anywhere', text: 'Check Outlook Anywhere and the public certificate on the source server.' },
    { id: 'plan-batches', text: `Group users into batches (up to ${formatCount(ROWS.value)} rows each; smaller is easier to support), keeping people who act for each other and their shared mailboxes in the same batch, and write each batch CSV.` },
    { id: 'large-items', text: `Find items over ${ITEM.value} MB: they are skipped, and the PST import skips them too. Save such attachments to OneDrive or SharePoint first.`, when: (a) => (a.largestItemMb ?? 0) > ITEM.value },
    ARCHIVES_TO_PST_STEP('a staged migration'),
    PST_STEP,
    { id: 'public-folders', text: 'Decide where public folders go: staged batches leave them behind (shared mailboxes, Microsoft 365 groups or a tool).', when: (a) => (a.publicFoldersGb ?? 0) > 0 },
    { id: 'enforcement', text: `Check the Exchange admin center’s mail flow report of out-of-date on-premises servers: while batches run, your servers forward mail for moved users, and Exchange Online throttles then blocks out-of-date senders. An admin can pause that for up to ${enforcementPauseDays.value} days a calendar year (New-TenantExemptionInfo).` },
    { id: 'pilot', text: 'Run a small pilot batch first and measure its speed.' },
    { id: 'run-batches', text: 'Run each batch, then convert its on-premises mailboxes to mail-enabled users so mail reaches the cloud.' },
    { id: 'profiles', text: 'Rebuild Outlook profiles and reset out-of-office messages for each batch.' },
    { id: 'switch-mx', text: 'After the last batch, point the MX and Autodiscover records at Microsoft 365.' },
    RELAY_STEP,
    { id: 'recipient-management', text: (a) => `Keep one Exchange server to manage recipients while directory sync runs: before retiring ${SOURCE_SYSTEMS[a.source].short}, plan how you will (the Exchange Management Tools need Exchange 2013 or later in the organisation).` },
    { id: 'retire', text: (a) => `Retire the other ${SOURCE_SYSTEMS[a.source].short} servers.` },
  ],
};

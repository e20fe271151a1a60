import { LIMITS } from '../../facts/limits';
import { formatCount } from '../../format';
import { ARCHIVES_TO_PST_STEP, PST_STEP, RELAY_STEP } from '../shared';
import type { Catalogue } from '../types';

const { imapItemsPerMailbox: ITEMS, imapLargestItemMb: ITEM, imapBatchRows: ROWS, imapBatchFileMb: FILE, defaultConcurrency, maxConcurrency, mxChangeWaitHours } = LIMITS;

export const imapCatalogue: Catalogue = {
  summary: 'Email is copied from any IMAP server (Gmail, hosting panels, Dovecot, Zimbra, a provider’s Exchange) into mailboxes that exist in Microsoft 365 first.',
  fitsWhen: ['An IMAP mail system, free Gmail accounts, or Google Workspace when only mail matters', 'A hosted Exchange provider that offers IMAP', 'Only email needs to move'],
  pros: ['Works from almost any mail system', 'Cheap: no servers, no tool licences', 'Keeps syncing new mail until you stop it'],
  cons: ['Email only: calendars, contacts and tasks stay behind', 'Every user must exist and be licensed first', `Items over ${ITEM.value} MB are skipped`, 'Needs each user’s password (or app password), or an admin login', 'Outlook profiles are set up afresh'],
  limits: [
    { label: 'Items per mailbox', value: `up to ${formatCount(ITEMS.value)}, newest first`, source: ITEMS.source },
    { label: 'Largest item', value: `${ITEM.value} MB`, source: ITEM.source },
    { label: 'Rows in one batch CSV', value: `up to ${formatCount(ROWS.value)} (file at most ${FILE.value} MB)`, source: ROWS.source },
    { label: 'Mailboxes moved at once', value: `${defaultConcurrency.value} by default, up to ${maxConcurrency.value} per endpoint`, source: defaultConcurrency.source },
  ],
  prerequisites: ['Every user created and licensed in Microsoft 365 (directory sync can create them)', 'IMAP access to the source, with each user’s password or app password, or an admin login', 'From Gmail or Google Workspace: IMAP on, 2-Step Verification and an app password per user', 'Connection limits on the source and firewall raised for the move'],
  userImpact: ['Calendars and contacts must be moved separately', 'A new Outlook profile or app account on every device', 'Mail starts arriving in Microsoft 365 when the MX record changes'],
  endState: 'Nothing remains of the old system once the last sync has run; accounts are managed in Microsoft 365 (or synced, if directory sync runs).',
  sources: ['M1', 'M4', 'M19'],
  steps: [
    { id: 'google-native', text: 'Prefer Microsoft’s Google Workspace migration if calendars and contacts matter: IMAP moves mail only.', when: (a) => a.source === 'google-workspace' && a.moveCalendarContacts !== false },
    { id: 'google-prep', text: 'In Google: turn IMAP on, make every user turn on 2-Step Verification and create an app password for the migration (Google refuses plain passwords).', when: (a) => a.source === 'google-workspace' },
    {
      id: 'consumer-accounts',
      text: 'If these are free consumer accounts (like @gmail.com): there is no domain to verify and no MX record to change. People get new addresses in Microsoft 365; set forwarding in each old account and tell contacts. From Gmail, each account needs IMAP on, 2-Step Verification and an app password.',
      when: (a) => a.source === 'imap-other',
    },
    { id: 'verify-domain', text: 'Add and verify your domain in Microsoft 365.' },
    { id: 'create-users', text: 'Create and license every user in Microsoft 365 first (a bulk CSV or PowerShell helps).', when: (a) => a.directorySync !== 'in-place' },
    { id: 'synced-users', text: 'Check Microsoft Entra Connect has created every user, and license them: the copy fills only mailboxes that exist.', when: (a) => a.directorySync === 'in-place' },
    { id: 'retention', text: 'Keep retention and archive policies off the new mailboxes until their copy completes, so they do not act on mail as it arrives.' },
    { id: 'connection-limits', text: 'Raise connection limits on the source server and firewall (total, per user and per IP).', when: (a) => a.source !== 'google-workspace' && a.source !== 'hosted-exchange' },
    { id: 'provider-limits', text: 'Ask your provider for the IMAP server name and settings, and for higher connection limits while the move runs: it is their server.', when: (a) => a.source === 'hosted-exchange' },
    { id: 'csv', text: 'Write the migration CSV: email address, user name and password (or app password, or admin login) for each mailbox.' },
    { id: 'large-items', text: `Tell people that items over ${ITEM.value} MB will not move: export those up to ${LIMITS.mrsLargestItemMb.value} MB to PST for the PST import, and save larger attachments to OneDrive or SharePoint.`, when: (a) => (a.largestItemMb ?? 0) > ITEM.value },
    ARCHIVES_TO_PST_STEP('IMAP'),
    PST_STEP,
    { id: 'endpoint-batch', text: 'Create the IMAP endpoint and the batch; run a pilot with a few mailboxes first.', when: (a) => a.mailboxCount <= LIMITS.maxConcurrency.value * 10 },
    {
      id: 'endpoints-batches',
      text: `Split the move into several batches (each CSV up to ${formatCount(ROWS.value)} rows and ${FILE.value} MB) across several IMAP endpoints (each copies up to ${maxConcurrency.value} mailboxes at a time); run a pilot with a few mailboxes first.`,
      when: (a) => a.mailboxCount > LIMITS.maxConcurrency.value * 10,
    },
    { id: 'calendars', text: 'Plan how calendars, contacts and tasks move (export and import, or by hand).', when: (a) => a.moveCalendarContacts === true },
    { id: 'switch-mx', text: `Point the MX record at Microsoft 365, let the batch sync for about ${mxChangeWaitHours.value} hours more, then stop it.` },
    { id: 'profiles', text: 'Set up Outlook and phones for the new mailboxes.' },
    RELAY_STEP,
  ],
};

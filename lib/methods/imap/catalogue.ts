import { LIMITS } from '../../facts/limits';
import { formatCount } from '../../format';
import type { Catalogue } from '../types';

const { imapItemsPerMailbox: ITEMS, imapLargestItemMb: ITEM, imapBatchRows: ROWS, imapBatchFileMb: FILE, defaultConcurrency, maxConcurrency, mxChangeWaitHours } = LIMITS;

export const imapCatalogue: Catalogue = {
  summary: 'Email is copied from any IMAP server (Gmail, Google Workspace, hosting panels, Dovecot, Zimbra) into mailboxes you create in Microsoft 365 first.',
  fitsWhen: ['Google Workspace, Gmail or another IMAP system', 'A hosted Exchange provider that offers IMAP', 'Only email needs to move'],
  pros: ['Works from almost any mail system', 'Cheap: no servers and no directory sync', 'Keeps syncing new mail until you stop it'],
  cons: ['Email only: calendars, contacts and tasks stay behind', 'You create and license every user first', `Items over ${ITEM.value} MB are skipped`, 'Outlook profiles are set up afresh'],
  limits: [
    { label: 'Items per mailbox', value: `up to ${formatCount(ITEMS.value)}, newest first`, source: ITEMS.source },
    { label: 'Largest item', value: `${ITEM.value} MB`, source: ITEM.source },
    { label: 'Rows in one batch CSV', value: `up to ${formatCount(ROWS.value)} (file at most ${FILE.value} MB)`, source: ROWS.source },
    { label: 'Mailboxes moved at once', value: `${defaultConcurrency.value} by default, up to ${maxConcurrency.value}`, source: defaultConcurrency.source },
  ],
  prerequisites: ['Every user created and licensed in Microsoft 365', 'IMAP access to the source, with each user’s password or an admin login', 'Connection limits on the source and firewall raised for the move'],
  userImpact: ['Calendars and contacts must be moved separately', 'A new Outlook profile or app account on every device', 'Mail starts arriving in Microsoft 365 when the MX record changes'],
  endState: 'Nothing remains of the old system once the last sync has run; accounts are managed in Microsoft 365.',
  sources: ['M1', 'M4', 'M11'],
  steps: [
    { id: 'google-native', text: 'Consider Microsoft’s Google Workspace migration instead: it also moves calendars and contacts.', when: (a) => a.source === 'google-workspace' && a.moveCalendarContacts !== false },
    { id: 'verify-domain', text: 'Add and verify your domain in Microsoft 365.' },
    { id: 'create-users', text: 'Create and license every user in Microsoft 365 first (a bulk CSV helps).' },
    { id: 'connection-limits', text: 'Raise connection limits on the source server and firewall (total, per user and per IP).' },
    { id: 'csv', text: 'Write the migration CSV: email address, user name and password (or admin login) for each mailbox.' },
    { id: 'large-items', text: `Tell people that items over ${ITEM.value} MB will not move; find and handle them.`, when: (a) => (a.largestItemMb ?? 0) > ITEM.value },
    { id: 'endpoint-batch', text: 'Create the IMAP endpoint and the batch; run a pilot with a few mailboxes first.' },
    { id: 'calendars', text: 'Plan how calendars, contacts and tasks move (export and import, or by hand).', when: (a) => a.moveCalendarContacts === true },
    { id: 'switch-mx', text: `Point the MX record at Microsoft 365, let the batch sync for about ${mxChangeWaitHours.value} hours more, then stop it.` },
    { id: 'profiles', text: 'Set up Outlook and phones for the new mailboxes.' },
  ],
};

import type { MethodInfo } from './types';

export const imap: MethodInfo = {
  method: 'imap',
  name: 'IMAP migration',
  summary: 'Email is copied from any IMAP server (Gmail, Google Workspace, hosting panels, Dovecot, Zimbra) into mailboxes you create in Microsoft 365 first.',
  fitsWhen: ['Google Workspace, Gmail or another IMAP system', 'A hosted Exchange provider that offers IMAP', 'Only email needs to move'],
  pros: ['Works from almost any mail system', 'Cheap: no servers and no directory sync', 'Keeps syncing new mail until you stop it'],
  cons: ['Email only: calendars, contacts and tasks stay behind', 'You create and license every user first', 'Items over 35 MB are skipped', 'Outlook profiles are set up afresh'],
  limits: [
    { label: 'Items per mailbox', value: 'up to 500,000, newest first', source: 'M4' },
    { label: 'Largest item', value: '35 MB', source: 'M4' },
    { label: 'Rows in one batch CSV', value: 'up to 50,000 (file at most 10 MB)', source: 'M4' },
    { label: 'Mailboxes moved at once', value: '20 by default, up to 100', source: 'M8' },
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
    { id: 'large-items', text: 'Tell people that items over 35 MB will not move; find and handle them.', when: (a) => (a.largestItemMb ?? 0) > 35 },
    { id: 'endpoint-batch', text: 'Create the IMAP endpoint and the batch; run a pilot with a few mailboxes first.' },
    { id: 'calendars', text: 'Plan how calendars, contacts and tasks move (export and import, or by hand).', when: (a) => a.moveCalendarContacts === true },
    { id: 'switch-mx', text: 'Point the MX record at Microsoft 365, let the batch sync for about 72 hours more, then stop it.' },
    { id: 'profiles', text: 'Set up Outlook and phones for the new mailboxes.' },
  ],
};

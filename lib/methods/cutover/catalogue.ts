import { LIMITS } from '../../facts/limits';
import { SOURCE_SYSTEMS } from '../../facts/source-systems';
import { formatCount } from '../../format';
import { ARCHIVES_TO_PST_STEP, PST_STEP, RELAY_STEP } from '../shared';
import type { Catalogue } from '../types';

const { cutoverMaxMailboxes: MAX, cutoverRecommendedMailboxes: RECOMMENDED, mrsLargestItemMb: ITEM, defaultConcurrency, maxConcurrency, mxChangeWaitHours, syncOffHours } = LIMITS;

export const cutoverCatalogue: Catalogue = {
  summary: 'Every mailbox, contact, calendar and distribution group moves to Microsoft 365 in one go, then mail is switched over.',
  fitsWhen: ['Exchange 2003 to 2013 (or small newer estates)', `${RECOMMENDED.value} mailboxes or fewer is ideal; ${formatCount(MAX.value)} at most`, 'Accounts need not stay managed on-premises, and no directory sync runs'],
  pros: ['The simplest and cheapest Exchange method', 'Done within days for a small organisation', 'Calendars, contacts and distribution groups come along', 'No directory sync or extra servers to run'],
  cons: ['Everyone switches at once: no coexistence period', 'Every Outlook profile is rebuilt and cached mail downloaded again', 'Users get new passwords', 'On-premises account management ends; directory sync must be off', 'Public folders and archive mailboxes stay behind'],
  limits: [
    { label: 'Mailboxes in one cutover', value: `at most ${formatCount(MAX.value)} (${RECOMMENDED.value} or fewer recommended)`, source: MAX.source },
    { label: 'Batches at a time', value: 'one cutover batch', source: 'M2' },
    { label: 'Largest item', value: `${ITEM.value} MB (Exchange Online message limit)`, source: ITEM.source },
    { label: 'Mailboxes moved at once', value: `${defaultConcurrency.value} by default, up to ${maxConcurrency.value}`, source: defaultConcurrency.source },
  ],
  prerequisites: ['Outlook Anywhere published on the source Exchange', 'A certificate from a trusted public authority on the source', 'A migration account with full access to every mailbox', 'Directory sync switched off'],
  userImpact: ['A new Outlook profile on every computer, and cached mail (OST) downloaded again', 'New passwords for everyone', 'Mail starts arriving in Microsoft 365 when the MX record changes'],
  endState: 'Nothing stays on-premises: accounts, mail and groups are managed in Microsoft 365 only, and the old servers can be retired.',
  sources: ['M1', 'M2'],
  steps: [
    { id: 'check-hosting', text: 'Confirm in writing that your hosting provider grants full access to every mailbox and Outlook Anywhere.', when: (a) => a.source === 'hosted-exchange' },
    { id: 'tls', text: (a) => `Plan around TLS: ${SOURCE_SYSTEMS[a.source].short} cannot offer TLS 1.2, which Microsoft 365 requires. Add a newer Exchange server to move through (and open ports 6001, 6002 and 6004), or use a migration tool or PST export.`, when: (a) => SOURCE_SYSTEMS[a.source].tls12 === 'no' },
    { id: 'turn-off-sync', text: `Turn off directory synchronisation and let it finish (it can take up to ${syncOffHours.value} hours). The accounts it synced become cloud-only with no on-premises source; if you sync again later, each must be matched to its on-premises account.`, when: (a) => a.directorySync === 'in-place' },
    { id: 'hold-sync', text: 'Hold the planned directory sync until the cutover is complete; then match (soft-match) each cloud account to its on-premises account before the first sync.', when: (a) => a.directorySync === 'planned' },
    { id: 'verify-domain', text: 'Add and verify your domain in Microsoft 365.' },
    { id: 'outlook-anywhere', text: 'Check Outlook Anywhere and the public certificate on the source server (the Remote Connectivity Analyzer helps).' },
    { id: 'migration-account', text: 'Give the migration account full access to every mailbox.' },
    { id: 'large-items', text: `Find items over ${ITEM.value} MB: they are skipped, and the PST import skips them too. Save such attachments to OneDrive or SharePoint first.`, when: (a) => (a.largestItemMb ?? 0) > ITEM.value },
    ARCHIVES_TO_PST_STEP('a cutover'),
    PST_STEP,
    { id: 'public-folders', text: 'Decide where public folders go: a cutover leaves them behind (shared mailboxes, Microsoft 365 groups or a tool).', when: (a) => (a.publicFoldersGb ?? 0) > 0 },
    { id: 'endpoint-batch', text: 'Create the migration endpoint and one cutover batch for all mailboxes; start it.' },
    { id: 'lower-ttl', text: 'Lower the MX record’s TTL a day or two before the switch.' },
    { id: 'switch-mx', text: 'When the batch has synced, point the MX and Autodiscover records at Microsoft 365.' },
    { id: 'complete-batch', text: `Complete the batch after the last incremental sync (about ${mxChangeWaitHours.value} hours after the MX change).` },
    { id: 'licences-passwords', text: 'Assign licences and hand out the new passwords.' },
    { id: 'groups', text: 'Check distribution groups, mail-enabled security groups and mail contacts arrived with their members and owners; recreate any that did not.' },
    { id: 'delegates', text: 'Check delegates, Send As and Full Access permissions on mailboxes and shared mailboxes, and grant again any that did not carry over.', when: (a) => a.delegatesAcrossTeams !== false || (a.sharedMailboxes ?? 0) > 0 },
    { id: 'profiles', text: 'Create new Outlook profiles on every computer; plan helpdesk time for it.' },
    RELAY_STEP,
    { id: 'retire', text: 'Retire the on-premises Exchange servers once nothing points at them.' },
  ],
};

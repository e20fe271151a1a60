import { LIMITS } from '../../facts/limits';
import type { Catalogue } from '../types';

const { googleLargestItemMb: ITEM, mrsLargestItemMb: MAX_ITEM, googleScopeDelayHours, googleContactAddresses } = LIMITS;

export const googleWorkspaceCatalogue: Catalogue = {
  summary: 'Microsoft’s own migration for Google Workspace: mail, calendars, contacts and mail rules move through Google’s APIs in batches, while mail flows both ways between the two.',
  fitsWhen: ['Google Workspace (not free Gmail)', 'Calendars and contacts must move with the mail', 'An admin who can set up a Google Cloud project'],
  pros: ['Mail, calendars, contacts and mail rules in one move', 'No passwords or app passwords per user', 'Part of Exchange Online: no tool to buy', 'Batches with mail flowing both ways meanwhile'],
  cons: ['A Google Cloud project, service account and API scopes to set up', 'Vacation replies, room bookings and shared calendars do not move', 'Every mail user must exist in Microsoft 365 first', 'No shared free/busy while people move'],
  limits: [
    { label: 'Sources', value: 'Google Workspace domains (free Gmail accounts move with IMAP)', source: 'M11' },
    { label: 'Largest item', value: `${ITEM.value} MB by default; the transport limit can be raised to ${MAX_ITEM.value} MB`, source: ITEM.source },
    { label: 'Not moved', value: `vacation replies, room bookings, shared calendars; contacts keep at most ${googleContactAddresses.value} email addresses each`, source: 'M11' },
  ],
  prerequisites: ['A Google Cloud project with a service account, domain-wide delegation and a key', 'The Gmail, Google Calendar and People APIs turned on, and their scopes granted in Google Admin', 'Routing subdomains for mail both ways during the move', 'A mail user for everyone who will move (with directory sync: mail-enabled on-premises first)'],
  userImpact: ['Vacation replies and shared calendars must be set up again', 'A new Outlook profile or app account on every device', 'Mail starts arriving in Microsoft 365 when the MX record changes'],
  endState: 'Mailboxes live in Exchange Online; Google Workspace can be closed once the last batch has completed and the MX record points at Microsoft 365.',
  sources: ['M11'],
  steps: [
    { id: 'google-project', text: 'In Google Cloud, create a project and a service account with domain-wide delegation and a key; turn on the Gmail, Google Calendar and People APIs (Microsoft’s wizard can do this for you).' },
    { id: 'google-scopes', text: `In Google Admin, grant the service account’s client ID the migration scopes (they can take up to ${googleScopeDelayHours.value} hours to apply).` },
    { id: 'verify-domain', text: 'Add and verify your domain in Microsoft 365.' },
    { id: 'routing', text: 'Create routing subdomains both ways (one pointing at Microsoft 365, one at Google) so mail reaches people on either side while batches run.' },
    { id: 'mail-users', text: 'Create a mail user for everyone who will move, with their Google address, and license them.', when: (a) => a.directorySync !== 'in-place' && a.directorySync !== 'planned' },
    { id: 'synced-users', text: 'Directory sync alone does not make the mail users the migration needs: mail-enable everyone who will move on-premises (with the Exchange management tools) so sync brings them across as mail users, license them, and expect to pause sync while the migration turns them into mailboxes.', when: (a) => a.directorySync === 'in-place' || a.directorySync === 'planned' },
    { id: 'retention', text: 'Keep the default retention and archive policies off these mailboxes until their migration completes.' },
    { id: 'tell-people', text: 'Tell people what does not move: vacation replies, room bookings and shared calendars (mail rules do move).' },
    { id: 'large-items', text: `Find items over ${ITEM.value} MB, or raise the transport limit (up to ${MAX_ITEM.value} MB) before the batches.`, when: (a) => (a.largestItemMb ?? 0) > ITEM.value },
    { id: 'endpoint-batch', text: 'Create the Google Workspace migration endpoint and a pilot batch in the Exchange admin center (or PowerShell); measure its speed.' },
    { id: 'batches', text: 'Move the rest in batches, keeping people who share calendars or act for each other together; complete each batch when it has synced: mail for its people is then forwarded through the routing subdomain.' },
    { id: 'switch-mx', text: 'After the last batch is completed, point the MX record at Microsoft 365.' },
    { id: 'profiles', text: 'Set up Outlook and phones for the new mailboxes.' },
  ],
};

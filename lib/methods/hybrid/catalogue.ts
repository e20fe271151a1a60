import { LIMITS } from '../../facts/limits';
import { THROUGHPUT_GB_PER_HOUR } from '../../facts/planning';
import { formatCount } from '../../format';
import type { Catalogue } from '../types';

const { cutoverRecommendedMailboxes: RECOMMENDED, mrsLargestItemMb: ITEM, minimalHybridMaxMailboxes: MINIMAL_MAX } = LIMITS;
const RATE = THROUGHPUT_GB_PER_HOUR.hybrid;

export const hybridCatalogue: Catalogue = {
  summary: 'Your Exchange organisation and Exchange Online run side by side; mailboxes move in batches while mail flow, address book and free/busy stay shared.',
  fitsWhen: ['Exchange 2010 SP3 or later', `More than ${RECOMMENDED.value} mailboxes, or any size that must keep accounts on-premises`, 'Coexistence during a longer move', 'A budget for certificates and specialist time'],
  pros: ['No new Outlook profiles and no fresh download of cached mail', 'Shared free/busy, address book and mail flow while people move', 'Mailboxes can be moved back on-premises if needed', 'Accounts stay managed in on-premises AD'],
  cons: ['The most complex method, with the most prerequisites', 'The longest setup; often needs outside help', 'An Exchange server usually stays on-premises for management', 'Servers must be on a supported cumulative update'],
  limits: [
    { label: 'Sources', value: 'Exchange 2010 SP3, 2013, 2016, 2019 and Subscription Edition', source: 'M5' },
    { label: 'Largest item', value: `${ITEM.value} MB`, source: ITEM.source },
    { label: 'Throughput', value: `about ${RATE.low} GB an hour steadily, up to about ${RATE.high} GB an hour at best`, source: RATE.source },
    { label: 'Minimal hybrid', value: `up to about ${formatCount(MINIMAL_MAX.value)} mailboxes moved within a couple of months, no free/busy`, source: MINIMAL_MAX.source },
  ],
  prerequisites: ['Microsoft Entra Connect (directory sync)', 'A certificate from a trusted public authority', 'Autodiscover and EWS published to the internet', 'MRSProxy enabled', 'Ports 25 and 443 open (or the Hybrid Agent)', 'The current or previous cumulative update'],
  userImpact: ['No new Outlook profile: Outlook reconnects after the move', 'Passwords stay the same (synced from AD)', 'Free/busy and the address book work across both sides during the move'],
  endState: 'Directory sync stays, and usually one Exchange server stays on-premises to manage recipients (the “last Exchange server”).',
  sources: ['M1', 'M5', 'M6'],
  steps: [
    { id: 'update-cu', text: 'Bring every Exchange server to the current or previous cumulative update first (test in a lab, back up virtual directory and connector settings, update internet-facing Mailbox servers first).', when: (a) => a.onLatestCu === false },
    { id: 'check-cu', text: 'Check every Exchange server’s build: it must be on the current or previous cumulative update.', when: (a) => a.onLatestCu === undefined },
    { id: 'set-up-sync', text: 'Install Microsoft Entra Connect and sync your users.', when: (a) => a.directorySync !== 'in-place' },
    { id: 'certificate', text: 'Install a public certificate and publish Autodiscover and EWS; open ports 25 and 443 (or use the Hybrid Agent).' },
    { id: 'verify-domain', text: 'Add and verify your domains in Microsoft 365.' },
    { id: 'run-hcw', text: 'Run the Hybrid Configuration Wizard (the flavour is given with this plan).' },
    { id: 'mrsproxy', text: 'Enable MRSProxy and create the migration endpoint.' },
    { id: 'large-items', text: `Find items over ${ITEM.value} MB and deal with them first (they are skipped).`, when: (a) => (a.largestItemMb ?? 0) > ITEM.value },
    { id: 'pilot', text: 'Move a pilot batch and measure its speed.' },
    { id: 'move-batches', text: 'Move the remaining mailboxes in batches with remote moves; complete each batch at a quiet time.' },
    { id: 'switch-mx', text: 'Point MX and Autodiscover at Microsoft 365 when most mailboxes are in the cloud.' },
    { id: 'last-server', text: 'Decide what stays on-premises: usually one Exchange server for recipient management.' },
  ],
};

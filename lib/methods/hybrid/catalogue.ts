import type { Answers } from '../../answers';
import { LIMITS } from '../../facts/limits';
import { SOURCE_SYSTEMS } from '../../facts/source-systems';
import type { Catalogue } from '../types';
import { hybridChoice } from './flavour';

const { cutoverRecommendedMailboxes: RECOMMENDED, mrsLargestItemMb: ITEM, publicFolderSizeGb: PF_FOLDER } = LIMITS;
const full = (a: Answers) => hybridChoice(a).kind === 'full';
const oldExchange = (a: Answers) => a.source === 'exchange-2010' || a.source === 'exchange-2013';

/** What happens to the last on-premises server, by version (M16). */
function lastServer(a: Answers): string {
  if (SOURCE_SYSTEMS[a.source].managementToolsEnd) {
    return 'When every mailbox and public folder is in Exchange Online and the last server does nothing but manage recipients (no SMTP relay), shut it down (do not uninstall it) and manage recipients with the Exchange Management Tools.';
  }
  return `${SOURCE_SYSTEMS[a.source].short} cannot hand recipient management to the Exchange Management Tools: keep one server for it while directory sync runs, or end on Exchange 2019 CU12 or later (or SE) and then shut that down.`;
}

export const hybridCatalogue: Catalogue = {
  summary: 'Your Exchange organisation and Exchange Online run side by side; mailboxes move in batches while mail flow, address book and free/busy can stay shared.',
  fitsWhen: ['Exchange 2010 SP3 or later', `More than ${RECOMMENDED.value} mailboxes, or any size that keeps directory sync or accounts on-premises`, 'Coexistence during a longer move', 'A budget for certificates and specialist time'],
  pros: ['No new Outlook profiles and no fresh download of cached mail', 'Shared free/busy, address book and mail flow while people move (full hybrid)', 'Archive mailboxes move with their owners; public folders have a path', 'Mailboxes can be moved back on-premises if needed', 'Accounts stay managed in on-premises AD'],
  cons: ['The most complex method, with the most prerequisites', 'The longest setup; often needs outside help', 'Every server must run a supported build; out-of-date servers have their mail throttled and then blocked', 'An Exchange server (or the management tools) stays for recipient management'],
  limits: [
    { label: 'Sources', value: 'Exchange 2010 SP3, 2013, 2016, 2019 and Subscription Edition; full hybrid from 2010 or 2013 needs a supported server added', source: 'M5' },
    { label: 'Largest item', value: `${ITEM.value} MB`, source: ITEM.source },
    { label: 'Speed', value: 'the fastest method: up to 100 GB an hour has been seen; a pilot batch tells your own', source: 'M13' },
    { label: 'Rich coexistence', value: 'only through the dedicated Exchange hybrid app, with every server on a supported build', source: 'M14' },
    { label: 'Hybrid Agent', value: 'stands in for inbound port 443, but carries no mail: full hybrid still needs port 25 both ways', source: 'M17' },
  ],
  prerequisites: ['Microsoft Entra Connect (directory sync) with its Exchange hybrid option', 'A certificate from a trusted public authority', 'Autodiscover and EWS published to the internet', 'MRSProxy enabled', 'Port 443 inbound (or the Hybrid Agent); port 25 both ways for full hybrid', 'Every server on a supported build (2016 CU23, 2019 CU14/CU15 with their last security update, or SE)', 'For full hybrid: the dedicated Exchange hybrid app in Entra ID'],
  userImpact: ['No new Outlook profile: Outlook reconnects after the move', 'Passwords stay the same (synced from AD)', 'With full hybrid, free/busy and the address book work across both sides during the move'],
  endState: 'Directory sync stays; on Exchange 2019 CU12 or later (or SE) the last server can be shut down and recipients managed with the Exchange Management Tools, otherwise one server stays for recipient management.',
  sources: ['M1', 'M5', 'M6', 'M14', 'M16'],
  steps: [
    { id: 'update-cu', text: (a) => `Bring every Exchange server to ${SOURCE_SYSTEMS[a.source].currentBuild} first (test in a lab, back up virtual directory and connector settings, update internet-facing Mailbox servers first).`, when: (a) => a.onLatestCu === false },
    { id: 'check-cu', text: (a) => `Check every Exchange server’s build: it must be on ${SOURCE_SYSTEMS[a.source].currentBuild}.`, when: (a) => a.onLatestCu === undefined },
    { id: 'hybrid-server', text: (a) => `Add a supported hybrid server (Exchange SE, or 2019 CU14/CU15) beside ${SOURCE_SYSTEMS[a.source].short}: full hybrid’s free/busy and mail flow run through it.`, when: (a) => oldExchange(a) && full(a) },
    { id: 'set-up-sync', text: 'Install Microsoft Entra Connect, turn on its Exchange hybrid deployment option, and sync your users.', when: (a) => a.directorySync !== 'in-place' },
    { id: 'check-sync', text: 'Check Microsoft Entra Connect has its Exchange hybrid deployment option turned on and covers every user who will move.', when: (a) => a.directorySync === 'in-place' },
    { id: 'licences', text: 'Have an Exchange Online licence ready for every user; assign each as its mailbox moves.' },
    { id: 'certificate', text: (a) => `Install a public certificate and publish Autodiscover and EWS; open port 443 inbound (or install the Hybrid Agent)${full(a) ? ' and port 25 both ways for mail flow: the Hybrid Agent carries no mail' : ''}.` },
    { id: 'verify-domain', text: 'Add and verify your domains in Microsoft 365.' },
    { id: 'run-hcw', text: (a) => `Run the current Hybrid Configuration Wizard and choose ${hybridChoice(a).kind === 'full' ? 'full' : 'minimal'} hybrid${hybridChoice(a).kind === 'express' ? ' (its express option syncs users once and moves everyone quickly)' : ''}.` },
    { id: 'hybrid-app', text: 'Create the dedicated Exchange hybrid app in Entra ID (the current wizard does it, or Microsoft’s ConfigureExchangeHybridApplication.ps1) and keep every server on a supported build: free/busy, MailTips and photos across premises depend on it.', when: full },
    { id: 'mrsproxy', text: 'Enable MRSProxy and create the migration endpoint.' },
    { id: 'large-items', text: `Find items over ${ITEM.value} MB and deal with them first (they are skipped).`, when: (a) => (a.largestItemMb ?? 0) > ITEM.value },
    { id: 'pilot', text: 'Move a pilot batch and measure its speed.' },
    { id: 'batches', text: 'Plan batches so people who act for each other (delegates, Send As, Full Access) move together with the shared and room mailboxes they use; permissions granted to groups and some cross-premises rights need checking after each batch.' },
    { id: 'move-batches', text: 'Move the remaining mailboxes in batches with remote moves; complete each batch at a quiet time.' },
    { id: 'switch-mx', text: 'Point MX at Exchange Online once mail flow is tested; keep Autodiscover pointing on-premises while any mailbox is still there, and point it at Microsoft 365 only after the last one has moved.' },
    { id: 'public-folders', text: `Move public folders after the mailboxes, in one separate batch (split any folder over ${PF_FOLDER.value} GB first).`, when: (a) => (a.publicFoldersGb ?? 0) > 0 },
    { id: 'relay', text: 'Move printers, scanners and applications that send through your servers to Exchange Online (SMTP AUTH, direct send or a connector), or keep a server for relay.', when: (a) => a.smtpRelayDevices !== false },
    { id: 'last-server', text: lastServer },
  ],
};
